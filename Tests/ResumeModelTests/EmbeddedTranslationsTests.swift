import Foundation
import ResumeContent
import XCTest
@testable import ResumeModel

/// The binary carries every resume.LANG.md at the top of the repository, byte for byte,
/// whichever a fork has (none at all included).
final class EmbeddedTranslationsTests: XCTestCase {
    func testEveryTopLevelTranslationIsEmbeddedAsItIs() throws {
        let top = TestFiles.resumeURL.deletingLastPathComponent()
        let names = try FileManager.default.contentsOfDirectory(atPath: top.path)
        let files = Language.allCases.compactMap { language -> (String, [UInt8])? in
            let name = "resume.\(language.rawValue).md"
            guard names.contains(name), let data = FileManager.default.contents(atPath: top.appendingPathComponent(name).path) else { return nil }
            return (language.rawValue, [UInt8](data))
        }
        let embedded = ResumeContent.translations.filter { Language(rawValue: $0.code) != nil }
        XCTAssertEqual(embedded.map(\.code).sorted(), files.map(\.0).sorted(), "rebuild after adding or removing a translation")
        for (code, bytes) in files {
            XCTAssertEqual(embedded.first { $0.code == code }?.bytes, bytes, "resume.\(code).md differs from the built-in copy; rebuild")
        }
    }
}

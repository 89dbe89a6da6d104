import ResumeModel
import XCTest
@testable import resume_tui

/// A session served with `--file` takes the session starter's parse of the file when
/// the bytes it reads are the ones the starter read, and parses afresh when the owner
/// has changed them since.
final class ParseMemoTests: XCTestCase {
    private func source(_ text: String, path: String) -> ResumeSource {
        ResumeSource(bytes: Array(text.utf8), displayName: path)
    }

    func testAnEditedFileIsParsedAfreshAndAnUnchangedOneIsNot() throws {
        let path = "/memo-\(UUID().uuidString)/resume.md"
        XCTAssertEqual(try source("# Seojun Park\n\n## Career\n\n- Ran Redis\n", path: path).parse().name, "Seojun Park")
        XCTAssertEqual(try source("# Seojun Park, SRE\n\n## Career\n\n- Ran Redis\n", path: path).parse().name, "Seojun Park, SRE")
        XCTAssertEqual(try source("# Seojun Park\n\n## Career\n\n- Ran Redis\n", path: path).parse().name, "Seojun Park")

        var parsed = 0
        let bytes = Array("# 박서준\n\n## 경력\n\n- 레디스 운영\n".utf8)
        let parse = { () -> ParseResult in
            parsed += 1
            return ResumeParser.parse(bytes)
        }
        let first = ParseMemo.result(path: path, bytes: bytes, parse: parse)
        let second = ParseMemo.result(path: path, bytes: bytes, parse: parse)
        XCTAssertEqual(parsed, 1, "the same bytes at the same path are parsed once")
        XCTAssertEqual(second.resume, first.resume)
        XCTAssertEqual(second.resume?.name, "박서준")
        _ = ParseMemo.result(path: path + ".other", bytes: bytes, parse: parse)
        XCTAssertEqual(parsed, 2, "another path is parsed on its own: its name may give the language")
    }
}

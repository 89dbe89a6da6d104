import Foundation
import ResumeViewer
import XCTest

/// The README is the front door: its key table and commands must stay true.
final class ReadmeTests: XCTestCase {
    private var readme: String {
        (try? String(contentsOf: Binary.packageRoot.appendingPathComponent("README.md"), encoding: .utf8)) ?? ""
    }

    func testKeyTableNamesEveryBoundKey() throws {
        let section = try XCTUnwrap(readme.components(separatedBy: "### Keys").dropFirst().first?
            .components(separatedBy: "\n### ").first)
        let table = try XCTUnwrap(section.components(separatedBy: "In the search prompt").first)
        let words = Words.of(.english)
        for binding in Keymaps.browse.bindings {
            let keys = binding.keysLabel(in: words)
            if case .keys = binding.trigger {
                for label in keys.split(separator: " ") {
                    XCTAssertTrue(table.contains(label), "README's key table lacks \"\(label)\" (\(binding.help(in: words)))")
                }
            } else {
                // The mouse is told in words after the table ("The mouse wheel scrolls").
                let word = keys.split(separator: " ").first.map(String.init) ?? ""
                XCTAssertTrue(section.contains(word), "README's Keys section never mentions the \(keys) (\(binding.help(in: words)))")
            }
        }
    }

    func testTheTwoSetUpCommandsAreThere() throws {
        XCTAssertTrue(readme.contains("```sh\nscripts/run\n```"))
        XCTAssertTrue(readme.contains("```sh\nscripts/test\n```"))
        for script in ["scripts/run", "scripts/test"] {
            let path = Binary.packageRoot.appendingPathComponent(script).path
            XCTAssertTrue(FileManager.default.isExecutableFile(atPath: path), "\(script) must be executable")
        }
        let ci = try String(contentsOf: Binary.packageRoot.appendingPathComponent(".ci/run"), encoding: .utf8)
        XCTAssertTrue(ci.contains("scripts/test"), "CI must run the README's test command")
    }
}

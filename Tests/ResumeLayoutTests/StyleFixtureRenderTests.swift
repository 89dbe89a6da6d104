import Foundation
import ResumeModel
import XCTest
@testable import ResumeLayout

/// The style fixtures (Tests/ResumeModelTests/Fixtures/styles) as plain text: no raw
/// Markdown or HTML ever shows, no line is wider than the width, and everything a
/// reader expects is there.
final class StyleFixtureRenderTests: XCTestCase {
    struct Expected: Decodable {
        var mustAppear: [String]
        var mustNotAppear: [String]
    }

    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("ResumeModelTests/Fixtures/styles")

    private func fixtures() throws -> [(name: String, resume: Resume, source: String, expected: Expected)] {
        let names = try FileManager.default.contentsOfDirectory(atPath: Self.folder.path)
            .filter { $0.hasSuffix(".md") && $0 != "README.md" }.sorted()
        XCTAssertGreaterThanOrEqual(names.count, 20)
        return try names.map { name in
            let data = try Data(contentsOf: Self.folder.appendingPathComponent(name))
            let json = Self.folder.appendingPathComponent(name.replacingOccurrences(of: ".md", with: ".expect.json"))
            let resume = try XCTUnwrap(ResumeParser.parse([UInt8](data)).resume, name)
            return (name, resume, String(decoding: data, as: UTF8.self), try JSONDecoder().decode(Expected.self, from: Data(contentsOf: json)))
        }
    }

    /// Markup that would mean a construct was printed instead of rendered.
    static let rawMarkup: [(what: String, pattern: String)] = [
        ("bold markers", #"\*\*"#), ("a link's brackets", #"\]\("#), ("an image", #"!\["#),
        ("an HTML tag", #"<[a-zA-Z/!][^>\n]*>"#), ("an entity", #"&[a-zA-Z]{2,8};|&#[0-9x]+;"#),
        ("a table rule", #"\|\s*:?-{3,}"#), ("a rule line", #"(?m)^\s*(-{3,}|\*{3,}|_{3,})\s*$"#),
        ("a code fence", #"```|~~~"#), ("a heading mark", #"(?m)^#{1,6}\s|\s#+\s*$"#), ("a strikethrough", #"~~"#),
    ]

    func testNoRawMarkupAndNoLineTooWide() throws {
        for fixture in try fixtures() {
            for width in [40, 80] {
                let text = PlainText.render(fixture.resume, width: width, today: snapshotToday)
                for (number, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
                    XCTAssertLessThanOrEqual(CellWidth.of(String(line)), width, "\(fixture.name) at \(width), line \(number + 1): \(line)")
                }
                for (what, pattern) in Self.rawMarkup {
                    let regex = try NSRegularExpression(pattern: pattern)
                    let range = NSRange(text.startIndex..., in: text)
                    if let match = regex.firstMatch(in: text, range: range), let found = Range(match.range, in: text) {
                        let line = text[..<found.lowerBound].split(separator: "\n", omittingEmptySubsequences: false).count
                        XCTFail("\(fixture.name) at \(width): \(what) on line \(line): \"\(text[found])\"")
                    }
                }
            }
        }
    }

    func testWhatMustAndMustNotShow() throws {
        for fixture in try fixtures() {
            // Wide enough that nothing wraps, so a sentence is one line to look for.
            let text = PlainText.render(fixture.resume, width: 10_000, today: snapshotToday)
            for expected in fixture.expected.mustAppear {
                XCTAssertTrue(text.contains(expected), "\(fixture.name): \"\(expected)\" is missing")
            }
            // Plain text underlines each page's title with "="; that is ours, not the file's.
            let withoutUnderlines = text.split(separator: "\n", omittingEmptySubsequences: false)
                .filter { !($0.allSatisfy { $0 == "=" } && !$0.isEmpty) }.joined(separator: "\n")
            for unwanted in fixture.expected.mustNotAppear {
                XCTAssertFalse(withoutUnderlines.contains(unwanted), "\(fixture.name): \"\(unwanted)\" shows")
            }
        }
    }

    /// Front matter configures; it is never shown as text.
    func testFrontMatterKeysNeverShow() throws {
        for fixture in try fixtures() where fixture.source.hasPrefix("---\n") {
            let text = PlainText.render(fixture.resume, width: 80, today: snapshotToday)
            let frontMatter = fixture.source.dropFirst(4).components(separatedBy: "\n---")[0]
            for line in frontMatter.split(separator: "\n") {
                XCTAssertFalse(text.contains(line), "\(fixture.name): front matter line \"\(line)\" shows")
            }
        }
    }
}

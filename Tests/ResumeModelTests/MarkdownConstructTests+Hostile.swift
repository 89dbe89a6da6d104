import Foundation
import XCTest
@testable import ResumeModel

/// Inputs built to hurt: none may trap, and what can be shown is. (What they cost is for
/// the fuzzer and the benchmarks to measure; the one that was quadratic is `TableCellBound`.)
extension MarkdownConstructTests {
    /// Parses `bytes`, writes the result both ways, and gives it back.
    private func survive(_ bytes: [UInt8], _ label: String, file: StaticString = #filePath, line: UInt = #line) -> Resume? {
        let result = ResumeParser.parse(bytes)
        if let resume = result.resume {
            _ = MarkdownWriter.write(resume)
            _ = HTMLWriter.write(resume, today: CalendarDate(year: 2024, month: 1, day: 1))
        }
        return result.resume
    }

    private func survive(_ text: String, _ label: String, file: StaticString = #filePath, line: UInt = #line) -> Resume? {
        survive(Array(text.utf8), label, file: file, line: line)
    }

    func testTenThousandLevelsOfQuotesAndListsKeepTheirText() {
        let depth = 10_000
        let inputs = [
            ("quotes", String(repeating: ">", count: depth) + " deepest"),
            ("spaced quotes", String(repeating: "> ", count: depth) + "deepest"),
            ("bullets", String(repeating: "- ", count: depth) + "deepest"),
            ("numbers", String(repeating: "1. ", count: depth) + "deepest"),
            ("mixed", String(repeating: "> - ", count: depth / 2) + "deepest"),
        ]
        for (label, body) in inputs {
            let resume = survive("# Jane Roe\n\n## Notes\n\n" + body + "\n", label)
            let texts = resume?.inlineTexts.map(\.plainText) ?? []
            XCTAssertTrue(texts.contains { $0.contains("deepest") }, "\(label): the innermost text is still shown")
        }
        let indented = (0..<300).map { String(repeating: " ", count: $0 * 2) + "- level \($0)" }.joined(separator: "\n")
        let texts = survive("# Jane Roe\n\n## Notes\n\n" + indented + "\n", "indented bullets")?.inlineTexts.map(\.plainText) ?? []
        XCTAssertTrue(texts.joined(separator: " ").contains("level 299"))
    }

    func testHugeTableRowAndBackticks() {
        let row = String(repeating: "x", count: 1_000_000)
        let table = survive("# Jane Roe\n\n## Notes\n\n| a | b |\n|---|---|\n| \(row) | y |\n", "1 MB cell")
        guard case .table(let parsed)? = table?.sections.first?.intro.first else { return XCTFail("no table") }
        XCTAssertEqual(parsed.rows.first?.first, [InlineRun(row)])
        _ = survive("# Jane Roe\n\n## Notes\n\n| a |\n|---|\n" + String(repeating: "|", count: 1_000_000) + "\n", "1 MB of pipes")

        let fence = survive("# Jane Roe\n\n## Notes\n\n" + String(repeating: "`", count: 100_000) + "\n", "100,000 backticks")
        XCTAssertEqual(fence?.sections.first?.intro, [.code(CodeBlock(""))], "an unclosed fence is an empty code block, as on GitHub")
        let spans = survive("# Jane Roe\n\n## Notes\n\n" + String(repeating: "`a", count: 50_000) + "\n", "unbalanced code spans")
        XCTAssertEqual(spans?.inlineTexts.map(\.plainText).joined().filter { $0 == "a" }.count, 50_000, "no letter is lost")
    }

    func testManyLinksInOneParagraph() {
        let resume = survive("# Jane Roe\n\n## Notes\n\n" + String(repeating: "[a](https://x.example) ", count: 20_000) + "\n", "links")
        XCTAssertEqual(resume?.inlineTexts.first?.count, 2 * 20_000 - 1, "a link, a space, a link, …")
    }

    func testUnclosedCommentAtTheTopHidesTheRestAsGitHubDoes() {
        let resume = survive("<!-- draft\n# Jane Roe\n\n## Notes\n\ntext\n", "unclosed comment")
        XCTAssertEqual(resume?.name, "")
        XCTAssertEqual(resume?.sections, [])
        XCTAssertEqual(resume?.intro, [])
    }

    func testNULBytesAreReplacedAndWarned() throws {
        let bytes: [UInt8] = Array("# Jane Roe\n\n## Notes\n\na".utf8) + [0] + Array("b\n".utf8)
        let result = ResumeParser.parse(bytes)
        XCTAssertEqual(result.resume?.sections.first?.intro, [.paragraph([plain("a\u{FFFD}b")])])
        XCTAssertEqual(result.diagnostics.map { "\($0.line):\($0.column)" }, ["5:2"])
    }

    func testInvalidUTF8InsideFrontMatter() throws {
        let bytes = Array("---\nname: J".utf8) + [0xFF, 0xC3] + Array("ane\nemail: jane@x.example\n---\n\n## Notes\n\ntext\n".utf8)
        let result = ResumeParser.parse(bytes)
        let resume = try XCTUnwrap(result.resume)
        XCTAssertEqual(resume.name, "J\u{FFFD}\u{FFFD}ane")
        XCTAssertEqual(resume.contacts.map(\.value), ["jane@x.example"])
        XCTAssertEqual(resume.sections.map(\.title), ["Notes"])
        XCTAssertEqual(resume.sections.first?.intro, [.paragraph([plain("text")])])
        XCTAssertEqual(result.diagnostics.map { "\($0.line):\($0.column)" }, ["2:8"])
    }
}

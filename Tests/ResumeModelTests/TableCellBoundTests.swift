@testable import ResumeModel
import XCTest

/// A table row of thousands of cells costs cmark-gfm n² (it walks a list per cell), so
/// a line's pipes past the 256th are read as text: a real table keeps all its columns.
final class TableCellBoundTests: XCTestCase {
    private func table(_ markdown: String) -> Table? {
        guard case .table(let table)? = ResumeParser.parse(Array(markdown.utf8)).resume?.sections.first?.intro.first else {
            return nil
        }
        return table
    }

    private func row(_ cells: [String]) -> String { "| " + cells.joined(separator: " | ") + " |" }

    func testAWideButRealTableKeepsEveryColumn() throws {
        let names = (1...40).map { "h\($0)" }
        let markdown = "# Jane Roe\n\n## Notes\n\n" + row(names) + "\n" + row(names.map { _ in "---" }) + "\n"
            + row(names.map { $0.uppercased() }) + "\n"
        let parsed = try XCTUnwrap(table(markdown))
        XCTAssertEqual(parsed.header.count, 40)
        XCTAssertEqual(parsed.rows.first?.last.map(\.plainText), "H40")
    }

    func testPastTheBoundATableIsReadAsTextAndKeepsAllOfIt() throws {
        // 300 columns: the delimiter row's cells past the bound are no delimiters, so
        // there is no table, and the lines are a paragraph of their own text.
        let names = (1...300).map { "h\($0)" }
        let markdown = "# Jane Roe\n\n## Notes\n\n" + row(names) + "\n" + row(names.map { _ in "-" }) + "\n"
        XCTAssertNil(table(markdown))
        let resume = try XCTUnwrap(ResumeParser.parse(Array(markdown.utf8)).resume)
        let text = resume.inlineTexts.map(\.plainText).joined(separator: "\n")
        XCTAssertTrue(text.contains("| h1 | h2 |") && text.contains("| h300 |"), String(text.prefix(80)))
        XCTAssertFalse(text.contains("\\|"), "the escapes are ours, not the author's: none shows")
    }

    func testTextWithoutSuchLinesIsHandedOnAsItIs() {
        let text = "# Jane Roe\n\n" + String(repeating: "| a | b |\n", count: 1000)
        XCTAssertEqual(TableCellBound.apply(text), text, "many rows are fine: only cells in one line cost")
        let line = String(repeating: "|", count: 258)
        XCTAssertEqual(TableCellBound.apply(line), String(repeating: "|", count: 256) + "\\|\\|")
        XCTAssertEqual(TableCellBound.apply(String(repeating: "\\|", count: 300)), String(repeating: "\\|", count: 300),
                       "escaped pipes make no cells and are left alone")
    }

    func testAMegabyteOfPipesStillReadsItsTable() throws {
        let parsed = try XCTUnwrap(table("# Jane Roe\n\n## Notes\n\n| a |\n|---|\n" + String(repeating: "|", count: 1_000_000) + "\n"))
        XCTAssertEqual(parsed.header.map(\.plainText), ["a"])
        XCTAssertEqual(parsed.rows.count, 1)
    }
}

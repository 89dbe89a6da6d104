import Foundation
import ResumeModel
import SnapshotSupport
import XCTest
@testable import ResumeLayout

/// Golden renders of style fixtures, one per language and shape, every page at 40 and
/// 80 columns, with the roles under each line: how a table, a quote, code, a rule, a
/// task list and Chinese, Japanese and Korean text lay out, for a reviewer to read.
final class StyleFixtureSnapshotTests: XCTestCase {
    static let fixtures = ["04-en-emoji-badges", "14-ko-h1-sections", "19-zh-html-tables", "23-ja-shokumukeirekisho"]

    func testEveryPageAtTwoWidths() throws {
        for name in Self.fixtures {
            let url = StyleFixtureRenderTests.folder.appendingPathComponent(name + ".md")
            let resume = try XCTUnwrap(ResumeParser.parse([UInt8](try Data(contentsOf: url))).resume, name)
            let document = ResumeDocument(resume, today: snapshotToday)
            for width in [40, 80] {
                var text = ""
                for page in document.pages.indices {
                    let layout = document.layout(page: page, width: width)
                    text += "== \(document.pages[page].tabName)\n" + snapshotText(layout, width: width) + snapshotRoles(layout)
                }
                assertSnapshot(text, named: "style-\(name)-\(width).txt")
            }
        }
    }
}

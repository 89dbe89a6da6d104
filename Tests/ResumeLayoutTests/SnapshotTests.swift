import SnapshotSupport
import XCTest
@testable import ResumeLayout

final class SnapshotTests: XCTestCase {
    static let widths = [20, 40, 80, 120]

    /// A file name for each page: its kind, numbered when a kind comes twice.
    private func names(_ pages: [PageInfo]) -> [String] {
        var seen: [PageKind: Int] = [:]
        return pages.map { page in
            seen[page.kind, default: 0] += 1
            let count = seen[page.kind] ?? 1
            return count == 1 ? page.kind.rawValue : "\(page.kind.rawValue)\(count)"
        }
    }

    func testAwkwardFixture() {
        let document = ResumeDocument(awkwardResume(), today: snapshotToday)
        for width in [20, 40] {
            var text = ""
            for (page, name) in names(document.pages).enumerated() {
                text += "== \(name)\n" + snapshotText(document.layout(page: page, width: width), width: width)
            }
            assertSnapshot(text, named: "fixture-awkward-\(width).txt")
        }
    }
}

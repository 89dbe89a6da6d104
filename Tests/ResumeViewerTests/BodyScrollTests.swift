import XCTest
@testable import ResumeViewer

/// When the terminal may move the rows it shows instead of being sent them again: only
/// when the body scrolled by less than its height and nothing else about it changed.
/// The composed frames back each case: where a scroll is reported, the new body is the
/// old one moved by that many rows, apart from the rows scrolled in.
final class BodyScrollTests: XCTestCase {
    /// Every language's fixture, on the Career page of a 12-row screen (a 10-row body).
    private func career(_ fixture: Fixture) -> (AppState, Document) {
        var (state, document) = fixture.start(width: 60, height: 12)
        _ = press(.char("2"), &state, document)
        return (state, document)
    }

    private func bodyRows(_ state: AppState, _ document: Document) -> [String] {
        let frame = compose(state, document)
        return (1...state.bodyHeight).map { y in frame.row(y).map(\.text).joined() }
    }

    func testLinesHalfAndWholeScreensDownAndUpAreScrolls() {
        let keys: [(Key, Int)] = [(.char("j"), 1), (.down, 1), (.ctrl("d"), 5), (.char("k"), -1), (.up, -1),
                                  (.ctrl("u"), -5), (.char(" "), 9), (.char("b"), -9)]
        for fixture in Fixture.allCases {
            var (state, document) = career(fixture)
            _ = press(.char("j"), &state, document)  // off the top, so the first `k` moves too
            for (key, lines) in keys {
                let before = state, shown = bodyRows(state, document)
                _ = press(key, &state, document)
                let scroll = state.bodyScroll(since: before)
                XCTAssertEqual(scroll, BodyScroll(rows: 1...10, lines: lines), "\(fixture) \(key)")
                // What the terminal keeps after moving its rows is what the new frame shows there.
                let now = bodyRows(state, document), kept = 10 - abs(lines)
                if lines > 0 {
                    XCTAssertEqual(Array(now.prefix(kept)), Array(shown.suffix(kept)), "\(fixture) \(key)")
                } else {
                    XCTAssertEqual(Array(now.suffix(kept)), Array(shown.prefix(kept)), "\(fixture) \(key)")
                }
            }
        }
    }

    func testAnythingElseIsNoScroll() {
        let (start, document) = career(.korean)
        var state = start
        _ = press(.char("j"), &state, document)
        let scrolled = state
        XCTAssertNil(scrolled.bodyScroll(since: scrolled), "nothing moved")
        var other = scrolled
        _ = press(.tab, &other, document)
        XCTAssertNil(other.bodyScroll(since: scrolled), "another page")
        other = scrolled
        _ = press(.char("t"), &other, document)
        XCTAssertNil(other.bodyScroll(since: scrolled), "another theme colours every row")
        other = scrolled
        other.width = 80
        other.offsets[1] += 1
        XCTAssertNil(other.bodyScroll(since: scrolled), "another width lays the page out again")
        other = scrolled
        other.offsets[1] += 10
        XCTAssertNil(other.bodyScroll(since: scrolled), "a whole body's height: no row is kept")
        other = scrolled
        _ = press(.char("?"), &other, document)
        XCTAssertNil(other.bodyScroll(since: scrolled), "the help screen covers the page")
        other.helpOffset += 1
        var help = other
        help.helpOffset -= 1
        XCTAssertEqual(other.bodyScroll(since: help), BodyScroll(rows: 1...10, lines: 1), "help scrolls like a page")
        other = scrolled
        other.height = 4
        other.offsets[1] -= 1
        XCTAssertNil(other.bodyScroll(since: scrolled), "too small a screen shows no body")
    }
}

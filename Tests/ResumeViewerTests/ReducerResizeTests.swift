import ResumeLayout
import ResumeModel
import XCTest
@testable import ResumeViewer

/// A resize as the reducer sees it, on the fixture résumés: each page keeps the reader's
/// place in its text, and the current match stays in view.
final class ReducerResizeTests: XCTestCase {
    func testResizeKeepsThePlaceAndAsksForAFullRedraw() {
        let headings: [Fixture: String] = [.english: "Cache fleet", .korean: "캐시 계층 운영", .koreanInEnglish: "Cache layer operations",
                                           .chinese: "缓存层运维", .japanese: "キャッシュ層の運用"]
        for fixture in Fixture.allCases {
            var (state, document) = fixture.start(width: 80, height: 12)
            press(.char("2"), &state, document)
            reduce(&state, .scroll(12), document)
            XCTAssertEqual(compose(state, document).bodyLines.first, "   " + headings[fixture]!)
            for (width, height) in [(40, 15), (24, 9), (120, 12), (80, 12)] {
                let effects = reduce(&state, .resize(width: width, height: height), document)
                XCTAssertEqual(effects, [.redrawAll], "\(fixture) at \(width)x\(height)")
                let rows = compose(state, document).bodyLines
                let row = rows.firstIndex { $0.hasSuffix(headings[fixture]!) }
                XCTAssertNotNil(row, "\(fixture) at \(width)x\(height): \(headings[fixture]!) still in view:\n" + rows.joined(separator: "\n"))
                XCTAssertLessThanOrEqual(row ?? .max, rows.count / 2, "\(fixture) at \(width)x\(height): near the top, where it was")
            }
        }
    }

    func testResizeKeepsThePlaceOfPagesNotShown() {
        let headings: [Fixture: String] = [.english: "Cache fleet", .korean: "캐시 계층 운영", .chinese: "缓存层运维",
                                           .japanese: "キャッシュ層の運用"]
        for (fixture, heading) in headings {
            var (state, document) = fixture.start(width: 80, height: 12)
            press(.char("2"), &state, document)
            reduce(&state, .scroll(12), document)
            press(.char("4"), &state, document)
            for (width, height) in [(40, 15), (24, 9)] {
                reduce(&state, .resize(width: width, height: height), document)
            }
            XCTAssertEqual(state.offsets[2], 0, "\(fixture): a page never scrolled stays at its top")
            press(.char("2"), &state, document)
            let rows = compose(state, document).bodyLines
            let row = rows.firstIndex { $0.hasSuffix(heading) }
            XCTAssertNotNil(row, "\(fixture): \(heading) still in view after two resizes elsewhere:\n" + rows.joined(separator: "\n"))
            XCTAssertLessThanOrEqual(row ?? .max, rows.count / 2, "\(fixture): near the top, where it was")
        }
    }

    func testResizeKeepsTheCurrentMatchInView() {
        var (state, document) = Fixture.korean.start(width: 120, height: 40)
        search("측정하는", &state, document)
        XCTAssertEqual(state.page, 2)
        for (width, height) in [(24, 9), (20, 5), (40, 15)] {
            reduce(&state, .resize(width: width, height: height), document)
            let frame = compose(state, document)
            XCTAssertTrue((1..<frame.height - 1).contains { frame.text(ofRow: $0, role: .content(.currentMatch)).contains("측정") },
                          "at \(width)x\(height):\n" + frame.text)
        }
    }

    func testResizeBelowTheMinimumAndBack() {
        var (state, document) = Fixture.english.start()
        press(.char("2"), &state, document)
        press(.end, &state, document)
        XCTAssertEqual(reduce(&state, .resize(width: 0, height: 0), document), [.redrawAll])
        XCTAssertTrue(state.isTooSmall)
        XCTAssertTrue(state.offsets.allSatisfy { $0 >= 0 })
        XCTAssertEqual(reduce(&state, .resize(width: 200, height: 100), document), [.redrawAll])
        XCTAssertEqual(state.offsets, [0, 0, 0, 0], "everything fits: nothing to scroll")
        XCTAssertEqual(state.page, 1)
    }
}

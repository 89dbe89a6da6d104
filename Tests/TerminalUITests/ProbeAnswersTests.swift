import ResumeLayout
import ResumeViewer
import XCTest
@testable import TerminalUI

/// What the terminal sends back to the start-up questions, read as a terminal sends it:
/// the answers in order, sometimes split, sometimes with keys the visitor typed between.
final class ProbeAnswersTests: XCTestCase {
    private func read(_ text: String) -> ProbeAnswers { ProbeAnswers(Array(text.utf8)) }

    func testAWideAmbiguousTerminalOnALightBackground() {
        let answers = read("\u{1B}[5;3R\u{1B}]11;rgb:ffff/ffff/ffff\u{1B}\\\u{1B}[?62;22c")
        XCTAssertEqual(answers.ambiguous, .wide)
        XCTAssertEqual(answers.background, RGBColor(255, 255, 255))
        XCTAssertTrue(answers.complete)
        XCTAssertEqual(answers.typedAhead, [])
    }

    func testANarrowTerminalThatDoesNotTellItsBackground() {
        let answers = read("\u{1B}[12;2R\u{1B}[?1;2c")
        XCTAssertEqual(answers.ambiguous, .narrow)
        XCTAssertNil(answers.background)
        XCTAssertTrue(answers.complete)
    }

    func testAnAnswerCutOffIsNotYetComplete() {
        let answers = read("\u{1B}[5;3R\u{1B}]11;rgb:ff")
        XCTAssertEqual(answers.ambiguous, .wide)
        XCTAssertNil(answers.background)
        XCTAssertFalse(answers.complete, "the device attributes have not come: wait on")
    }

    func testKeysTypedMeanwhileAreKeptInOrder() {
        // `j`, an arrow key and `q` typed while the answers were on their way.
        let answers = read("j\u{1B}[5;2R\u{1B}[B\u{1B}]11;rgb:0000/0000/0000\u{07}q\u{1B}[?6c")
        XCTAssertEqual(answers.ambiguous, .narrow)
        XCTAssertEqual(answers.background, RGBColor(0, 0, 0))
        XCTAssertEqual(String(decoding: answers.typedAhead, as: UTF8.self), "j\u{1B}[Bq")
    }

    func testATerminalThatAnswersNothingLeavesEveryByteAKey() {
        XCTAssertEqual(String(decoding: read("q").typedAhead, as: UTF8.self), "q")
        XCTAssertEqual(read("\u{1B}").typedAhead, [0x1B], "a lone Esc stays Esc")
        XCTAssertEqual(read("").ambiguous, nil)
        XCTAssertFalse(read("q").complete)
    }

    func testOddCursorReportsSayNothing() {
        XCTAssertNil(read("\u{1B}[5;9R").ambiguous, "a column that is neither 2 nor 3")
        // One field is not a cursor report: it goes on to the viewer as whatever key it is.
        XCTAssertEqual(String(decoding: read("\u{1B}[2R").typedAhead, as: UTF8.self), "\u{1B}[2R")
    }
}

import CNCursesW
import ResumeViewer
import XCTest

@testable import TerminalUI

/// Which blanks `FrameWriter` draws in the style before them, to spare the terminal a
/// change of colour and back: only those between two characters, in a short gap, where
/// neither style shows on a space.
final class FrameWriterTests: XCTestCase {
    private let plain = Palette.Style(attributes: cn_a_normal(), pair: 0)
    private let period = Palette.Style(attributes: cn_a_normal(), pair: 1)
    private let grey = Palette.Style(attributes: cn_a_normal(), pair: 2)
    private let link = Palette.Style(attributes: cn_a_underline(), pair: 3, showsOnBlank: true)
    private let match = Palette.Style(attributes: cn_a_normal(), pair: 4, showsOnBlank: true)

    /// The styles `blanksJoined` gives row 0 of a frame holding `runs` from column `x`.
    private func joined(_ runs: [(String, Palette.Style)], x: Int = 0, width: Int = 30) -> [Palette.Style] {
        var frame = Frame(width: width, height: 1)
        var styles = Array(repeating: plain, count: width)
        var column = x
        for (text, style) in runs {
            let end = frame.put(text, x: column, y: 0, role: .content(.plain))
            for cell in column..<end { styles[cell] = style }
            column = end
        }
        return FrameWriter.blanksJoined(styles, in: frame, y: 0)
    }

    func testSpacesBetweenColouredRunsTakeTheColourBefore() {
        // "2019.09 · 44개월": the spaces around the dot were plain, between coloured runs.
        let styles = joined([("2019.09", period), (" ", plain), ("·", grey), (" ", plain), ("44개월", period)], x: 2)
        XCTAssertEqual(styles[9], period, "the space after the period")
        XCTAssertEqual(styles[11], grey, "the space after the dot")
        XCTAssertEqual(Array(styles[0..<2]), [plain, plain], "the indentation stays as ncurses cleared it")
        XCTAssertEqual(Array(styles[18...]), Array(repeating: plain, count: 12), "so do the blanks after the line")
    }

    func testBlanksBeforeTheFirstCharacterKeepTheirOwnStyle() {
        // The indentation is no gap between two characters, whatever its first cell holds:
        // a plain blank there matches what ncurses cleared and is never written.
        let styles = joined([(" ", period), (" ", plain), ("•", plain), (" ", plain), ("x", plain)])
        XCTAssertEqual(Array(styles[0..<5]), [period, plain, plain, plain, plain])
    }

    func testABlankThatWouldShowItsStyleKeepsItsOwn() {
        // Underline and a background show on a space: such a blank keeps its own style,
        // and no blank takes one of them from the run before it.
        let afterLink = joined([("docs", link), (" ", plain), ("more", plain)])
        XCTAssertEqual(afterLink[4], plain)
        let matchedBlank = joined([("cache", period), (" ", match), ("node", match)])
        XCTAssertEqual(matchedBlank[5], match)
    }

    func testALongGapStaysPlain() {
        let gap = FrameWriter.joinableGap
        let short = joined([("a", period), (String(repeating: " ", count: gap), plain), ("b", plain)])
        XCTAssertEqual(Array(short[1...gap]), Array(repeating: period, count: gap))
        let long = joined([("a", period), (String(repeating: " ", count: gap + 1), plain), ("b", plain)])
        XCTAssertEqual(Array(long[1...(gap + 1)]), Array(repeating: plain, count: gap + 1))
    }
}

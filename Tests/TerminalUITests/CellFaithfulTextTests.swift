import ResumeLayout
import TestSupport
import XCTest
@testable import TerminalUI

/// What ncurses is given takes, by glibc's scalar widths, exactly the cells the layout
/// measured; text that already does is passed through unchanged.
final class CellFaithfulTextTests: XCTestCase {
    private func drawn(_ text: String) -> String {
        var result = ""
        result.unicodeScalars.append(contentsOf: CellFaithfulText.scalars(text))
        return result
    }

    private func ncursesWidth(_ text: String) -> Int {
        CellFaithfulText.scalars(text).reduce(0) { $0 + CellWidth.scalarWidth($1) }
    }

    func testPlainAndKoreanTextIsUntouched() {
        for text in ["Alex Morgan", "레디스 1000개", "e\u{301}", "\u{1112}\u{1161}\u{11AB}", "🇰🇷", "🚀", "日本語"] {
            XCTAssertEqual(drawn(text), text)
        }
    }

    func testSequencesBecomeTheirFirstEmojiPadded() {
        XCTAssertEqual(drawn("🧑‍💻"), "🧑")
        XCTAssertEqual(drawn("👨‍👩‍👧 가족"), "👨 가족")
        XCTAssertEqual(drawn("👍🏽"), "👍")
        XCTAssertEqual(drawn("❤️"), "❤ ")
        XCTAssertEqual(drawn("1️⃣"), "1 ")
        XCTAssertEqual(drawn("🏳️‍🌈"), "🏳 ")
    }

    func testDrawnWidthEqualsLayoutWidth() {
        let pieces = ["🧑‍💻", "👨‍👩‍👧", "🏳️‍🌈", "❤️", "1️⃣", "👍🏽", "🇰🇷", "레", "a", " ", "e\u{301}", "\u{200D}", "\u{FE0F}", "日"]
        var generator = SeededGenerator(seed: 0x2DE0)
        for _ in 0..<2_000 {
            let text = (0..<Int.random(in: 1...12, using: &generator)).map { _ in pieces.randomElement(using: &generator)! }.joined()
            XCTAssertEqual(ncursesWidth(text), CellWidth.of(text), text.unicodeScalars.map { String($0.value, radix: 16) }.joined(separator: " "))
        }
    }
}

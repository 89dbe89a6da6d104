import CNCursesW
import ResumeViewer
import XCTest
@testable import TerminalUI

/// UTF-8 assembled from `wgetch`'s bytes: Hangul arrives as one key, and a byte that
/// can't be UTF-8 costs only itself, never the key after it.
final class KeyReaderTests: XCTestCase {
    private func keys(_ codes: [Int32]) -> [Key] {
        var reader = KeyReader()
        // At the end nothing more arrives, as when wgetch times out.
        return codes.compactMap { reader.feed($0) } + [reader.flush()].compactMap { $0 }
    }

    private func keys(_ bytes: [UInt8]) -> [Key] { keys(bytes.map(Int32.init)) }

    func testHangulAndAsciiArriveAsTyped() {
        XCTAssertEqual(keys(Array("/레디스\r".utf8)), [.char("/"), .char("레"), .char("디"), .char("스"), .enter])
        XCTAssertEqual(keys(Array("ㄹㄷㅅ".utf8)), [.char("ㄹ"), .char("ㄷ"), .char("ㅅ")])
        XCTAssertEqual(keys(Array("😀é".utf8)), [.char("😀"), .char("é")])
    }

    func testAStrayByteCostsOnlyItself() {
        // Bytes that never occur in UTF-8, a lone continuation, and unfinished sequences
        // cut short by an ordinary key.
        for stray: [UInt8] in [[0xFF], [0xFE], [0xC0], [0xC1], [0xF5], [0x80], [0xBF], [0xE3], [0xE3, 0x82], [0xF0, 0x9F, 0x98]] {
            XCTAssertEqual(keys(stray + Array("2레".utf8)), [.char("2"), .char("레")], "after \(stray)")
        }
        // An unfinished sequence cut short by the start of another keeps the second.
        XCTAssertEqual(keys([0xE3] + Array("레".utf8)), [.char("레")])
        // A key code ends an unfinished sequence too.
        XCTAssertEqual(keys([0xE3, Int32(KEY_DOWN)].map { Int32($0) }), [.down])
    }

    func testInvalidSequencesNeverBecomeText() {
        // Overlong forms, UTF-16 surrogates, past U+10FFFF, and encoded C1 controls and
        // BiDi overrides: nothing here is printable text.
        let sequences: [[UInt8]] = [[0xC0, 0xAF], [0xE0, 0x80, 0xAF], [0xF0, 0x80, 0x80, 0xAF], [0xED, 0xA0, 0x80],
                                    [0xF4, 0x90, 0x80, 0x80], [0xC2, 0x9B], [0xE2, 0x80, 0xAE], [0xEF, 0xBB, 0xBF]]
        for sequence in sequences {
            for key in keys(sequence) {
                if case .char(let c) = key { XCTFail("\(sequence) became \(c.unicodeScalars.map { $0.value })") }
            }
        }
    }

    func testKeyCodesPassThrough() {
        XCTAssertEqual(keys([Int32(KEY_UP), Int32(KEY_NPAGE), Int32(KEY_RESIZE), 9, 27]), [.up, .pageDown, .resize, .tab, .escape])
    }

    /// Answers to the start-up questions that arrive after we stopped waiting, and
    /// sequences for keys ncurses does not know, are dropped whole: none of their bytes
    /// may act as a key (`]` is "next entry", digits pick pages).
    func testLateTerminalAnswersAndUnknownSequencesAreNotKeys() {
        let answers = [
            "\u{1B}[24;3R",                                 // cursor position report
            "\u{1B}]11;rgb:ffff/ffff/ffff\u{1B}\\",          // background colour, ST-terminated
            "\u{1B}]11;rgb:0000/0000/0000\u{07}",           // … and BEL-terminated
            "\u{1B}[?62;22c", "\u{1B}[?1;2c",                // device attributes
            "\u{1B}[>0;95;0c", "\u{1B}P1$r0m\u{1B}\\",      // secondary DA, a DCS reply
            "\u{1B}[200~", "\u{1B}[15;5~", "\u{1B}OX",        // keys nobody defined
        ]
        for answer in answers {
            XCTAssertEqual(keys(Array((answer + "j").utf8)), [.char("j")], answer.debugDescription)
        }
        // All of them at once, between two keys.
        XCTAssertEqual(keys(Array(("k" + answers.joined() + "q").utf8)), [.char("k"), .char("q")])
    }

    func testEscapeIsStillEscape() {
        // Alone, twice, or before a sequence.
        XCTAssertEqual(keys([27] as [UInt8]), [.escape])
        XCTAssertEqual(keys([27, 27] as [UInt8]), [.escape, .escape])
        XCTAssertEqual(keys(Array("\u{1B}\u{1B}[24;3Rn".utf8)), [.escape, .char("n")])
        // Esc and a key in one burst is Alt+key: the key.
        XCTAssertEqual(keys(Array("\u{1B}j".utf8)), [.char("j")])
        // A sequence cut short by silence is dropped, and what follows is read as keys.
        var reader = KeyReader()
        for byte in "\u{1B}]11;rgb:ff".utf8 { XCTAssertNil(reader.feed(Int32(byte))) }
        XCTAssertNil(reader.flush())
        XCTAssertEqual(reader.feed(Int32(UInt8(ascii: "j"))), .char("j"))
    }
}

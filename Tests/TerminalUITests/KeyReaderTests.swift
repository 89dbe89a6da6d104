import CNCursesW
import XCTest
@testable import TerminalUI

/// UTF-8 assembled from `wgetch`'s bytes: Hangul arrives as one key, and a byte that
/// can't be UTF-8 costs only itself, never the key after it.
final class KeyReaderTests: XCTestCase {
    private func keys(_ codes: [Int32]) -> [Key] {
        var reader = KeyReader()
        return codes.compactMap { reader.feed($0) }
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
        XCTAssertEqual(keys([Int32(KEY_UP), Int32(KEY_NPAGE), Int32(KEY_RESIZE), 27, 9]), [.up, .pageDown, .resize, .escape, .tab])
    }
}

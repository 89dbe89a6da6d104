import CNCursesW
import ResumeViewer
import XCTest
@testable import TerminalUI

/// One `wgetch` value at a time: what a visitor types arrives as the key they meant, and
/// a control byte never arrives as text.
final class KeyDecoderTests: XCTestCase {
    func testHangulArrivesAsACharacter() {
        XCTAssertEqual(KeyDecoder.decode(status: OK, value: 0xD55C), .char("한"))
        XCTAssertEqual(KeyDecoder.decode(status: OK, value: 0x3139), .char("ㄹ"), "a compatibility jamo, as an initials search types it")
    }

    func testControlBytesAreNeverCharacters() {
        XCTAssertEqual(KeyDecoder.decode(status: OK, value: 27), .escape)
        XCTAssertEqual(KeyDecoder.decode(status: OK, value: 3), .ctrl("c"))
        XCTAssertEqual(KeyDecoder.decode(status: OK, value: 0), .unknown)
        XCTAssertEqual(KeyDecoder.decode(status: OK, value: 0x9B), .unknown, "C1 CSI")
        XCTAssertEqual(KeyDecoder.decode(status: OK, value: 0x202E), .unknown, "BiDi override")
        XCTAssertEqual(KeyDecoder.decode(status: OK, value: 0xD800), .unknown, "a lone surrogate")
        XCTAssertEqual(KeyDecoder.decode(status: OK, value: 0x7FFF_FFFF), .unknown)
        XCTAssertEqual(KeyDecoder.decode(status: OK, value: 127), .backspace)
    }

    /// Every Ctrl-letter the keymaps bind (Ctrl-B/C/D/F/L/U) comes from its byte, and
    /// Tab (Ctrl-I) and Enter (Ctrl-M) stay Tab and Enter.
    func testCtrlLettersDecodeAsTheKeymapsNameThem() {
        for (byte, letter) in [(2, "b"), (3, "c"), (4, "d"), (6, "f"), (12, "l"), (21, "u")] as [(UInt32, Character)] {
            XCTAssertEqual(KeyDecoder.decode(status: OK, value: byte), .ctrl(letter), "byte \(byte)")
        }
        XCTAssertEqual(KeyDecoder.decode(status: OK, value: 9), .tab)
        XCTAssertEqual(KeyDecoder.decode(status: OK, value: 13), .enter)
        XCTAssertEqual(KeyDecoder.decode(status: OK, value: 10), .enter)
        XCTAssertEqual(KeyDecoder.decode(status: OK, value: 8), .backspace)
    }

    /// The special keys of the design's key table, from ncurses' key codes.
    func testKeyCodesOfTheKeyTable() {
        let expected: [(Int32, Key)] = [
            (KEY_UP, .up), (KEY_DOWN, .down), (KEY_LEFT, .left), (KEY_RIGHT, .right), (KEY_PPAGE, .pageUp),
            (KEY_NPAGE, .pageDown), (KEY_HOME, .home), (KEY_END, .end), (KEY_A1, .home), (KEY_C1, .end),
            (KEY_BTAB, .backTab), (KEY_ENTER, .enter), (KEY_BACKSPACE, .backspace), (KEY_DC, .delete), (KEY_RESIZE, .resize),
        ]
        for (code, key) in expected {
            XCTAssertEqual(KeyDecoder.decode(status: KEY_CODE_YES, value: UInt32(bitPattern: code)), key, "key code \(code)")
        }
    }
}

@testable import ResumeServer
import XCTest

final class TerminalNameTests: XCTestCase {
    func testKnownNamesAreKept() {
        XCTAssertEqual(TerminalName.sanitize("xterm-256color"), "xterm-256color")
        XCTAssertEqual(TerminalName.sanitize("screen"), "screen")
        XCTAssertEqual(TerminalName.sanitize("screen.xterm-256color"), "screen.xterm-256color")
        XCTAssertEqual(TerminalName.sanitize("vt100"), "vt100")
    }

    func testOddValuesFallBack() {
        let odd = [
            "",
            "../../etc/passwd",
            "/lib/terminfo/x/xterm",
            String(repeating: "A", count: 100_000),
            String(decoding: [0x78, 0x74, 0xff, 0xfe], as: UTF8.self),  // invalid UTF-8, repaired to U+FFFD
            "xterm\u{0}",
            "xterm 256color",
            "xterm\n",
            "..",
            ".",
            "-xterm",
            "no-such-terminal-anywhere",
            "터미널",
        ]
        for name in odd {
            XCTAssertEqual(TerminalName.sanitize(name), "xterm-256color", "\(name.prefix(40).debugDescription)")
        }
    }

    func testShapeRules() {
        XCTAssertTrue(TerminalName.isWellFormed("rxvt-unicode-256color"))
        XCTAssertTrue(TerminalName.isWellFormed("a+b_c.d-e"))
        XCTAssertFalse(TerminalName.isWellFormed(String(repeating: "x", count: 65)))
        XCTAssertTrue(TerminalName.isWellFormed(String(repeating: "x", count: 64)))
        XCTAssertFalse(TerminalName.isWellFormed("a/b"))
    }

    func testFallbackWithoutAnyDatabase() {
        XCTAssertEqual(TerminalName.sanitize("xterm-256color", databaseDirectories: ["/nonexistent"]), "xterm-256color")
        XCTAssertEqual(TerminalName.sanitize("screen", databaseDirectories: ["/nonexistent"]), "xterm-256color")
    }
}

import XCTest
@testable import TerminalUI

final class KeyTableTests: XCTestCase {
    func testEveryBindingIsInTheHelp() {
        let rows = KeyTable.helpRows
        for binding in KeyTable.browse + KeyTable.search {
            XCTAssertTrue(rows.contains { $0.keys == binding.keysLabel && $0.help == binding.help }, binding.help)
        }
    }

    func testNoKeyIsBoundTwice() {
        var seen: [Key: String] = [:]
        for binding in KeyTable.browse {
            for key in binding.keys {
                XCTAssertNil(seen[key], "\(key) is bound to both \(seen[key] ?? "") and \(binding.help)")
                seen[key] = binding.help
            }
        }
    }

    func testTheDesignKeyMapIsThere() {
        let expected: [(Key, Action)] = [
            (.right, .nextPage), (.char("l"), .nextPage), (.tab, .nextPage),
            (.left, .previousPage), (.char("h"), .previousPage), (.backTab, .previousPage),
            (.char("3"), .goToPage(2)), (.down, .scroll(1)), (.char("j"), .scroll(1)),
            (.up, .scroll(-1)), (.char("k"), .scroll(-1)),
            (.pageDown, .pageDown), (.char(" "), .pageDown), (.char("f"), .pageDown), (.ctrl("f"), .pageDown),
            (.pageUp, .pageUp), (.char("b"), .pageUp), (.ctrl("b"), .pageUp),
            (.ctrl("d"), .halfPageDown), (.ctrl("u"), .halfPageUp),
            (.char("g"), .top), (.home, .top), (.char("G"), .bottom), (.end, .bottom),
            (.char("]"), .nextEntry), (.char("["), .previousEntry),
            (.char("/"), .beginSearch), (.char("n"), .nextMatch), (.char("N"), .previousMatch),
            (.escape, .escape), (.char("?"), .toggleHelp), (.char("t"), .cycleTheme),
            (.char("q"), .quit), (.ctrl("c"), .quit),
        ]
        for (key, action) in expected {
            XCTAssertEqual(KeyTable.action(for: key), action, "\(key)")
        }
    }

    func testFooterHintsNameRealKeys() {
        XCTAssertEqual(FooterHints.text, "←→ pages  ↓↑ scroll  / search  ? help  q quit")
    }

    func testSearchModeTreatsLettersAsText() {
        XCTAssertEqual(TerminalApp.action(for: .char("q"), mode: .search), .searchInsert("q"))
        XCTAssertEqual(TerminalApp.action(for: .char("한"), mode: .search), .searchInsert("한"))
        XCTAssertEqual(TerminalApp.action(for: .char("q"), mode: .browse), .quit)
        XCTAssertEqual(TerminalApp.action(for: .mouse(x: 1, y: 4, button: .wheelDown), mode: .browse), .scroll(3))
    }
}

final class KeyDecoderTests: XCTestCase {
    private let ok: Int32 = 0

    func testHangulArrivesAsACharacter() {
        XCTAssertEqual(KeyDecoder.decode(status: ok, value: 0xD55C), .char("한"))
    }

    func testControlBytesAreNeverCharacters() {
        XCTAssertEqual(KeyDecoder.decode(status: ok, value: 27), .escape)
        XCTAssertEqual(KeyDecoder.decode(status: ok, value: 3), .ctrl("c"))
        XCTAssertEqual(KeyDecoder.decode(status: ok, value: 0), .unknown)
        XCTAssertEqual(KeyDecoder.decode(status: ok, value: 0x9B), .unknown, "C1 CSI")
        XCTAssertEqual(KeyDecoder.decode(status: ok, value: 0x202E), .unknown, "BiDi override")
        XCTAssertEqual(KeyDecoder.decode(status: ok, value: 0xD800), .unknown, "a lone surrogate")
        XCTAssertEqual(KeyDecoder.decode(status: ok, value: 0x7FFF_FFFF), .unknown)
        XCTAssertEqual(KeyDecoder.decode(status: ok, value: 127), .backspace)
    }
}

import XCTest
@testable import ResumeLayout

final class InertTextTests: XCTestCase {
    /// Nothing that a terminal could act on: no C0 but none at all, no DEL, no C1, no BiDi.
    private func assertInert(_ s: String, file: StaticString = #filePath, line: UInt = #line) {
        for scalar in s.unicodeScalars {
            let v = scalar.value
            XCTAssertFalse(v < 0x20 || (0x7F...0x9F).contains(v), "control U+\(String(v, radix: 16)) left", file: file, line: line)
            XCTAssertFalse(InertText.isHidingFormat(v), "format U+\(String(v, radix: 16)) left", file: file, line: line)
        }
    }

    func testOSC52ClipboardWrite() {
        let out = InertText.make("hi \u{1B}]52;c;ZXZpbA==\u{07} there")
        XCTAssertEqual(out, "hi ␛]52;c;ZXZpbA==␇ there")
        assertInert(out)
    }

    func testOSC0TitleWithST() {
        let out = InertText.make("\u{1B}]0;pwned\u{1B}\\")
        XCTAssertEqual(out, "␛]0;pwned␛\\")
        assertInert(out)
    }

    func testCSI6nAndBell() {
        XCTAssertEqual(InertText.make("\u{1B}[6n\u{07}"), "␛[6n␇")
    }

    func testEightBitCSI() {
        let out = InertText.make("a\u{9B}6nb")
        XCTAssertEqual(out, "a\u{FFFD}6nb")
        assertInert(out)
    }

    func testDelAndNul() {
        XCTAssertEqual(InertText.make("\u{7F}\u{0}\t"), "␡␀␉")
    }

    func testBidiOverrideAndIsolates() {
        let out = InertText.make("abc\u{202E}fed\u{202C} \u{2067}x\u{2069} \u{200F}")
        XCTAssertEqual(out, "abc\u{FFFD}fed\u{FFFD} \u{FFFD}x\u{FFFD} \u{FFFD}")
        assertInert(out)
    }

    func testTagsHideTextExceptInAFlag() {
        XCTAssertEqual(InertText.make("a\u{E0041}\u{E0042}"), "a\u{FFFD}\u{FFFD}")
        let scotland = "🏴\u{E0067}\u{E0062}\u{E0073}\u{E0063}\u{E0074}\u{E007F}"
        XCTAssertEqual(InertText.make(scotland), scotland)
    }

    func testOrdinaryTextIsKept() {
        for s in ["레디스 운영", "e\u{301}", "👨‍👩‍👧", "☺\u{FE0F}", "漢字", "a\u{200C}b", ""] {
            XCTAssertEqual(InertText.make(s), s)
        }
    }

    func testLayoutNeverCarriesAnEscape() {
        let document = ResumeDocument(awkwardResume(), today: snapshotToday)
        for page in document.pages.indices {
            for width in [1, 20, 80] {
                for line in document.layout(page: page, width: width).lines { assertInert(line.text) }
            }
        }
        assertInert(PlainText.render(awkwardResume(), width: 40, today: snapshotToday).replacingOccurrences(of: "\n", with: ""))
    }
}

import Foundation
import XCTest

/// Talk URLs are OSC 8 hyperlinks on modern terminals, with the URL text always shown.
final class HyperlinkTests: XCTestCase {
    /// Every byte the program writes to its terminal (a pty made by `script`), with `q`
    /// typed after it has painted.
    private func rawOutput(_ arguments: String, term: String, environment: String = "") throws -> String {
        // `swift test` sets NO_COLOR for its own output; the program must see a plain terminal.
        let command = "unset NO_COLOR; stty cols 80 rows 24; \(environment) TERM=\(term) " + TmuxSession.quote(Binary.url.path) + " " + arguments
        let shell = "(sleep 1; printf q) | script -q -e -c \(TmuxSession.quote(command)) /dev/null"
        let result = try Process.capture(URL(fileURLWithPath: "/bin/sh"), ["-c", shell], timeout: 20)
        XCTAssertEqual(result.status, 0, result.stderr)
        return result.stdout
    }

    func testTalkURLsAreHyperlinksOnAModernTerminal() throws {
        let output = try rawOutput("--page talks", term: "xterm-256color")
        for url in ["https://www.youtube.com/watch?v=EVBFXZhS07E", "https://2021.pycon.kr/session/18/"] {
            XCTAssertTrue(output.contains("\u{1B}]8;;\(url)\u{1B}\\\(url)\u{1B}]8;;\u{1B}\\"), "\(url) is not a hyperlink")
        }
    }

    func testNoHyperlinksOnOldTerminalsOrWhenAskedNot() throws {
        for (term, environment) in [("vt100", ""), ("xterm-256color", "NO_HYPERLINKS=1")] {
            let output = try rawOutput("--page talks", term: term, environment: environment)
            XCTAssertTrue(output.contains("https://www.youtube.com/watch?v=EVBFXZhS07E"), "the URL text is always there")
            XCTAssertFalse(output.contains("\u{1B}]8;"), "\(term) \(environment)")
        }
    }

    func testNoColorMeansNoColorButStillHighlights() throws {
        let colored = try rawOutput("--page career", term: "xterm-256color")
        XCTAssertTrue(colored.contains("38;5;"), "256 colors on xterm-256color")
        let plain = try rawOutput("--page career", term: "xterm-256color", environment: "NO_COLOR=1")
        XCTAssertFalse(plain.contains("38;5;") || plain.contains("\u{1B}[3"), "NO_COLOR: no color at all")
        XCTAssertTrue(plain.contains(";4m") || plain.contains("[4m"), "emphasis by underline instead")
    }

    func testAboutPageWritesNoOSCAtAll() throws {
        XCTAssertFalse(try rawOutput("", term: "xterm-256color").contains("\u{1B}]"))
    }
}

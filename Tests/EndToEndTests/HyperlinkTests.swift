import Foundation
import XCTest

/// Talk URLs are OSC 8 hyperlinks on modern terminals, with the URL text always shown.
final class HyperlinkTests: XCTestCase {
    /// The talk URLs of the English fixture.
    private let urls = ["https://example.com/talks/cache-2023", "https://example.com/talks/batch-2021"]

    /// Every byte the program writes to its terminal, `q` typed after it has painted.
    private func rawOutput(_ arguments: String, term: String, environment: [String: String] = [:]) throws -> String {
        try TmuxSession.recordOutput(.english, arguments: arguments, term: term, environment: environment)
    }

    func testTalkURLsAreHyperlinksOnAModernTerminal() throws {
        let output = try rawOutput("--page talks", term: "xterm-256color")
        XCTAssertTrue(urls.allSatisfy(Fixture.english.text.contains))
        for url in urls {
            XCTAssertTrue(output.contains("\u{1B}]8;;\(url)\u{1B}\\\(url)\u{1B}]8;;\u{1B}\\"), "\(url) is not a hyperlink")
        }
    }

    func testNoHyperlinksOnOldTerminalsOrWhenAskedNot() throws {
        for (term, environment) in [("vt100", [:]), ("xterm-256color", ["NO_HYPERLINKS": "1"])] {
            let output = try rawOutput("--page talks", term: term, environment: environment)
            XCTAssertTrue(output.contains(urls[0]), "the URL text is always there")
            XCTAssertFalse(output.contains("\u{1B}]8;"), "\(term) \(environment)")
        }
    }

    func testNoColorMeansNoColorButStillHighlights() throws {
        let colored = try rawOutput("--page career", term: "xterm-256color")
        XCTAssertTrue(colored.contains("38;5;"), "256 colors on xterm-256color")
        let plain = try rawOutput("--page career", term: "xterm-256color", environment: ["NO_COLOR": "1"])
        XCTAssertFalse(plain.contains("38;5;") || plain.contains("\u{1B}[3"), "NO_COLOR: no color at all")
        XCTAssertTrue(plain.contains(";4m") || plain.contains("[4m"), "emphasis by underline instead")
    }

    /// A page with no URL on it (Skills) writes no OSC at all: no link, no title; only
    /// the question about the background the program asks before its screen opens.
    func testAPageWithoutLinksWritesNoOSCAtAll() throws {
        let output = StartupQuestions.removed(from: try rawOutput("--page skills", term: "xterm-256color"))
        XCTAssertFalse(output.contains("\u{1B}]"), output.debugDescription)
    }
}

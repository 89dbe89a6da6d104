import Foundation
import TerminalUI
import XCTest

/// The interactive résumé in a real terminal (tmux), driven with keys like a person.
/// Each scenario runs in every terminal a visitor might have: two sizes, an old TERM,
/// a TERM nobody has heard of, and a non-UTF-8 locale.
final class InteractiveTests: XCTestCase {
    struct Setup: CustomStringConvertible {
        var width = 80, height = 24
        var term = "xterm-256color"
        var lang = "C.UTF-8"
        var description: String { "\(width)x\(height) TERM=\(term) LANG=\(lang)" }
    }

    static let setups = [
        Setup(),
        Setup(width: 120, height: 40),
        Setup(term: "vt100"),
        Setup(term: "some-unknown-term"),
        Setup(lang: "C"),
    ]

    private func start(_ setup: Setup, arguments: String = "", after: String = "") throws -> TmuxSession {
        let command = TmuxSession.quote(Binary.url.path) + " " + arguments + after
        let session = try TmuxSession(command, width: setup.width, height: setup.height, term: setup.term,
                                      environment: ["LANG": setup.lang, "LC_ALL": setup.lang])
        try session.waitFor(text: "Wonho Ha")
        return session
    }

    /// Screen rows between the tab bar and the footer.
    private func body(_ screen: String, height: Int) -> [String] {
        let rows = screen.components(separatedBy: "\n")
        return Array(rows.dropFirst().prefix(height - 2))
    }

    func testFirstScreenShowsTheNameTabsAndHelpHint() throws {
        for setup in Self.setups {
            let session = try start(setup)
            let screen = try session.waitFor(text: "기술적으로")
            XCTAssertTrue(screen.contains("1 About"), "\(setup): \(screen)")
            XCTAssertTrue(screen.contains("4 Skills"), "\(setup): \(screen)")
            XCTAssertTrue(screen.contains("? help"), "\(setup): \(screen)")
            XCTAssertTrue(screen.contains("las@magical.dev"), "\(setup): \(screen)")
        }
    }

    func testTabArrowsAndNumbersChangePages() throws {
        for setup in Self.setups {
            let session = try start(setup)
            try session.send("Tab")
            try session.waitFor(text: "비바리퍼블리카")
            try session.send("Right")
            try session.waitFor(text: "Gophercon KR")
            try session.send("2")
            try session.waitFor(text: "비바리퍼블리카")
            try session.send("Left")
            try session.waitFor(text: "기술적으로")
            try session.send("BTab")
            try session.waitFor(text: "성능 분석 및 최적화")
            try session.send("l")
            try session.waitFor(text: "기술적으로")
        }
    }

    func testScrollingAndTopAndBottom() throws {
        for setup in Self.setups {
            let session = try start(setup, arguments: "--page career")
            let first = body(try session.waitFor(text: "비바리퍼블리카"), height: setup.height)
            for _ in 0..<5 { try session.send("j") }
            try session.waitFor("five lines scrolled (\(setup))") { self.body($0, height: setup.height).first == first[5] }
            try session.send("Down")
            try session.waitFor("one more line") { self.body($0, height: setup.height).first == first[6] }
            try session.send("G")
            try session.waitFor(text: "합의를 이끌어냄.")
            try session.send("g")
            try session.waitFor("back at the top") { self.body($0, height: setup.height) == first }
        }
    }

    func testSearchHighlightsCountsAndMovesAcrossPages() throws {
        for setup in Self.setups {
            let session = try start(setup)
            try session.send("/")
            try session.send("레디스", literal: true)
            try session.send("Enter")
            let screen = try session.waitFor("a counter") { $0.range(of: #""레디스" 1/\d+"#, options: .regularExpression) != nil }
            XCTAssertTrue(screen.contains("Career"), "\(setup): \(screen)")
            let total = screen.firstMatch(of: /"레디스" 1\/(\d+)/).map { Int($0.1)! } ?? 0
            XCTAssertGreaterThanOrEqual(total, 5, "\(setup)")
            // The match is drawn differently from the text around it.
            let colored = try session.screenWithAttributes()
            XCTAssertTrue(colored.contains(where: { $0 == "\u{1B}" }) && colored.range(of: #"\x1B\[[0-9;]*m레디스"#, options: .regularExpression) != nil,
                          "\(setup): no highlight in \(colored)")
            try session.send("n")
            try session.waitFor(text: "\"레디스\" 2/\(total)")

            // Korean initial consonants find the same places.
            try session.send("Escape")
            try session.send("/")
            try session.send("ㄹㄷㅅ", literal: true)
            try session.send("Enter")
            try session.waitFor(text: "\"ㄹㄷㅅ\" 1/\(total)")

            // "redis" is on Career and on Skills: n crosses to the next page.
            try session.send("Escape")
            try session.send("/")
            try session.send("redis", literal: true)
            try session.send("Enter")
            try session.waitFor(text: "\"redis\" 1/")
            var reachedSkills = false
            for _ in 0..<30 where !reachedSkills {
                try session.send("n")
                Thread.sleep(forTimeInterval: 0.05)
                reachedSkills = try session.screen().components(separatedBy: "\n").last(where: { !$0.isEmpty })?.contains("Skills") ?? false
            }
            XCTAssertTrue(reachedSkills, "\(setup): n never reached the Skills page")
        }
    }

    func testNoMatchIsSaidPlainly() throws {
        let session = try start(Setup())
        try session.send("/")
        try session.send("zzqx", literal: true)
        try session.waitFor(text: "no match")
        try session.send("Enter")
        try session.waitFor(text: "no match for \"zzqx\"")
    }

    /// In a narrow window the footer gives up the query, then the position, but keeps
    /// the match counter whole, never half a quoted query.
    func testNarrowFooterKeepsTheMatchCounter() throws {
        let session = try TmuxSession(TmuxSession.quote(Binary.url.path) + " --page career", width: 24, height: 9)
        try session.waitFor(text: "Career")
        try session.send("/")
        try session.send("ㄹㄷㅅ", literal: true)
        try session.send("Enter")
        let footer = { (screen: String) in screen.components(separatedBy: "\n").last { !$0.isEmpty } ?? "" }
        let narrow = try session.waitFor("the counter in a 24-column footer") { footer($0).hasPrefix(" Career  1/5") }
        XCTAssertFalse(footer(narrow).contains("\""), footer(narrow))
        try session.resize(width: 60, height: 9)
        try session.waitFor("the query back in a wide footer") { footer($0).contains("\"ㄹㄷㅅ\" 1/5") }
    }

    func testHelpListsEveryBinding() throws {
        for setup in [Setup(), Setup(width: 120, height: 40)] {
            let session = try start(setup)
            try session.send("?")
            var seen = try session.waitFor(text: "Keys")
            // At 80x24 the help is longer than the screen: page through it.
            for _ in 0..<3 {
                try session.send("Space")
                Thread.sleep(forTimeInterval: 0.1)
                seen += try session.screen()
            }
            for row in KeyTable.helpRows {
                XCTAssertTrue(seen.contains(row.help), "\(setup): help lacks \"\(row.help)\"")
                XCTAssertTrue(seen.contains(row.keys), "\(setup): help lacks the keys \"\(row.keys)\"")
            }
            try session.send("Escape")
            try session.waitFor(text: "기술적으로")
        }
    }

    /// After a resize every body row is a line of the layout at the new width: nothing
    /// is cut, no Korean syllable is split, and the text is laid out again.
    func testResizeRelayoutsWholeLines() throws {
        let session = try start(Setup(), arguments: "--page career")
        for (width, height) in [(40, 15), (80, 24)] {
            try session.resize(width: width, height: height)
            let contentWidth = width >= 40 ? width - 2 : width
            let expected = Set(try Binary.run(["--plain", "--page", "career", "--width", "\(contentWidth)"]).stdout
                .components(separatedBy: "\n"))
            let screen = try session.waitFor("relayout at \(width)x\(height)") { screen in
                let rows = self.body(screen, height: height)
                return rows.count == height - 2 && rows.allSatisfy { ScreenText.cells($0) <= width }
                    && rows.filter { !$0.isEmpty }.allSatisfy { expected.contains(String($0.dropFirst(width >= 40 ? 1 : 0))) }
            }
            XCTAssertTrue(screen.contains("비바리퍼블리카"), screen)
        }
    }

    /// `c` puts the email on the viewer's clipboard with OSC 52; tmux with
    /// `set-clipboard on` keeps what the program sent in its paste buffer.
    func testCopyEmailReachesTheClipboard() throws {
        let session = try start(Setup())
        try session.command("set-option", "-g", "set-clipboard", "on")
        try session.send("c")
        try session.waitFor(text: "copied las@magical.dev to your clipboard")
        XCTAssertEqual(try session.command("show-buffer"), "las@magical.dev")
    }

    func testTinyWindowAsksToBeEnlarged() throws {
        let session = try start(Setup())
        try session.resize(width: 15, height: 4)
        try session.waitFor(text: "larger")
        try session.resize(width: 80, height: 24)
        try session.waitFor(text: "기술적으로")
    }

    func testQuitKeysAndSignalsRestoreTheTerminal() throws {
        let stty = NSTemporaryDirectory() + "resume-tui-stty-\(UUID().uuidString)"
        defer { try? FileManager.default.removeItem(atPath: stty) }
        let restoreCheck = "; st=$?; stty -a > \(stty); (exit $st)"
        for (setup, key, status) in [(Setup(), "q", Int32(0)), (Setup(term: "vt100"), "C-c", 0), (Setup(lang: "C"), "q", 0)] {
            let session = try start(setup, after: restoreCheck)
            try session.send(key)
            XCTAssertEqual(session.exitStatus(), status, "\(setup) \(key)")
            let screen = try session.waitFor(text: "[exited]")
            if setup.term == "xterm-256color" {
                XCTAssertFalse(screen.contains("기술적으로"), "the alternate screen should be gone: \(screen)")
            }
            let modes = (try? String(contentsOfFile: stty, encoding: .utf8)) ?? ""
            XCTAssertTrue(modes.contains(" icanon") && modes.contains(" echo ") && !modes.contains("-icanon") && !modes.contains("-echo "), modes)
        }
        for signal in ["TERM", "HUP"] {
            let session = try start(Setup(), after: restoreCheck)
            _ = try Process.capture(URL(fileURLWithPath: "/usr/bin/pkill"), ["-\(signal)", "-f", "^" + Binary.url.path + "$"])
            XCTAssertEqual(session.exitStatus(), signal == "TERM" ? 143 : 129)
            let modes = (try? String(contentsOfFile: stty, encoding: .utf8)) ?? ""
            XCTAssertTrue(modes.contains(" icanon") && !modes.contains("-echo "), modes)
        }
    }
}

import Foundation
import ResumeViewer
import XCTest

/// The interactive résumé in a real terminal (tmux), driven with keys like a person.
/// Each scenario runs in every terminal a visitor might have: two sizes, an old TERM,
/// a TERM nobody has heard of, and a non-UTF-8 locale.
///
/// Every wait is for the footer of the state a key leads to (see `Footer`): the row a
/// frame draws last, saying something the screen before the key did not.
final class InteractiveTests: XCTestCase {
    struct Setup: CustomStringConvertible {
        var width = 80, height = 24
        var term = "xterm-256color"
        var lang = "C.UTF-8"
        var description: String { "\(width)x\(height) TERM=\(term) LANG=\(lang)" }
        /// The width the résumé is laid out at: the screen less a margin each side.
        var contentWidth: Int { width >= 40 ? width - 2 : width }
    }

    static let setups = [
        Setup(),
        Setup(width: 120, height: 40),
        Setup(term: "vt100"),
        Setup(term: "some-unknown-term"),
        Setup(lang: "C"),
    ]

    /// A word of the Korean fixture on its Career and Talks pages, and its initial consonants.
    static let word = "캐시", initials = "ㅋㅅ"

    private func start(_ setup: Setup, _ fixture: Fixture, arguments: String = "", page: String = "About",
                       after: String = "", file: StaticString = #filePath, line: UInt = #line) throws -> TmuxSession {
        try TmuxSession.viewer(fixture, arguments: arguments, page: page, width: setup.width, height: setup.height,
                               term: setup.term, environment: ["LANG": setup.lang, "LC_ALL": setup.lang], after: after,
                               file: file, line: line)
    }

    /// Screen rows between the tab bar and the footer.
    private func body(_ screen: String, height: Int) -> [String] {
        let rows = screen.components(separatedBy: "\n")
        return Array(rows.dropFirst().prefix(height - 2))
    }

    /// Both fixtures, so nothing about one résumé can be hard-coded in the first screen.
    func testFirstScreenShowsTheNameTabsAndHelpHint() throws {
        for fixture in Fixture.both {
            for setup in Self.setups {
                let screen = try start(setup, fixture).screen()
                let context = "\(fixture) \(setup)"
                XCTAssertTrue(screen.components(separatedBy: "\n")[0].hasPrefix(" \(fixture.name) "), "\(context): \(screen)")
                XCTAssertTrue(screen.contains(fixture.about), "\(context): \(screen)")
                // The UI speaks the résumé's language.
                let (about, skills, help) = fixture.name == "김서연" ? ("1 소개", "4 기술", "? 도움말") : ("1 About", "4 Skills", "? help")
                XCTAssertTrue(screen.contains(about), "\(context): \(screen)")
                XCTAssertTrue(screen.contains(skills), "\(context): \(screen)")
                XCTAssertTrue(screen.contains(help), "\(context): \(screen)")
                XCTAssertTrue(screen.contains(fixture.email), "\(context): \(screen)")
            }
        }
    }

    func testTabArrowsAndNumbersChangePages() throws {
        let fixture = Fixture.english
        // Each key leads to another page than the one before it, so each footer is new.
        let steps = [("Tab", "Career"), ("Right", "Talks"), ("2", "Career"), ("Left", "About"), ("BTab", "Skills"), ("l", "About")]
        for setup in Self.setups {
            let session = try start(setup, fixture)
            for (key, page) in steps {
                try session.send(key)
                let screen = try session.waitForFooter("\(page) after \(key) (\(setup))") { $0.page == page }
                XCTAssertTrue(screen.contains(fixture.line(on: page)), "\(setup) \(key): \(screen)")
            }
        }
    }

    func testScrollingAndTopAndBottom() throws {
        let fixture = Fixture.english
        for var setup in Self.setups {
            // The fixture's longest page (Career) has 24 lines: 12 rows leave room to
            // scroll at every width.
            setup.height = 12
            let session = try start(setup, fixture, arguments: "--page career", page: "Career")
            let first = body(try session.screen(), height: setup.height)
            for _ in 0..<5 { try session.send("j") }
            var screen = try session.waitForFooter("five lines scrolled (\(setup))") { $0.shows("Career", from: 6) }
            XCTAssertEqual(body(screen, height: setup.height).first, first[5], "\(setup)")
            try session.send("Down")
            screen = try session.waitForFooter("one more line (\(setup))") { $0.shows("Career", from: 7) }
            XCTAssertEqual(body(screen, height: setup.height).first, first[6], "\(setup)")
            try session.send("G")
            screen = try session.waitForFooter("the bottom (\(setup))") { footer in
                footer.position.map { $0.page == "Career" && $0.last == $0.count } ?? false
            }
            let lastLine = try fixture.plain(page: "career", width: setup.contentWidth)
                .components(separatedBy: "\n").last { !$0.isEmpty } ?? ""
            XCTAssertEqual(body(screen, height: setup.height).last { !$0.isEmpty }.map { String($0.dropFirst()) }, lastLine,
                           "\(setup): the page's last line is the last row")
            try session.send("g")
            screen = try session.waitForFooter("back at the top (\(setup))") { $0.shows("Career", from: 1) }
            XCTAssertEqual(body(screen, height: setup.height), first, "\(setup)")
        }
    }

    /// Korean typed into the prompt, Korean initials, and `n` across pages.
    func testSearchHighlightsCountsAndMovesAcrossPages() throws {
        let fixture = Fixture.korean, word = Self.word, initials = Self.initials
        for setup in Self.setups {
            let session = try start(setup, fixture)
            let total = try fixture.occurrences(of: word, width: setup.contentWidth)
            XCTAssertGreaterThanOrEqual(total, 5, "the fixture uses \(word) enough for a counter to mean something")
            try session.send("/")
            try session.send(word, literal: true)
            try session.send("Enter")
            let screen = try session.waitForFooter("the first of \(total) matches (\(setup))") { $0.counts(word, 1, of: total) }
            XCTAssertEqual(Footer(screen).page, "Career", "\(setup): the first match is on Career")
            // The match is drawn differently from the text around it: the first one is in
            // the middle of a plain sentence, where only a highlight changes the style.
            let colored = try session.screenWithAttributes()
            let row = colored.components(separatedBy: "\n").first { $0.contains("시스템과") } ?? ""
            XCTAssertNotNil(row.range(of: "시스템과 ?(\u{1B}\\[[0-9;:]*m)+ ?\(word)", options: .regularExpression),
                            "\(setup): no highlight in \(row.debugDescription)")
            try session.send("n")
            try session.waitForFooter("the second match (\(setup))") { $0.counts(word, 2, of: total) }

            // Korean initial consonants find the same places.
            try session.send("Escape")
            try session.send("/")
            try session.send(initials, literal: true)
            try session.send("Enter")
            try session.waitForFooter("the initials' first match (\(setup))") { $0.counts(initials, 1, of: total) }

            // The word is on Career and on Talks: n crosses to the next page.
            try session.send("Escape")
            try session.send("/")
            try session.send(word, literal: true)
            try session.send("Enter")
            var pages = [Footer(try session.waitForFooter("the first match again (\(setup))") { $0.counts(word, 1, of: total) }).page]
            for current in 2...total {
                try session.send("n")
                pages.append(Footer(try session.waitForFooter("match \(current) (\(setup))") { $0.counts(word, current, of: total) }).page)
            }
            XCTAssertEqual(pages.first, "Career", "\(setup)")
            XCTAssertEqual(pages.last, "Talks", "\(setup): n never reached the Talks page: \(pages)")
        }
    }

    func testNoMatchIsSaidPlainly() throws {
        let session = try start(Setup(), .english)
        try session.send("/")
        try session.send("zzqx", literal: true)
        try session.waitForFooter("the prompt with no match") { $0.isSearchPrompt(with: "zzqx") && $0.text.contains("no match") }
        try session.send("Enter")
        try session.waitForFooter("no match, in words") { $0.text.contains("no match for \"zzqx\"") }
    }

    /// In a narrow window the footer gives up the query, then the position, but keeps
    /// the match counter whole, never half a quoted query.
    func testNarrowFooterKeepsTheMatchCounter() throws {
        let fixture = Fixture.korean, initials = Self.initials
        let session = try TmuxSession.viewer(fixture, arguments: "--page career", page: "Career", width: 24, height: 9)
        let total = try fixture.occurrences(of: Self.word, width: 24)
        try session.send("/")
        try session.send(initials, literal: true)
        try session.send("Enter")
        // Only the browse footer after Enter ends with the counter; the prompt before it
        // starts with "/", and the footer before that has no counter.
        let narrow = try session.waitForFooter("the counter in a 24-column footer") {
            $0.text.hasPrefix(" 경력 ") && $0.text.hasSuffix("  1/\(total)")
        }
        XCTAssertFalse(Footer(narrow).text.contains("\""), Footer(narrow).description)
        XCTAssertLessThanOrEqual(ScreenText.cells(Footer(narrow).text), 24, Footer(narrow).description)
        try session.resize(width: 60, height: 9)
        // The 24-column footer had no query: only the frame drawn at 60 columns has one.
        try session.waitForFooter("the query back in a wide footer") { $0.counts(initials, 1, of: total) }
    }

    func testHelpListsEveryBinding() throws {
        // The help (56 rows) fits in 60: every binding is on one screen, drawn before the
        // help's footer.
        for setup in [Setup(width: 80, height: 60), Setup(width: 120, height: 60)] {
            let session = try start(setup, .english)
            try session.send("?")
            let seen = try session.waitForFooter("help (\(setup))") { $0.isHelp }
            let rows = seen.components(separatedBy: "\n")
            let words = Words.of(.english)
            for keymap in Keymaps.all {
                let title = keymap.title(in: words)
                XCTAssertTrue(rows.contains(" " + title), "\(setup): help lacks the heading \"\(title)\"")
                for row in keymap.helpRows(in: words) {
                    XCTAssertTrue(rows.contains { $0.contains(row.keys) && $0.contains(row.help) },
                                  "\(setup): help lacks \"\(row.keys)\" \"\(row.help)\"")
                }
            }
            try session.send("Escape")
            try session.waitForFooter("help closed (\(setup))") { $0.shows("About", from: 1) }
        }

        // At 80x24 the help is longer than the screen: G shows its end, and q there quits.
        let session = try start(Setup(), .english)
        let last = try XCTUnwrap(Keymaps.help.helpRows(in: .of(.english)).last)
        try session.send("?")
        try session.waitForFooter("help") { $0.isHelp }
        try session.send("G")
        let bottom = try session.waitFor("the help's last row at the bottom") { screen in
            let row = self.body(screen, height: 24).last ?? ""
            return row.contains(last.keys) && row.contains(last.help)
        }
        XCTAssertTrue(Footer(bottom).isHelp, bottom)
        try session.send("q")
        XCTAssertEqual(session.exitStatus(), 0, "q on the help screen quits")
    }

    /// After a resize every body row is a line of the layout at the new width: nothing
    /// is cut, no Korean syllable is split, and the text is laid out again.
    func testResizeRelayoutsWholeLines() throws {
        let fixture = Fixture.korean
        let session = try start(Setup(), fixture, arguments: "--page career", page: "Career")
        for (width, height) in [(40, 15), (80, 24)] {
            try session.resize(width: width, height: height)
            let margin = width >= 40 ? 1 : 0
            let expected = Set(try fixture.plain(page: "career", width: width - 2 * margin).components(separatedBy: "\n"))
            // The footer says how many rows the frame fills: only a frame drawn for the
            // new size says height - 2, and it is drawn after every body row.
            let screen = try session.waitForFooter("relayout at \(width)x\(height)") { $0.shows("Career", bodyRows: height - 2) }
            let rows = body(screen, height: height)
            XCTAssertEqual(rows.count, height - 2, screen)
            for row in rows {
                XCTAssertLessThanOrEqual(ScreenText.cells(row), width, row)
                if !row.isEmpty {
                    XCTAssertTrue(expected.contains(String(row.dropFirst(margin))), "not a line of the layout at \(width): \(row)")
                }
            }
            XCTAssertTrue(screen.contains(fixture.career), screen)
        }
    }

    /// `c` puts the email on the viewer's clipboard with OSC 52; tmux with
    /// `set-clipboard on` keeps what the program sent in its paste buffer.
    func testCopyEmailReachesTheClipboard() throws {
        let fixture = Fixture.english
        let session = try start(Setup(), fixture)
        try session.command("set-option", "-g", "set-clipboard", "on")
        try session.send("c")
        try session.waitForFooter("the copy confirmed") { $0.text.contains("copied \(fixture.email) to your clipboard") }
        // The program sends OSC 52 after the frame that confirms it: the buffer is the
        // marker to wait for, not the footer.
        var buffer = ""
        let copied = SSHServerHarness.eventually(timeout: 10) {
            buffer = (try? session.command("show-buffer")) ?? ""
            return buffer == fixture.email
        }
        XCTAssertTrue(copied, "the paste buffer holds \(buffer.debugDescription)")
    }

    func testTinyWindowAsksToBeEnlarged() throws {
        let fixture = Fixture.english
        let session = try start(Setup(), fixture)
        try session.resize(width: 15, height: 4)
        try session.waitFor(text: "larger")
        // Keys still work meanwhile; the page they lead to (not the one shown before the
        // window shrank) tells the frame drawn after it grows again.
        try session.send("2")
        try session.resize(width: 80, height: 24)
        let screen = try session.waitForFooter("Career at full size") { $0.shows("Career", bodyRows: 22) }
        XCTAssertTrue(screen.contains(fixture.career), screen)
    }

    func testQuitKeysAndSignalsRestoreTheTerminal() throws {
        let fixture = Fixture.english
        let stty = NSTemporaryDirectory() + "resume-tui-stty-\(UUID().uuidString)"
        defer { try? FileManager.default.removeItem(atPath: stty) }
        let restoreCheck = "; st=$?; stty -a > \(stty); (exit $st)"
        for (setup, key, status) in [(Setup(), "q", Int32(0)), (Setup(term: "vt100"), "C-c", 0), (Setup(lang: "C"), "q", 0)] {
            let session = try start(setup, fixture, after: restoreCheck)
            try session.send(key)
            XCTAssertEqual(session.exitStatus(), status, "\(setup) \(key)")
            let screen = try session.waitFor(text: "[exited]")
            if setup.term == "xterm-256color" {
                XCTAssertFalse(screen.contains(fixture.about), "the alternate screen should be gone: \(screen)")
            }
            let modes = (try? String(contentsOfFile: stty, encoding: .utf8)) ?? ""
            XCTAssertTrue(modes.contains(" icanon") && modes.contains(" echo ") && !modes.contains("-icanon") && !modes.contains("-echo "), modes)
        }
        for (signal, status) in [(SIGTERM, Int32(143)), (SIGHUP, 129)] {
            let session = try start(Setup(), fixture, after: restoreCheck)
            // This session's program and no other: tests may run beside other copies.
            XCTAssertEqual(kill(try session.programPID(), signal), 0)
            XCTAssertEqual(session.exitStatus(), status)
            let modes = (try? String(contentsOfFile: stty, encoding: .utf8)) ?? ""
            XCTAssertTrue(modes.contains(" icanon") && !modes.contains("-echo "), modes)
        }
    }
}

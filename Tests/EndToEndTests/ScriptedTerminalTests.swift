import Foundation
import XCTest

/// The viewer in terminals as they really are (issue 13), played by `ScriptedTerminal`:
/// terminals that draw East Asian Ambiguous characters (• · – → │) two cells wide or one,
/// on light and dark backgrounds, that answer the start-up questions, answer nothing, or
/// answer late; locally and through the real OpenSSH client.
///
/// What "fits" means on every screen: no row wraps (wider than the screen), nothing
/// scrolls (the tab bar stays on row 0), the last cell of the last row is never written
/// (a terminal that measures wider would wrap there and scroll), and on a wide terminal
/// no ambiguous character is drawn at all (its one-cell stand-in is), while a narrow
/// terminal gets the Unicode symbols.
final class ScriptedTerminalTests: XCTestCase {
    static let pages = ["About", "Career", "Talks", "Skills"]

    /// Every page (stepped with → in both cursor-key modes and `l`), the search prompt,
    /// and the help screen, each snapshot taken under the page's name.
    static func everyScreen() -> [ScriptedTerminal.Step] {
        var steps: [ScriptedTerminal.Step] = [.waitFooter("^ \(Footer.tab("About"))  1-"), .snapshot("About")]
        let next = ["\u{1B}[C", "l", "\u{1B}OC"]
        for (index, page) in pages.dropFirst().enumerated() {
            steps += [.send(next[index % next.count]), .waitFooter("^ \(Footer.tab(page))  1-"), .snapshot(page)]
        }
        steps += [.send("/"), .waitFooter("^/"), .snapshot("Search"),
                  .send("\u{1B}"), .waitFooter("^ \(Footer.tab("Skills"))  1-"),
                  .send("?"), .waitFooter("^ (Help|도움말)"), .snapshot("Help")]
        return steps
    }

    /// Runs `everyScreen` and checks each screen fits, for both fixtures.
    private func checkEveryScreen(columns: Int, lines: Int, _ width: ScriptedTerminal.Width,
                                  file: StaticString = #filePath, line: UInt = #line) throws {
        for fixture in Fixture.both {
            let terminal = ScriptedTerminal(command: ScriptedTerminal.viewer(fixture), columns: columns, lines: lines, ambiguous: width)
            let report = try terminal.run(Self.everyScreen(), file: file, line: line)
            try checkFits(report, terminal, fixture, file: file, line: line)
        }
    }

    /// What every run must show: see the type's comment.
    private func checkFits(_ report: ScriptedTerminal.Report, _ terminal: ScriptedTerminal, _ fixture: Fixture,
                           file: StaticString = #filePath, line: UInt = #line) throws {
        let facts = report.facts
        XCTAssertEqual(facts.scrollsFull, 0, "\(terminal): the screen scrolled", file: file, line: line)
        XCTAssertEqual(facts.wraps, 0, "\(terminal): a row was wider than the screen and wrapped", file: file, line: line)
        XCTAssertFalse(facts.lastCellWritten, "\(terminal): the last cell of the last row was written", file: file, line: line)
        for name in Self.pages + ["Search", "Help"] {
            let screen = try report.snapshot(name)
            let context = "\(terminal), \(name):\n\(screen.text)"
            XCTAssertEqual(screen.rows.count, terminal.lines, context, file: file, line: line)
            XCTAssertTrue(screen.rows.first.map { $0.contains(" 1 About ") || $0.contains(" 1 소개 ") } ?? false, "the tab bar is not on row 0: \(context)", file: file, line: line)
            XCTAssertLessThanOrEqual(screen.maxRowWidth, terminal.columns, context, file: file, line: line)
            // Never written, not even by ncurses' insert-character trick for the corner
            // (how it fills that cell on a terminal that would scroll): a blank of the
            // terminal's own colours, where every other cell of the footer has the bar's.
            XCTAssertEqual([screen.lastCell.text, screen.lastCell.bg], [" ", "default"], context, file: file, line: line)
            if Self.pages.contains(name) {
                XCTAssertTrue(screen.shows(fixture.line(on: name)), "\(fixture.line(on: name)) missing: \(context)", file: file, line: line)
            }
            if terminal.ambiguous == .wide {
                XCTAssertEqual(screen.ambiguous, [], "ambiguous characters on a wide terminal: \(context)", file: file, line: line)
            }
        }
        let help = try report.snapshot("Help")
        switch terminal.ambiguous {
        case .wide:
            // The help screen's first key, "→ l Tab", with the arrow's stand-in.
            XCTAssertTrue(help.text.contains("> l Tab"), "\(terminal): \(help.text)", file: file, line: line)
        case .narrow:
            XCTAssertTrue(help.text.contains("→ l Tab"), "\(terminal): \(help.text)", file: file, line: line)
            XCTAssertTrue(help.ambiguous.contains("→"), "\(terminal): \(help.ambiguous)", file: file, line: line)
        }
        if terminal.ambiguous == .narrow, terminal.columns >= 80 {
            // The footer's hints, which fill the row on 80 columns.
            let about = try report.snapshot("About")
            // In the résumé's language: Hangul's two cells each still leave room for both.
            let hints = fixture.name == "김서연" ? "←→ 페이지  ↓↑ 스크롤" : "←→ pages  ↓↑ scroll"
            XCTAssertTrue(about.footer.contains(hints), "\(terminal): \(about.footer)", file: file, line: line)
            XCTAssertTrue(about.rows[0].contains("│"), "\(terminal): \(about.rows[0])", file: file, line: line)
        }
        // The width came from the terminal's answer: no option settled it.
        XCTAssertEqual(facts.cursorQueries, 1, "\(terminal)", file: file, line: line)
    }

    // MARK: - Every screen, both widths, two sizes

    func testEveryScreenFitsAWideTerminalAt80x24() throws {
        try checkEveryScreen(columns: 80, lines: 24, .wide)
    }

    func testEveryScreenFitsAWideTerminalAt40x15() throws {
        try checkEveryScreen(columns: 40, lines: 15, .wide)
    }

    func testEveryScreenFitsANarrowTerminalAt80x24() throws {
        try checkEveryScreen(columns: 80, lines: 24, .narrow)
    }

    func testEveryScreenFitsANarrowTerminalAt40x15() throws {
        try checkEveryScreen(columns: 40, lines: 15, .narrow)
    }

    /// The harness can be trusted to see the fault it looks for: told the terminal is
    /// narrow when it is wide, the viewer writes arrows that take two cells each, and the
    /// full rows (the footer's hints, the help screen's) wrap and scroll the screen.
    func testTheHarnessSeesAWideTerminalGoWrong() throws {
        let terminal = ScriptedTerminal(command: ScriptedTerminal.viewer(.english, ["--ambiguous", "narrow"]), ambiguous: .wide)
        let report = try terminal.run([.waitText("scroll"), .send("?"), .waitText("Esc close")])
        XCTAssertTrue(report.facts.wraps > 0 && report.facts.scrollsFull > 0 && report.facts.lastCellWritten,
                      "a wide terminal given arrows must wrap, scroll and write the last cell: \(report.facts)\n"
                      + report.screen.joined(separator: "\n"))
    }

    func testResizingAWideTerminalKeepsEveryRowInside() throws {
        let terminal = ScriptedTerminal(command: ScriptedTerminal.viewer(.korean, ["--page", "career"]), ambiguous: .wide)
        // Each footer is for the new size only: 22 body rows at 24 lines, 13 at 15, and
        // at 30 lines the whole page (at 98 columns it has fewer lines than 28 rows).
        let report = try terminal.run([
            .waitFooter("^ \(Footer.tab("Career"))  1-22/"), .snapshot("80x24"),
            .resize(columns: 40, lines: 15), .waitFooter("^ \(Footer.tab("Career"))  1-13/"), .snapshot("40x15"),
            .resize(columns: 100, lines: 30), .waitFooter(#"^ (Career|경력)  1-(\d+)/\2 100%"#), .snapshot("100x30"),
        ])
        XCTAssertEqual(report.facts.scrollsFull, 0, "\(report.facts)")
        XCTAssertEqual(report.facts.wraps, 0, "\(report.facts)")
        XCTAssertFalse(report.facts.lastCellWritten)
        for (name, columns) in [("80x24", 80), ("40x15", 40), ("100x30", 100)] {
            let screen = try report.snapshot(name)
            XCTAssertEqual(screen.columns, columns)
            XCTAssertTrue(screen.rows[0].contains(" 1 소개 "), "\(name):\n\(screen.text)")
            XCTAssertLessThanOrEqual(screen.maxRowWidth, columns, "\(name):\n\(screen.text)")
            XCTAssertEqual(screen.ambiguous, [], "\(name):\n\(screen.text)")
            XCTAssertTrue(screen.shows(Fixture.korean.career), "\(name):\n\(screen.text)")
        }
    }

    /// Ctrl-L sends every cell again: junk that reached the terminal behind the
    /// program's back (written into pyte's screen directly) is gone.
    func testCtrlLRepaintsWhatTheTerminalLost() throws {
        let terminal = ScriptedTerminal(command: ScriptedTerminal.viewer(.english), ambiguous: .wide)
        let junk = String(repeating: "#", count: 60)
        let report = try terminal.run([
            .waitFooter("^ \(Footer.tab("About"))  1-"), .snapshot("before"),
            .scribble(row: 0, text: junk), .scribble(row: 3, text: junk), .scribble(row: 23, text: junk),
            .send("\u{0C}"), .waitScreen(equalTo: "before"), .snapshot("after"),
        ])
        let before = try report.snapshot("before"), after = try report.snapshot("after")
        XCTAssertEqual(after.rows, before.rows)
        XCTAssertEqual(after.styles.map { $0.map(\.look) }, before.styles.map { $0.map(\.look) })
        XCTAssertFalse(report.facts.lastCellWritten)
    }

    // MARK: - The background

    /// The look of the name (row 1) and of the headline under it.
    private func nameAndHeadline(_ screen: ScriptedTerminal.Snapshot, _ fixture: Fixture) -> [String] {
        let name = screen.styles[1].first { $0.text.contains(fixture.name) }
        let headline = screen.styles.dropFirst(2).lazy.flatMap { $0 }.first { $0.text.contains(fixture.about) }
        return [name?.look ?? "no name on row 1", headline?.look ?? "no headline"]
    }

    private func firstScreen(_ arguments: [String] = [], answers: ScriptedTerminal.Answers,
                             environment: [String: String] = [:]) throws -> (ScriptedTerminal.Report, ScriptedTerminal.Snapshot) {
        let terminal = ScriptedTerminal(command: ScriptedTerminal.viewer(.english, arguments), ambiguous: .wide,
                                        answers: answers, environment: environment)
        let report = try terminal.run([.waitFooter("^ \(Footer.tab("About"))  1-"), .snapshot("About")])
        return (report, try report.snapshot("About"))
    }

    /// OSC 11 says white: the light theme, as `--theme light` draws it; black: the dark
    /// one. `--theme dark` wins over a white background (and nothing is asked), and so
    /// does NO_COLOR: no colours at all.
    func testTheBackgroundChoosesTheTheme() throws {
        let fixture = Fixture.english
        let (lightReport, light) = try firstScreen(answers: .init(background: ScriptedTerminal.Answers.white))
        let (_, lightReference) = try firstScreen(["--theme", "light"], answers: .all)
        let (_, dark) = try firstScreen(answers: .init(background: ScriptedTerminal.Answers.black))
        let (_, darkReference) = try firstScreen(["--theme", "dark"], answers: .all)
        let (forcedReport, forcedDark) = try firstScreen(["--theme", "dark"], answers: .init(background: ScriptedTerminal.Answers.white))
        let (noColorReport, noColor) = try firstScreen(answers: .init(background: ScriptedTerminal.Answers.white),
                                                       environment: ["NO_COLOR": "1"])

        XCTAssertEqual(lightReport.facts.backgroundQueries, 1)
        XCTAssertEqual(nameAndHeadline(light, fixture), nameAndHeadline(lightReference, fixture))
        XCTAssertEqual(light.styles[0].map(\.look), lightReference.styles[0].map(\.look), "the tab bar")
        XCTAssertEqual(nameAndHeadline(dark, fixture), nameAndHeadline(darkReference, fixture))
        XCTAssertNotEqual(nameAndHeadline(light, fixture), nameAndHeadline(dark, fixture))
        XCTAssertNotNil(light.styles[1].first { $0.text.contains(fixture.name) }?.fg256, "the name has a 256-colour foreground")

        XCTAssertEqual(forcedReport.facts.backgroundQueries, 0, "--theme settles it: nothing to ask")
        XCTAssertEqual(nameAndHeadline(forcedDark, fixture), nameAndHeadline(darkReference, fixture))

        XCTAssertEqual(noColorReport.facts.backgroundQueries, 0, "NO_COLOR settles it: nothing to ask")
        let coloured = noColor.styles.joined().filter { $0.fg != "default" || $0.bg != "default" }
        XCTAssertEqual(coloured.map(\.text), [], "NO_COLOR, yet coloured:\n\(noColor.text)")
        XCTAssertTrue(noColor.styles[1].contains { $0.text.contains(fixture.name) && $0.bold }, "the name is still set apart")
    }

    // MARK: - Terminals that answer nothing, or late

    /// A terminal that answers nothing costs the bounded wait (500 ms) once, and is
    /// taken as narrow: the footer's arrows are the Unicode ones.
    func testASilentTerminalStartsWithinTheWaitAndIsNarrow() throws {
        let terminal = ScriptedTerminal(command: ScriptedTerminal.viewer(.english), answers: .none)
        let report = try terminal.run([.waitFooter("^ \(Footer.tab("About"))  1-"), .snapshot("About")])
        let started = try XCTUnwrap(report.waits.first).atMs
        // At least the wait: it did ask, and waited for the answers.
        XCTAssertGreaterThanOrEqual(started, 450)
        XCTAssertLessThan(started, 5000, "the wait is bounded")
        XCTAssertEqual([report.facts.cursorQueries, report.facts.deviceQueries, report.facts.backgroundQueries], [1, 1, 1])
        let footer = try report.snapshot("About").footer
        XCTAssertTrue(footer.contains("←→ pages"), footer)
    }

    /// The background answer arrives 700 ms after the question, when the program has
    /// long stopped waiting: `ESC ] 11 ; rgb:ffff/ffff/ffff ESC \` read as keys would be
    /// Esc, `]` (next entry), `1` (page one), `b` (page up), `f` (page down)… It must
    /// change nothing: the next key typed (`j`) is the first thing that moves.
    func testALateAnswerIsNotTakenAsKeys() throws {
        let terminal = ScriptedTerminal(command: ScriptedTerminal.viewer(.english, ["--page", "career"]),
                                        answers: .init(background: ScriptedTerminal.Answers.white, backgroundDelay: 700))
        let report = try terminal.run(Self.lateAnswerSteps)
        try checkLateAnswer(report)
    }

    static let lateAnswerSteps: [ScriptedTerminal.Step] = [
        .waitFooter("^ \(Footer.tab("Career"))  1-"), .snapshot("before"), .waitLateBackgroundAnswer,
        // Any footer but the first: after `j`, or sooner if the answer were taken as keys.
        .send("j"), .waitFooter("^(?! \(Footer.tab("Career"))  1-)"), .snapshot("after"),
    ]

    private func checkLateAnswer(_ report: ScriptedTerminal.Report, file: StaticString = #filePath, line: UInt = #line) throws {
        let before = try report.snapshot("before"), after = try report.snapshot("after")
        XCTAssertNotNil(report.facts.answersSent["background"], file: file, line: line)
        XCTAssertTrue(after.footer.hasPrefix(" Career  2-") || after.footer.hasPrefix(" 경력  2-"), "only j moved: \(after.footer)", file: file, line: line)
        XCTAssertFalse(after.text.contains("rgb") || after.text.contains("11;"), after.text, file: file, line: line)
        // The theme stays the one the first frame had (the dark default: the answer came too late).
        XCTAssertEqual(after.styles[0].map(\.look), before.styles[0].map(\.look), file: file, line: line)
    }

    // MARK: - Over SSH

    /// `ssh -tt` in the scripted terminal: the server's session asks the same questions
    /// through the SSH channel, and the client carries the answers back.
    private func overSSH(_ server: SSHServerHarness, columns: Int = 80, lines: Int = 24, _ width: ScriptedTerminal.Width,
                         answers: ScriptedTerminal.Answers = .all, page: String? = nil) -> ScriptedTerminal {
        ScriptedTerminal(command: ["/usr/bin/ssh", "-tt"] + server.sshOptions + ["127.0.0.1"] + (page.map { [$0] } ?? []),
                         columns: columns, lines: lines, ambiguous: width, answers: answers)
    }

    func testAWideLightTerminalOverSSHAt80x24() throws {
        let fixture = Fixture.english
        let server = try SSHServerHarness(resume: fixture)
        let terminal = overSSH(server, .wide, answers: .init(background: ScriptedTerminal.Answers.white))
        let report = try terminal.run(Self.everyScreen())
        try checkFits(report, terminal, fixture)
        XCTAssertEqual(report.facts.backgroundQueries, 1)
        let (_, lightReference) = try firstScreen(["--theme", "light"], answers: .all)
        XCTAssertEqual(nameAndHeadline(try report.snapshot("About"), fixture), nameAndHeadline(lightReference, fixture))
    }

    func testAWideTerminalOverSSHAt40x15() throws {
        let fixture = Fixture.korean
        let server = try SSHServerHarness(resume: fixture)
        let terminal = overSSH(server, columns: 40, lines: 15, .wide)
        try checkFits(try terminal.run(Self.everyScreen()), terminal, fixture)
    }

    /// Over SSH the wait is longer (an ocean's round trip must fit) but still bounded.
    func testASilentTerminalOverSSHStartsWithinTheWaitAndIsNarrow() throws {
        let server = try SSHServerHarness(resume: .english)
        let report = try overSSH(server, .narrow, answers: .none).run([.waitFooter("^ About  1-", timeout: 15), .snapshot("About")])
        XCTAssertLessThan(try XCTUnwrap(report.waits.first).atMs, 8000, "the wait is bounded")
        let footer = try report.snapshot("About").footer
        XCTAssertTrue(footer.contains("←→ pages"), footer)
    }

    func testALateAnswerOverSSHIsNotTakenAsKeys() throws {
        let server = try SSHServerHarness(resume: .english)
        let report = try overSSH(server, .narrow, answers: .init(background: ScriptedTerminal.Answers.white, backgroundDelay: 700),
                                 page: "career").run(Self.lateAnswerSteps)
        try checkLateAnswer(report)
    }
}

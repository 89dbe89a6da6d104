import Foundation
import XCTest

/// The keys terminals really send, as raw bytes through tmux (`send-keys -H`), and the
/// screen after what terminals really do: junk written behind the program's back, a
/// window resized, an answer that comes late. Waits are for footers (see `Footer`) or
/// for the exact screen expected; the timeouts only bound them.
final class TerminalKeysTests: XCTestCase {
    /// Sends `text` as the bytes a terminal would send, bypassing tmux's key names.
    private func sendRaw(_ session: TmuxSession, _ text: String) throws {
        try TmuxSession.tmux(session.socket, ["send-keys", "-t", session.name, "-H"] + text.utf8.map { String(format: "%02x", $0) })
    }

    private func pane(_ session: TmuxSession, _ format: String) throws -> String {
        try session.command("display-message", "-p", "-t", session.name, format).trimmingCharacters(in: .whitespacesAndNewlines)
    }

    /// `ESC [ C` (normal cursor keys) and `ESC O C` (application mode, what keypad mode
    /// asks for) are both →; the same for ←. Web and embedded terminals send either.
    func testArrowsInBothCursorKeyModesTurnPages() throws {
        let session = try TmuxSession.viewer(.english)
        let steps = [("\u{1B}[C", "Career"), ("\u{1B}OC", "Talks"), ("\u{1B}[D", "Career"), ("\u{1B}OD", "About")]
        for (keys, page) in steps {
            try sendRaw(session, keys)
            try session.waitForFooter("\(page) after \(keys.debugDescription)") { $0.shows(page, from: 1) }
        }
    }

    /// Home and End as xterm (`ESC [ H/F`, `ESC O H/F`), the Linux console and screen
    /// (`ESC [ 1~/4~`) and rxvt (`ESC [ 7~/8~`) send them.
    func testHomeAndEndInEveryForm() throws {
        // 12 rows: the Career page (24 lines) scrolls by 14.
        let session = try TmuxSession.viewer(.english, arguments: "--page career", page: "Career", height: 12)
        let pairs = [("\u{1B}[H", "\u{1B}[F"), ("\u{1B}OH", "\u{1B}OF"), ("\u{1B}[1~", "\u{1B}[4~"), ("\u{1B}[7~", "\u{1B}[8~")]
        for (home, end) in pairs {
            try sendRaw(session, end)
            try session.waitForFooter("the bottom after \(end.debugDescription)") { footer in
                footer.position.map { $0.page == "Career" && $0.first > 1 && $0.last == $0.count } ?? false
            }
            try sendRaw(session, home)
            try session.waitForFooter("the top after \(home.debugDescription)") { $0.shows("Career", from: 1) }
        }
    }

    /// Junk reaches the terminal behind the program's back (written to the pane's tty,
    /// as `wall` or a background job would): ncurses can't know, and Ctrl-L gives the
    /// screen back exactly, colours included.
    func testCtrlLRepaintsAfterJunkOnTheTerminal() throws {
        let session = try TmuxSession.viewer(.english, arguments: "--page career", page: "Career")
        let before = try session.screen(), beforeStyled = try session.screenWithAttributes()
        let tty = try pane(session, "#{pane_tty}")
        let fd = open(tty, O_WRONLY | O_NOCTTY)
        guard fd >= 0 else { throw HarnessError("cannot open \(tty): \(String(cString: strerror(errno)))") }
        let junk = "\u{1B}[0m\u{1B}[2J\u{1B}[5;10HJUNK-MARKER\u{1B}[1;1Hxxxxxxxx\u{1B}[24;1Hyyyyyyyy"
        _ = junk.utf8CString.withUnsafeBufferPointer { write(fd, $0.baseAddress, $0.count - 1) }
        close(fd)
        try session.waitFor(text: "JUNK-MARKER")
        try session.send("C-l")
        try session.waitFor("the screen as it was before the junk") { $0 == before }
        try session.waitFor("the colours as they were before the junk") { _ in (try? session.screenWithAttributes()) == beforeStyled }
    }

    /// After a resize the screen is what a fresh start at the new size shows, on the same
    /// page at the same line: every cell, colours included.
    func testResizeDrawsWhatAFreshStartDraws() throws {
        let session = try TmuxSession.viewer(.english)
        try session.send("l")
        try session.waitForFooter("Career") { $0.shows("Career", from: 1) }
        // Career has 24 lines: at 24 rows it scrolls by 2.
        try session.send("j", "j")
        try session.waitForFooter("Career from line 3") { $0.shows("Career", from: 3) }
        try session.resize(width: 100, height: 30)
        let resized = try session.waitForFooter("Career relaid at 100x30") { $0.shows("Career", bodyRows: 28) }
        let first = try XCTUnwrap(Footer(resized).position).first

        let fresh = try TmuxSession.viewer(.english, arguments: "--page career", page: "Career", width: 100, height: 30)
        if first > 1 {
            try fresh.send(contentsOf: Array(repeating: "j", count: first - 1))
            try fresh.waitForFooter("Career from line \(first)") { $0.shows("Career", from: first) }
        }
        let expected = try fresh.screen(), expectedStyled = try fresh.screenWithAttributes()
        try session.waitFor("the resized screen equal to a fresh one at 100x30:\n\(expected)") { $0 == expected }
        try session.waitFor("the resized colours equal to a fresh start's") { _ in (try? session.screenWithAttributes()) == expectedStyled }
    }

    /// Start-up answers that come after the program stopped waiting (a slow link): each
    /// is read whole and dropped, never as keys (Esc, `]`, `1`, `b`, `f`…). The next key
    /// typed, `j`, is the first thing that moves the screen.
    func testLateAnswersTypedIntoTheTerminalAreNotKeys() throws {
        let session = try TmuxSession.viewer(.english, arguments: "--page career", page: "Career")
        let tabBar = try session.screenWithAttributes().components(separatedBy: "\n").first
        let answers = ["\u{1B}]11;rgb:ffff/ffff/ffff\u{1B}\\", "\u{1B}]11;rgb:0000/0000/0000\u{07}", "\u{1B}[24;3R", "\u{1B}[?62;22c"]
        for answer in answers {
            try sendRaw(session, answer)
        }
        try session.send("j")
        let screen = try session.waitForFooter("any change") { !$0.shows("Career", from: 1) }
        XCTAssertTrue(Footer(screen).shows("Career", from: 2), "only j moved the screen:\n\(screen)")
        XCTAssertFalse(screen.contains("rgb") || screen.contains("62;22"), screen)
        XCTAssertEqual(try session.screenWithAttributes().components(separatedBy: "\n").first, tabBar, "the theme did not change")
    }
}

private extension TmuxSession {
    /// Types several tmux keys in one command.
    func send(contentsOf keys: [String]) throws {
        try TmuxSession.tmux(socket, ["send-keys", "-t", name] + keys)
    }
}

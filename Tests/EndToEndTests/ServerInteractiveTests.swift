import Foundation
import XCTest

/// The headline use, end to end: a visitor types `ssh -p PORT host` in a terminal and
/// browses the real UI, exactly as locally. Waits are for footers, as in
/// `InteractiveTests` (see `Footer`).
final class ServerInteractiveTests: XCTestCase {
    /// An ssh session in tmux, returned once the first frame of `page` is whole.
    private func visit(_ server: SSHServerHarness, width: Int = 80, height: Int = 24, command: String = "",
                       page: String = "About") throws -> TmuxSession {
        let session = try TmuxSession("\(server.sshCommandLine) -tt 127.0.0.1 \(command)", width: width, height: height)
        try session.waitForFooter("\(page) at its top") { $0.shows(page, from: 1) }
        return session
    }

    func testBrowseSearchResizeAndQuitOverSSH() throws {
        let fixture = Fixture.korean, initials = InteractiveTests.initials
        let server = try SSHServerHarness(resume: fixture)
        let session = try visit(server)
        XCTAssertTrue(try session.screen().contains(fixture.about))
        try session.send("Tab")
        try session.waitForFooter("Career") { $0.page == "Career" }
        try session.send("/")
        try session.send(initials, literal: true)
        try session.send("Enter")
        let total = try fixture.occurrences(of: InteractiveTests.word, width: 78)
        try session.waitForFooter("the first match") { $0.counts(initials, 1, of: total) }
        // The window change reaches the UI, which lays the page out again at 50 columns.
        // The match counter was there before the resize too: what only the new frame
        // says is that it fills 18 body rows (it filled 22), and it draws that last.
        try session.resize(width: 50, height: 20)
        let narrow = try session.waitForFooter("relayout at 50x20") { $0.shows("Career", bodyRows: 18) && $0.counts(initials, 1, of: total) }
        for row in narrow.components(separatedBy: "\n") {
            XCTAssertLessThanOrEqual(ScreenText.cells(row), 50, row)
        }
        XCTAssertTrue(narrow.contains(InteractiveTests.word), "the current match stays in view:\n\(narrow)")
        try session.send("q")
        XCTAssertEqual(session.exitStatus(), 0)
        XCTAssertTrue(SSHServerHarness.eventually(timeout: 5) { server.log.contains("ended") || server.log.contains("end") }, server.log)
    }

    func testTwoVisitorsDoNotSeeEachOthersKeys() throws {
        let fixture = Fixture.english
        let server = try SSHServerHarness(resume: fixture)
        let first = try visit(server)
        let second = try visit(server, width: 100, height: 30)
        try first.send("3")
        try first.waitForFooter("Talks") { $0.page == "Talks" }
        try second.send("4")
        try second.waitForFooter("Skills") { $0.page == "Skills" }
        XCTAssertFalse(try first.screen().contains(fixture.skills))
        XCTAssertFalse(try second.screen().contains(fixture.talks))
        try first.send("q")
        XCTAssertEqual(first.exitStatus(), 0)
        // The second visitor still has a working session of their own.
        try second.send("2")
        try second.waitForFooter("Career") { $0.page == "Career" }
        try second.send("q")
        XCTAssertEqual(second.exitStatus(), 0)
    }

    /// SSH lets a client say any window size. A session's screen is capped at 100,000
    /// cells (`WindowSize.maximumCells`): a 1000x1000 window cost the host 80 MiB a
    /// session before, against the 2.3 MiB the capacity counts. It keeps its width and is
    /// drawn in its top 100 rows.
    func testAHugeWindowIsDrawnInItsTopRowsAndCostsAFewMegabytes() throws {
        let server = try SSHServerHarness(resume: .english)
        let session = try visit(server, width: 1000, height: 1000)
        let rows = try session.screen().components(separatedBy: "\n")
        XCTAssertEqual(rows.lastIndex { !$0.isEmpty }, 99, "the footer on the 100th row")
        XCTAssertTrue(rows[0].contains(Fixture.english.name), rows[0])
        let sessions = server.children()
        XCTAssertFalse(sessions.isEmpty)
        for pid in sessions {
            let kib = try XCTUnwrap(Self.privateDirtyKiB(pid))
            XCTAssertLessThan(kib, 32 * 1024, "session \(pid): \(kib) KiB of its own")
        }
        try session.send("q")
        XCTAssertEqual(session.exitStatus(), 0)
    }

    /// Memory a process has written and shares with no one, from /proc/PID/smaps_rollup.
    private static func privateDirtyKiB(_ pid: pid_t) -> Int? {
        guard let text = try? String(contentsOfFile: "/proc/\(pid)/smaps_rollup", encoding: .utf8),
              let line = text.split(separator: "\n").first(where: { $0.hasPrefix("Private_Dirty:") }) else { return nil }
        return line.split(separator: " ").compactMap { Int($0) }.first
    }

    func testHTMLOverSSHIsTheLocalExport() throws {
        let fixture = Fixture.korean
        let server = try SSHServerHarness(resume: fixture)
        let remote = try server.ssh(["-T"], command: ["html"])
        XCTAssertEqual(remote.status, 0, remote.stderr)
        XCTAssertEqual(remote.stdout, try Binary.run(["export", "--format", "html", "--file", fixture.path]).stdout)
        XCTAssertTrue(remote.stdout.contains("<h1>\(fixture.name)</h1>"))
    }

    func testTourOverSSH() throws {
        let server = try SSHServerHarness(resume: .english)
        let session = try TmuxSession("\(server.sshCommandLine) -tt 127.0.0.1 tour", width: 80, height: 24)
        try session.waitFor(text: "any key takes over")
        try session.send("x")
        // The words of a key taking over, not those of a tour that ended by itself.
        try session.waitForFooter("the controls handed over") { $0.text.contains("you have the controls: ? shows the keys") }
        try session.send("q")
        XCTAssertEqual(session.exitStatus(), 0)
    }
}

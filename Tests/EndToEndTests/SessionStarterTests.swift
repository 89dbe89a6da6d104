import Foundation
import XCTest

/// `resume-tui serve` forks each session from its session starter (a started copy of the
/// binary) instead of spawning the binary afresh. These tests hold what a visitor and an
/// owner rely on through that: the session is the server's own child, in its own process
/// group, gone when the visitor leaves; a starter that dies costs nobody a session and is
/// replaced; the starter ends with the server; and `--exec-sessions` spawns every session afresh.
final class SessionStarterTests: XCTestCase {
    /// The first screen is up: the footer shows the About page's position.
    private func painted(_ tmux: SSHTmux) -> Bool {
        SSHServerHarness.eventually(timeout: 10) { Footer((try? tmux.screen()) ?? "").shows("About", from: 1) }
    }

    /// The command line /proc shows for `pid`, its arguments joined by spaces.
    private func commandLine(of pid: pid_t) -> String {
        let data = FileManager.default.contents(atPath: "/proc/\(pid)/cmdline") ?? Data()
        return data.split(separator: 0).map { String(decoding: $0, as: UTF8.self) }.joined(separator: " ")
    }

    func testASessionIsForkedByTheStarterAndIsTheServersOwnChild() throws {
        let server = try SSHServerHarness()
        XCTAssertTrue(server.banner.contains { $0.hasPrefix("sessions: forked from a session starter") }, "\(server.banner)")
        let starter = try XCTUnwrap(server.starter(), "the starter runs beside the server")
        let tmux = try SSHTmux("\(server.sshCommandLine) -tt 127.0.0.1", width: 80, height: 24)
        XCTAssertTrue(painted(tmux), (try? tmux.screen()) ?? "")
        let session = try XCTUnwrap(server.children().first)
        let family = SSHServerHarness.processes().first { $0.pid == session }
        XCTAssertEqual(family?.parent, server.pid, "adopted by the server, which reaps it")
        XCTAssertEqual(family?.group, session, "its own process group, so a hang-up reaches all of it")
        XCTAssertEqual(family?.name, "resume-tui")
        XCTAssertTrue(commandLine(of: session).hasSuffix(SessionStarterCommand.name), "forked, not exec'd: \(commandLine(of: session))")
        try tmux.send("q")
        XCTAssertEqual(tmux.exitStatus(timeout: 10), 0)
        XCTAssertTrue(SSHServerHarness.eventually(timeout: 5) { server.children().isEmpty }, "the session is reaped")
        XCTAssertTrue(server.log.contains("ended=exit 0"), server.log)
        XCTAssertEqual(server.starter(), starter, "the starter stays for the next visitor")
    }

    func testAStarterThatDiesCostsNobodyASession() throws {
        let server = try SSHServerHarness()
        let starter = try XCTUnwrap(server.starter())
        kill(starter, SIGKILL)
        // The next visitor finds it gone: the server says so, reaps it, and spawns the session itself.
        let tmux = try SSHTmux("\(server.sshCommandLine) -tt 127.0.0.1", width: 80, height: 24)
        XCTAssertTrue(painted(tmux), (try? tmux.screen()) ?? "")
        XCTAssertTrue(server.log.contains("session starter failed"), server.log)
        XCTAssertFalse(SSHServerHarness.processes().contains { $0.pid == starter }, "no zombie starter left")
        let session = try XCTUnwrap(server.children().first)
        XCTAssertTrue(commandLine(of: session).contains("show --answer-wait"), "spawned afresh: \(commandLine(of: session))")
        try tmux.send("q")
        XCTAssertEqual(tmux.exitStatus(timeout: 10), 0)
        let plain = try server.ssh(["-T"], command: ["plain"])
        XCTAssertEqual(plain.status, 0)
        XCTAssertTrue(plain.stdout.contains(Fixture.english.name), "and every visitor after: \(plain.stdout)")
        // A second after the failure a new starter takes over, and sessions are forked again.
        XCTAssertTrue(SSHServerHarness.eventually(timeout: 15) { server.log.contains("session starter restarted") }, server.log)
        let restarted = try XCTUnwrap(server.starter(), "a new starter runs beside the server")
        XCTAssertNotEqual(restarted, starter)
        XCTAssertTrue(SSHServerHarness.eventually(timeout: 5) { server.children().isEmpty }, "the earlier sessions are reaped")
        let next = try SSHTmux("\(server.sshCommandLine) -tt 127.0.0.1", width: 80, height: 24)
        XCTAssertTrue(painted(next), (try? next.screen()) ?? "")
        let forked = try XCTUnwrap(server.children().first)
        XCTAssertTrue(commandLine(of: forked).hasSuffix(SessionStarterCommand.name), "forked again: \(commandLine(of: forked))")
        try next.send("q")
        XCTAssertEqual(next.exitStatus(timeout: 10), 0)
    }

    func testTheStarterEndsWithTheServer() throws {
        let server = try SSHServerHarness()
        let starter = try XCTUnwrap(server.starter())
        XCTAssertEqual(server.terminate(timeout: 10), 0, server.log)
        XCTAssertTrue(SSHServerHarness.eventually(timeout: 3) {
            !SSHServerHarness.processes().contains { $0.pid == starter }
        }, "the starter outlived the server")
    }

    func testExecSessionsSpawnsEverySessionAfresh() throws {
        let server = try SSHServerHarness(arguments: ["--exec-sessions"])
        XCTAssertNil(server.starter())
        XCTAssertFalse(server.banner.contains { $0.hasPrefix("sessions: forked") }, "\(server.banner)")
        let tmux = try SSHTmux("\(server.sshCommandLine) -tt 127.0.0.1", width: 80, height: 24)
        XCTAssertTrue(painted(tmux), (try? tmux.screen()) ?? "")
        let session = try XCTUnwrap(server.children().first)
        XCTAssertTrue(commandLine(of: session).contains("show --answer-wait"), commandLine(of: session))
        try tmux.send("q")
        XCTAssertEqual(tmux.exitStatus(timeout: 10), 0)
    }

    func testTheStarterIsNotForPeopleToRun() throws {
        let result = try Binary.run([SessionStarterCommand.name])
        XCTAssertEqual(result.status, 2)
        XCTAssertTrue(result.stderr.contains("is started by `resume-tui serve`"), result.stderr)
    }
}

/// The hidden command, as the server spawns it (`SessionStarter.command`).
private enum SessionStarterCommand {
    static let name = "session-starter"
}

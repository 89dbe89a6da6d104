@testable import ResumeServer
import XCTest

/// From the accepted command to a running child, or to an answer without one.
final class SessionStartTests: XCTestCase {
    func testAStartedChildRunsWithItsLogLineAndItsTimers() {
        var machine = Machine.starting(terminal: xterm)
        XCTAssertEqual(machine.feed(.started), [.log(.started(.show(page: nil), terminal: xterm)), .startTimers])
        guard case .running(let running) = machine.state else { return XCTFail("\(machine.state)") }
        XCTAssertEqual(running.terminal, xterm)
        XCTAssertEqual(running.openOutputs, [.output], "a pty is one output")
        XCTAssertNil(running.ending)
    }

    func testAChildOnPipesHasTwoOutputsToWaitFor() {
        var machine = Machine.starting()
        _ = machine.feed(.started)
        guard case .running(let running) = machine.state else { return XCTFail("\(machine.state)") }
        XCTAssertEqual(running.openOutputs, [.output, .errors])
    }

    func testBusyIsOneLineOnStderrStatus1AndTheConnectionCloses() {
        var machine = Machine.starting()
        XCTAssertEqual(machine.feed(.startRefused(.busy)), [
            .say("resume-tui: busy, try again in a minute\n", onErrors: true),
            .sendExit(.exited(1), closeConnection: true),
            .log(.answered(terminal: nil, how: "busy")),
        ])
        XCTAssertEqual(machine.state.name, "closed")
    }

    func testBusyOnAPtyEndsItsLineWithCRLF() {
        var machine = Machine.starting(terminal: xterm)
        XCTAssertEqual(machine.feed(.startRefused(.busy)).first,
                       .say("resume-tui: busy, try again in a minute\r\n", onErrors: true))
    }

    func testAFailedSpawnSaysSoWithStatus1AndKeepsTheConnection() {
        var machine = Machine.starting()
        XCTAssertEqual(machine.feed(.startRefused(.spawnFailed)), [
            .say("resume-tui: could not start the session\n", onErrors: true),
            .sendExit(.exited(1), closeConnection: false),
            .log(.answered(terminal: nil, how: "spawn failed")),
        ])
    }

    func testACommandWithoutAProgramGetsUsage() {
        var machine = Machine.starting()
        XCTAssertEqual(machine.feed(.startRefused(.noInvocation)), [
            .say(SessionCommand.usage, onErrors: true),
            .sendExit(.exited(2), closeConnection: false),
            .log(.answered(terminal: nil, how: "unknown command")),
        ])
    }

    func testAChildStartedAfterTheVisitorLeftIsReleasedAtOnce() {
        var machine = Machine.starting()
        XCTAssertEqual(machine.feed(.channelClosed), [])
        XCTAssertEqual(machine.feed(.started), [.release(abandonChild: true), .log(.ended(terminal: nil, how: "visitor left"))])
        XCTAssertEqual(machine.state.name, "closed")

        var refused = Machine.starting()
        _ = refused.feed(.channelClosed)
        XCTAssertEqual(refused.feed(.startRefused(.busy)), [], "no one left to tell")
    }

    // MARK: - Window size before and after the start

    func testAWindowChangeBeforeTheStartSizesThePtyTheChildStartsOn() {
        var machine = Machine.waiting(terminal: xterm)
        let bigger = WindowSize(columns: 120, rows: 40)
        XCTAssertEqual(machine.feed(.windowChange(bigger)), [])
        let actions = machine.feed(.shell(wantReply: true))
        XCTAssertEqual(actions.last, .start(.show(page: nil), terminal: TerminalRequest(term: xterm.term, size: bigger)))
    }

    func testAWindowChangeWithoutAPtyMeansNothing() {
        var machine = Machine.waiting()
        XCTAssertEqual(machine.feed(.windowChange(WindowSize(columns: 120, rows: 40))), [])
        XCTAssertEqual(machine.feed(.shell(wantReply: true)).last, .start(.show(page: nil), terminal: nil))
        _ = machine.feed(.started)
        XCTAssertEqual(machine.feed(.windowChange(WindowSize(columns: 50, rows: 20))), [], "no pty to resize")
    }

    func testAWindowChangeAfterTheStartResizesThePtyUntilTheChildIsGone() {
        let size = WindowSize(columns: 90, rows: 20)
        var machine = Machine.running(terminal: xterm)
        XCTAssertEqual(machine.feed(.windowChange(size)), [.resizeTerminal(size)])
        var notReady = Machine.running(terminal: xterm, inputReady: false)
        XCTAssertEqual(notReady.feed(.windowChange(size)), [.resizeTerminal(size)], "the pty exists before its relay")
        var draining = Machine.draining(terminal: xterm)
        XCTAssertEqual(draining.feed(.windowChange(size)), [])
        var closed = Machine.closed()
        XCTAssertEqual(closed.feed(.windowChange(size)), [])
    }
}

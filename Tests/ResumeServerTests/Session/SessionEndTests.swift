@testable import ResumeServer
import XCTest

/// How a session ends: the child's output, its exit, exit-status after the last output,
/// the server's timeouts with their farewells, and the visitor leaving.
final class SessionEndTests: XCTestCase {
    // MARK: - Output and exit-status

    func testOutputFlowsToTheVisitorOnItsStream() {
        var machine = Machine.running()
        XCTAssertEqual(machine.feed(.childOutput("résumé", .output)), [.sendToVisitor("résumé", .output)])
        XCTAssertEqual(machine.feed(.childOutput("warning", .errors)), [.sendToVisitor("warning", .errors)])
    }

    func testExitStatusWaitsForTheLastOutput() {
        var machine = Machine.running()
        XCTAssertEqual(machine.feed(.childExited(.exited(0))), [.scheduleDrainLimit])
        XCTAssertEqual(machine.feed(.childOutput("tail", .output)), [.sendToVisitor("tail", .output)],
                       "output after the exit still reaches the visitor")
        XCTAssertEqual(machine.feed(.childOutputEnded(.output)), [], "stderr is still open")
        XCTAssertEqual(machine.feed(.childOutput("last words", .errors)), [.sendToVisitor("last words", .errors)])
        XCTAssertEqual(machine.feed(.childOutputEnded(.errors)), [
            .release(abandonChild: false),
            .sendExit(.exited(0), closeConnection: false),
            .log(.ended(terminal: nil, how: "exit 0")),
        ])
        XCTAssertEqual(machine.feed(.childOutput("too late", .output)), [], "nothing after exit-status")
        XCTAssertEqual(machine.feed(.drainTimeLimit), [], "the limit finds it finished")
    }

    func testOutputsThatEndedBeforeTheExitLetExitStatusGoAtOnce() {
        var machine = Machine.running(terminal: xterm)
        XCTAssertEqual(machine.feed(.childOutputEnded(.output)), [])
        XCTAssertEqual(machine.state.name, "running", "the exit is still to come")
        XCTAssertEqual(machine.feed(.childExited(.signaled(SIGSEGV))), [
            .release(abandonChild: false),
            .sendExit(.signaled(SIGSEGV), closeConnection: false),
            .log(.ended(terminal: xterm, how: "signal SEGV")),
        ])
    }

    func testAnOutputHeldOpenByAGrandchildEndsAtTheDrainLimit() {
        var machine = Machine.draining(exit: .exited(3))
        _ = machine.feed(.childOutputEnded(.errors))
        XCTAssertEqual(machine.feed(.drainTimeLimit), [
            .release(abandonChild: false),
            .sendExit(.exited(3), closeConnection: false),
            .log(.ended(terminal: nil, how: "exit 3")),
        ])
    }

    // MARK: - The server ends it

    func testIdleHangsUpTheChildAndItsExitSaysGoodbyeAfterTheUIRestoredTheTerminal() {
        var machine = Machine.running(terminal: xterm)
        XCTAssertEqual(machine.feed(.idleTimeout(seconds: 600)), [.hangUpChild])
        XCTAssertEqual(machine.feed(.sessionTooLong(seconds: 3600)), [], "the first reason stands")
        XCTAssertEqual(machine.feed(.idleTimeout(seconds: 600)), [], "hung up once")
        XCTAssertEqual(machine.feed(.childOutput("\u{1B}[?1049l", .output)), [.sendToVisitor("\u{1B}[?1049l", .output)])
        XCTAssertEqual(machine.feed(.childExited(.signaled(SIGHUP))), [.scheduleDrainLimit])
        XCTAssertEqual(machine.feed(.childOutputEnded(.output)), [
            .release(abandonChild: false),
            .say("resume-tui: no input for 10 minutes; goodbye.\r\n", onErrors: true),
            .sendExit(.signaled(SIGHUP), closeConnection: false),
            .log(.ended(terminal: xterm, how: "idle timeout")),
        ])
    }

    func testTooLongSaysSoWithPlainNewlinesWithoutAPty() {
        var machine = Machine.running()
        XCTAssertEqual(machine.feed(.sessionTooLong(seconds: 1)), [.hangUpChild])
        _ = machine.feed(.childOutputEnded(.output))
        _ = machine.feed(.childOutputEnded(.errors))
        XCTAssertEqual(machine.feed(.childExited(.signaled(SIGHUP))), [
            .release(abandonChild: false),
            .say("resume-tui: sessions last at most 1 seconds; goodbye.\n", onErrors: true),
            .sendExit(.signaled(SIGHUP), closeConnection: false),
            .log(.ended(terminal: nil, how: "max duration")),
        ])
    }

    func testATimeoutAfterTheChildExitedChangesNothing() {
        var draining = Machine.draining()
        XCTAssertEqual(draining.feed(.idleTimeout(seconds: 1)), [])
        XCTAssertEqual(draining.feed(.drainTimeLimit).contains { if case .say = $0 { return true } else { return false } },
                       false, "no farewell for a child that ended on its own")
        var closed = Machine.closed()
        XCTAssertEqual(closed.feed(.sessionTooLong(seconds: 1)), [])
    }

    // MARK: - The visitor leaves

    func testAVisitorLeavingARunningSessionAbandonsTheChild() {
        var machine = Machine.running(terminal: xterm)
        XCTAssertEqual(machine.feed(.channelClosed), [
            .release(abandonChild: true),
            .log(.ended(terminal: xterm, how: "visitor left")),
        ])
        XCTAssertEqual(machine.feed(.childOutputEnded(.output)), [], "the relays report their end late")
        XCTAssertEqual(machine.feed(.childExited(.signaled(SIGHUP))), [], "and the exit too")
        XCTAssertEqual(machine.feed(.channelClosed), [], "once")
    }

    func testTheLogKeepsTheServersReasonWhenTheVisitorLeavesDuringTheEnd() {
        var machine = Machine.running()
        _ = machine.feed(.idleTimeout(seconds: 5))
        XCTAssertEqual(machine.feed(.channelClosed).last, .log(.ended(terminal: nil, how: "idle timeout")))

        var draining = Machine.draining()
        XCTAssertEqual(draining.feed(.channelClosed), [
            .release(abandonChild: true),
            .log(.ended(terminal: nil, how: "visitor left")),
        ])
    }

    func testAVisitorLeavingBeforeAnyCommandLeavesNothingToDo() {
        var machine = Machine.waiting(terminal: xterm)
        XCTAssertEqual(machine.feed(.channelClosed), [])
        XCTAssertEqual(machine.state.name, "closed")
        XCTAssertEqual(machine.feed(.shell(wantReply: true)), [.reply(success: false)])
    }
}

@testable import ResumeServer
import XCTest

/// The visitor's input and EOF on their way to the child, and the read backpressure.
final class SessionInputTests: XCTestCase {
    func testInputGoesStraightToAConnectedChild() {
        var machine = Machine.running(terminal: xterm)
        XCTAssertEqual(machine.feed(.data("q")), [.writeToChild("q")])
        XCTAssertEqual(machine.readPolicy, .whileChildTakesInput)
    }

    func testInputBeforeTheRelayIsConnectedWaitsAndKeepsItsOrder() {
        var machine = Machine.running(inputReady: false)
        XCTAssertEqual(machine.readPolicy, .hold, "nothing more is read until the child can take it")
        XCTAssertEqual(machine.feed(.data("a")), [])
        XCTAssertEqual(machine.feed(.data("b")), [])
        XCTAssertEqual(machine.feed(.childInputReady),
                       [.writeToChild("a"), .writeToChild("b"), .flushToChild, .resumeReading])
        XCTAssertEqual(machine.feed(.data("c")), [.writeToChild("c")])
    }

    func testWaitingInputIsBounded() {
        var machine = Machine.running(inputReady: false)
        for index in 0..<(Machine.maxPendingInput + 5) { _ = machine.feed(.data("\(index)")) }
        let written = machine.feed(.childInputReady).filter { if case .writeToChild = $0 { return true } else { return false } }
        XCTAssertEqual(written.count, Machine.maxPendingInput)
        XCTAssertEqual(written.first, .writeToChild("0"), "the first ones are kept")
    }

    func testInputWithNowhereToGoIsDropped() {
        var waiting = Machine.waiting()
        XCTAssertEqual(waiting.feed(.data("early")), [], "no command yet")
        var draining = Machine.draining()
        XCTAssertEqual(draining.feed(.data("late")), [], "the child has exited")
        var closed = Machine.closed()
        XCTAssertEqual(closed.feed(.data("later")), [])
    }

    // MARK: - EOF

    func testEOFClosesTheStdinOfAChildOnPipes() {
        var machine = Machine.running()
        XCTAssertEqual(machine.feed(.data("line\n")), [.writeToChild("line\n")])
        XCTAssertEqual(machine.feed(.endOfInput), [.closeChildInput])
        XCTAssertEqual(machine.feed(.data("after")), [], "nothing after EOF")
        XCTAssertEqual(machine.feed(.endOfInput), [], "once")
        XCTAssertEqual(machine.readPolicy, .allow)
    }

    func testEOFBeforeTheRelayIsConnectedFollowsTheInputThatWaited() {
        var machine = Machine.running(inputReady: false)
        _ = machine.feed(.data("a"))
        XCTAssertEqual(machine.feed(.endOfInput), [])
        XCTAssertEqual(machine.feed(.data("b")), [], "data after EOF is dropped")
        XCTAssertEqual(machine.feed(.childInputReady),
                       [.writeToChild("a"), .flushToChild, .closeChildInput, .resumeReading])
    }

    func testOnAPtyEOFIsAKeyTheUIReadsItself() {
        var machine = Machine.running(terminal: xterm)
        XCTAssertEqual(machine.feed(.endOfInput), [])
        XCTAssertEqual(machine.feed(.data("\u{4}")), [.writeToChild("\u{4}")], "input still flows")
    }

    func testEOFWithNoChildToTellChangesNothing() {
        for (name, machine) in Machine.everyState where name != "running" {
            var machine = machine
            XCTAssertEqual(machine.feed(.endOfInput), [], name)
            XCTAssertEqual(machine.state.name, name)
        }
    }

    // MARK: - A relay that could not be connected

    func testWhenTheRelayFailsInputIsDroppedAndReadsGoOn() {
        var machine = Machine.running(inputReady: false)
        _ = machine.feed(.data("lost"))
        XCTAssertEqual(machine.feed(.childInputFailed), [.resumeReading])
        XCTAssertEqual(machine.feed(.data("more")), [])
        XCTAssertEqual(machine.readPolicy, .allow)
    }

    func testARelayConnectedAfterTheChildIsGoneDeliversNothing() {
        var machine = Machine.running(inputReady: false)
        _ = machine.feed(.data("a"))
        _ = machine.feed(.childExited(.exited(0)))
        XCTAssertEqual(machine.feed(.childInputReady), [])
        var closed = Machine.closed()
        XCTAssertEqual(closed.feed(.childInputReady), [])
        XCTAssertEqual(closed.feed(.childInputFailed), [])
    }

    func testReadsAreNeverHeldOutsideARunningChild() {
        for (name, machine) in Machine.everyState where name != "running" {
            XCTAssertEqual(machine.readPolicy, .allow, name)
        }
    }
}

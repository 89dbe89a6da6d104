@testable import ResumeServer
import XCTest

/// Events the server produces where they cannot happen: each one throws, naming the
/// state, and leaves the machine as it was. (What a visitor sends never throws: those
/// transitions are not `throws` at all.)
final class SessionImpossibleTests: XCTestCase {
    private let childEvents: [SessionEvent<String>] = [
        .childInputReady, .childInputFailed, .childOutput("x", .output), .childOutputEnded(.output),
        .childExited(.exited(0)), .drainTimeLimit, .idleTimeout(seconds: 1), .sessionTooLong(seconds: 1),
    ]

    func testNothingOfAChildBeforeThereIsOne() {
        for event in childEvents + [.started, .startRefused(.busy)] {
            assertImpossible(event, in: .waiting())
            assertImpossible(event, in: .waiting(terminal: xterm))
        }
    }

    func testWhileStartingOnlyTheOutcomeMayArrive() {
        for event in childEvents {
            assertImpossible(event, in: .starting())
        }
    }

    func testAStartOutcomeArrivesOnce() {
        for machine in [Machine.running(), .draining()] {
            assertImpossible(.started, in: machine)
            assertImpossible(.startRefused(.spawnFailed), in: machine)
        }
    }

    func testTheChildsInputConnectsOnceAndExitsOnce() {
        assertImpossible(.childInputReady, in: .running())
        assertImpossible(.childInputFailed, in: .running())
        assertImpossible(.childExited(.exited(0)), in: .draining())
    }

    func testTheDrainLimitOnlyFollowsAnExit() {
        assertImpossible(.drainTimeLimit, in: .running())
    }

    func testTheErrorSaysWhatAndWhere() {
        var machine = Machine.waiting()
        XCTAssertThrowsError(try machine.handle(.childExited(.exited(1)))) { error in
            XCTAssertEqual("\(error)", "session: child exited while waiting")
        }
    }
}

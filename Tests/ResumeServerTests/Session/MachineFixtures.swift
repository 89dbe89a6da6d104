@testable import ResumeServer
import XCTest

// The session machine is tested with `String` chunks: no channel, no loop, no process.

typealias Machine = SessionStateMachine<String>
typealias Action = SessionAction<String>

let xterm = TerminalRequest(term: "xterm-256color", size: WindowSize(columns: 100, rows: 30))

extension SessionStateMachine where Chunk == String {
    /// Handles an event that must be possible where the machine is.
    mutating func feed(_ event: SessionEvent<String>, file: StaticString = #filePath, line: UInt = #line) -> [Action] {
        do {
            return try handle(event)
        } catch {
            XCTFail("\(error)", file: file, line: line)
            return []
        }
    }

    // MARK: - Machines in each state, reached through events only

    static func waiting(terminal: TerminalRequest? = nil) -> Machine {
        var machine = Machine()
        if let terminal { _ = machine.feed(.ptyRequest(terminal, wantReply: true)) }
        return machine
    }

    static func starting(terminal: TerminalRequest? = nil) -> Machine {
        var machine = waiting(terminal: terminal)
        _ = machine.feed(.shell(wantReply: true))
        return machine
    }

    /// Running, with the relay to the child connected unless `inputReady` is false.
    static func running(terminal: TerminalRequest? = nil, inputReady: Bool = true) -> Machine {
        var machine = starting(terminal: terminal)
        _ = machine.feed(.started)
        if inputReady { _ = machine.feed(.childInputReady) }
        return machine
    }

    /// The child has exited with `exit`; its outputs are still open.
    static func draining(terminal: TerminalRequest? = nil, exit: ChildExit = .exited(0)) -> Machine {
        var machine = running(terminal: terminal)
        _ = machine.feed(.childExited(exit))
        return machine
    }

    /// Finished: exit-status sent.
    static func closed() -> Machine {
        var machine = draining()
        _ = machine.feed(.drainTimeLimit)
        return machine
    }

    static var everyState: [(String, Machine)] {
        [("waiting", waiting()), ("waiting", waiting(terminal: xterm)), ("starting", starting()),
         ("running", running()), ("running", running(terminal: xterm)), ("running", running(inputReady: false)),
         ("draining", draining()), ("closed", closed())]
    }
}

/// Asserts that `event` is impossible in `machine`'s state: it throws, naming the state,
/// and leaves the machine where it was.
func assertImpossible(_ event: SessionEvent<String>, in machine: Machine,
                      file: StaticString = #filePath, line: UInt = #line) {
    var machine = machine
    let before = machine.state.name
    XCTAssertThrowsError(try machine.handle(event), "\(event) in \(before)", file: file, line: line) { error in
        XCTAssertEqual((error as? SessionStateError)?.state, before, file: file, line: line)
    }
    XCTAssertEqual(machine.state.name, before, file: file, line: line)
}

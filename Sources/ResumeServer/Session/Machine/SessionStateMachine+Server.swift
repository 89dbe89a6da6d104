/// Transitions on what the server itself reports: the start's outcome, the child, the
/// timers. One arriving where it cannot happen throws.
extension SessionStateMachine.State {
    mutating func started() throws -> [SessionAction<Chunk>] {
        switch self {
        case .starting(let starting):
            let terminal = starting.terminal
            self = .running(Running(terminal: terminal, input: .connecting(pending: [], endOfInput: false),
                                     openOutputs: terminal == nil ? [.output, .errors] : [.output], ending: nil))
            return [.log(.started(starting.command, terminal: terminal, language: starting.language)), .startTimers]
        case .closed:
            // The visitor left while the child was being spawned: it has no one to serve.
            return [.release(abandonChild: true), .log(.ended(terminal: nil, how: "visitor left"))]
        case .waiting, .running, .draining:
            throw impossible("child started")
        }
    }

    mutating func startRefused(_ why: StartRefusal) throws -> [SessionAction<Chunk>] {
        switch self {
        case .starting(let starting):
            let terminal = starting.terminal
            switch why {
            case .busy:
                // The whole connection goes: a visitor over a limit should not keep a slot.
                return answer(SessionEnding.busyLine + "\n", onErrors: true, status: 1,
                              terminal: terminal, how: "busy", closeConnection: true)
            case .spawnFailed:
                return answer(SessionEnding.spawnFailedLine + "\n", onErrors: true, status: 1,
                              terminal: terminal, how: "spawn failed")
            case .noInvocation:
                return answer(SessionCommand.usage, onErrors: true, status: 2, terminal: terminal,
                              how: "unknown command")
            }
        case .closed:
            return []  // the visitor left meanwhile: no one to tell
        case .waiting, .running, .draining:
            throw impossible("start refused")
        }
    }

    mutating func childInputReady() throws -> [SessionAction<Chunk>] {
        switch self {
        case .running(var running):
            guard case .connecting(let pending, let endOfInput) = running.input else {
                throw impossible("child input ready twice")
            }
            running.input = endOfInput ? .closed : .open
            self = .running(running)
            // In order: what waited, then the EOF that came after it, then more reads.
            return pending.map { .writeToChild($0) } + [.flushToChild] + (endOfInput ? [.closeChildInput] : [])
                + [.resumeReading]
        case .draining, .closed:
            return []  // the child is gone before its input was connected: nothing to deliver
        case .waiting, .starting:
            throw impossible("child input ready")
        }
    }

    mutating func childInputFailed() throws -> [SessionAction<Chunk>] {
        switch self {
        case .running(var running):
            guard case .connecting = running.input else { throw impossible("child input failed after it was ready") }
            running.input = .closed
            self = .running(running)
            return [.resumeReading]  // what the visitor sends from now on is dropped
        case .draining, .closed:
            return []
        case .waiting, .starting:
            throw impossible("child input failed")
        }
    }

    mutating func childOutput(_ chunk: Chunk, _ stream: ChildStream) throws -> [SessionAction<Chunk>] {
        switch self {
        case .running, .draining:
            return [.sendToVisitor(chunk, stream)]
        case .closed:
            return []  // after exit-status, or the visitor is gone
        case .waiting, .starting:
            throw impossible("child output")
        }
    }

    mutating func childOutputEnded(_ stream: ChildStream) throws -> [SessionAction<Chunk>] {
        switch self {
        case .running(var running):
            running.openOutputs.remove(stream)  // exit-status still waits for the exit
            self = .running(running)
            return []
        case .draining(var draining):
            draining.openOutputs.remove(stream)
            guard draining.openOutputs.isEmpty else {
                self = .draining(draining)
                return []
            }
            return finish(draining)
        case .closed:
            return []  // the relays report their end when they are closed
        case .waiting, .starting:
            throw impossible("child output ended")
        }
    }

    mutating func childExited(_ exit: ChildExit) throws -> [SessionAction<Chunk>] {
        switch self {
        case .running(let running):
            let draining = Draining(terminal: running.terminal, openOutputs: running.openOutputs, exit: exit,
                                    ending: running.ending)
            if draining.openOutputs.isEmpty { return finish(draining) }
            self = .draining(draining)
            // A grandchild could keep the pty or a pipe open forever; the session is the
            // child's, so its output gets a moment and then the session ends regardless.
            return [.scheduleDrainLimit]
        case .closed:
            return []
        case .draining:
            throw impossible("child exited twice")
        case .waiting, .starting:
            throw impossible("child exited")
        }
    }

    mutating func drainTimeLimit() throws -> [SessionAction<Chunk>] {
        switch self {
        case .draining(let draining):
            return finish(draining)
        case .closed:
            return []  // every output ended before the limit
        case .waiting, .starting, .running:
            throw impossible("drain time limit")
        }
    }

    /// The server ends the session: the child is hung up, and its exit finishes the
    /// session; the visitor reads the farewell after the UI has restored the terminal.
    mutating func end(_ ending: Ending) throws -> [SessionAction<Chunk>] {
        switch self {
        case .running(var running):
            guard running.ending == nil else { return [] }  // the first reason stands
            running.ending = ending
            self = .running(running)
            return [.hangUpChild]
        case .draining, .closed:
            return []  // already ending on its own
        case .waiting, .starting:
            throw impossible(ending.reason)  // the timers start with the child
        }
    }

    /// Every output has ended (or the drain limit passed): farewell, exit-status, close.
    private mutating func finish(_ draining: Draining) -> [SessionAction<Chunk>] {
        self = .closed
        var actions: [SessionAction<Chunk>] = [.release(abandonChild: false)]
        if let ending = draining.ending {
            actions.append(Self.say(ending.farewell, onErrors: true, terminal: draining.terminal))
        }
        actions.append(.sendExit(draining.exit, closeConnection: false))
        actions.append(.log(.ended(terminal: draining.terminal, how: draining.ending?.reason ?? draining.exit.description)))
        return actions
    }
}

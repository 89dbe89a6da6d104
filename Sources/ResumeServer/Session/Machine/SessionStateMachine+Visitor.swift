/// Transitions on what the visitor sends. None of them throws: every request has an
/// answer in every state.
extension SessionStateMachine.State {
    mutating func ptyRequest(_ terminal: TerminalRequest, wantReply: Bool) -> [SessionAction<Chunk>] {
        switch self {
        case .waiting(terminal: nil):
            self = .waiting(terminal: terminal)
            return Self.reply(true, wantReply)
        case .waiting(terminal: .some):
            return Self.reply(false, wantReply)  // one pty per session
        case .starting, .running, .draining, .closed:
            // The child already runs on its pty or on pipes: a pty now would reach no one.
            return Self.reply(false, wantReply)
        }
    }

    mutating func windowChange(_ size: WindowSize) -> [SessionAction<Chunk>] {
        switch self {
        case .waiting(terminal: var terminal?):
            terminal.size = size  // the child starts at the latest size
            self = .waiting(terminal: terminal)
            return []
        case .waiting(terminal: nil):
            return []  // no pty to size
        case .starting:
            return []  // unreachable: the start's outcome is reported before any other event
        case .running(let running):
            return running.terminal == nil ? [] : [.resizeTerminal(size)]
        case .draining, .closed:
            return []  // the child is gone
        }
    }

    /// An exec command; a language word in it (`ssh host en`) wins over the `hint`.
    mutating func exec(_ command: String, hint: String?, wantReply: Bool) -> [SessionAction<Chunk>] {
        switch self {
        case .waiting(let terminal):
            // A page name means something only with a pty, so the route depends on it.
            let routed = SessionCommand.parse(exec: command, hasTerminal: terminal != nil)
            return begin(routed.command, language: routed.language ?? hint, wantReply: wantReply)
        case .starting, .running, .draining, .closed:
            return Self.reply(false, wantReply)  // one command per session
        }
    }

    /// Shell or exec: answers help and unknown commands, else asks for a child.
    mutating func begin(_ command: SessionCommand, language: String?, wantReply: Bool) -> [SessionAction<Chunk>] {
        guard case .waiting(let terminal) = self else { return Self.reply(false, wantReply) }
        // Success first, whatever comes next: a client told "failure" exits at once,
        // without showing the line the server writes (usage, busy).
        let accepted = Self.reply(true, wantReply)
        switch command {
        case .help:
            return accepted + answer(SessionCommand.usage, onErrors: false, status: 0, terminal: terminal, how: "help")
        case .unknown:
            return accepted + answer(SessionCommand.usage, onErrors: true, status: 2, terminal: terminal,
                                     how: "unknown command")
        case .show, .plain, .export, .tour:
            self = .starting(Starting(command: command, terminal: terminal, language: language))
            return accepted + [.start(command, terminal: terminal, language: language)]
        }
    }

    /// Ends a session that never had a child: a text, an exit status, the close.
    mutating func answer(_ text: String, onErrors: Bool, status: Int32, terminal: TerminalRequest?, how: String,
                         closeConnection: Bool = false) -> [SessionAction<Chunk>] {
        self = .closed
        return [
            Self.say(text, onErrors: onErrors, terminal: terminal),
            .sendExit(.exited(status), closeConnection: closeConnection),
            .log(.answered(terminal: terminal, how: how)),
        ]
    }

    mutating func data(_ chunk: Chunk) -> [SessionAction<Chunk>] {
        switch self {
        case .waiting:
            return []  // no command yet, so nothing that reads input
        case .starting:
            return []  // unreachable: the start's outcome is reported before any other event
        case .running(var running):
            switch running.input {
            case .connecting(var pending, let endOfInput):
                // Data after EOF is a protocol violation swift-nio-ssh rejects itself.
                guard !endOfInput, pending.count < SessionStateMachine.maxPendingInput else { return [] }
                pending.append(chunk)
                running.input = .connecting(pending: pending, endOfInput: false)
                self = .running(running)
                return []
            case .open:
                return [.writeToChild(chunk)]
            case .closed:
                return []
            }
        case .draining, .closed:
            return []  // the child is gone
        }
    }

    mutating func endOfInput() -> [SessionAction<Chunk>] {
        switch self {
        case .waiting:
            return []  // nothing started yet that could be told
        case .starting:
            return []  // unreachable: the start's outcome is reported before any other event
        case .running(var running):
            // On a pty, EOF is a key (Ctrl-D) the UI reads itself: nothing to pass on.
            guard running.terminal == nil else { return [] }
            switch running.input {
            case .connecting(let pending, _):
                running.input = .connecting(pending: pending, endOfInput: true)
                self = .running(running)
                return []
            case .open:
                running.input = .closed
                self = .running(running)
                return [.closeChildInput]
            case .closed:
                return []
            }
        case .draining, .closed:
            return []
        }
    }

    mutating func channelClosed() -> [SessionAction<Chunk>] {
        switch self {
        case .waiting, .starting:
            // From `starting`, the start's outcome still arrives, now to `closed`.
            self = .closed
            return []
        case .running(let running):
            self = .closed
            // The visitor is gone: hang up as a terminal would (the child keeps being
            // polled until it is reaped).
            return [.release(abandonChild: true),
                    .log(.ended(terminal: running.terminal, how: running.ending?.reason ?? "visitor left"))]
        case .draining(let draining):
            self = .closed
            return [.release(abandonChild: true),
                    .log(.ended(terminal: draining.terminal, how: draining.ending?.reason ?? "visitor left"))]
        case .closed:
            return []
        }
    }
}

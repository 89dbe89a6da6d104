/// The life of one session channel, as a value: an event goes in, the state moves, and
/// the actions to perform come out. `SessionHandler` performs them; the machine itself
/// touches no channel, process or clock, so every transition is tested without them.
///
/// As in swift-nio-ssh's `ChildChannelStateMachine`, each state carries its own data, and
/// each event is one method with a switch over every state, with no `default`: adding a
/// state makes every event say what it means there. The two kinds of impossible differ:
///
/// - Whatever the visitor sends has an answer in every state (a request out of order is
///   refused, data with nowhere to go is dropped). Those methods do not throw, so no
///   request, in any order, can make the session fail, let alone trap.
/// - Events the server produces itself (a child's exit before any child, a second exit)
///   can only come from a bug in the wiring. They throw `SessionStateError`, which the
///   handler logs before closing the channel.
struct SessionStateMachine<Chunk> {
    enum State {
        /// Collecting pty-req (and refusing env and the rest) until shell or exec.
        case waiting(terminal: TerminalRequest?)
        /// Shell or exec accepted; the handler is spawning the child and reports the
        /// outcome before it handles anything else.
        case starting(Starting)
        /// The child runs; its output flows to the visitor and the visitor's input to it.
        case running(Running)
        /// The child has exited; the rest of its output is relayed before exit-status.
        case draining(Draining)
        /// exit-status sent, or the visitor left: nothing more happens on this channel.
        case closed
    }

    struct Starting {
        var command: SessionCommand
        var terminal: TerminalRequest?
        var language: String?
    }

    struct Running {
        /// The pty the child runs on; nil when it runs on pipes.
        var terminal: TerminalRequest?
        var input: Input
        /// Outputs still open: exit-status waits for all of them, up to the drain limit.
        var openOutputs: Set<ChildStream>
        /// Set when the server ends the session (idle, too long).
        var ending: Ending?
    }

    /// Where the visitor's input stands.
    enum Input {
        /// The relay to the child is not connected yet: input waits (reads are held, so
        /// at most one read's worth), and so does an EOF.
        case connecting(pending: [Chunk], endOfInput: Bool)
        /// Input goes straight to the child.
        case open
        /// EOF passed on, or the relay failed: more input is dropped.
        case closed
    }

    struct Draining {
        var terminal: TerminalRequest?
        var openOutputs: Set<ChildStream>
        var exit: ChildExit
        var ending: Ending?
    }

    /// Why the server ended a session, for the log, and what the visitor reads.
    struct Ending: Equatable {
        var reason: String
        var farewell: String
    }

    private(set) var state: State = .waiting(terminal: nil)
    /// What the client's LANG and LC_* say, collected before the shell or exec.
    private(set) var languageHint = LanguageHint()

    /// Chunks of input kept while the relay connects; more are dropped. Reads are held
    /// meanwhile, so this only bounds what one read can deliver.
    static var maxPendingInput: Int { 16 }

    init() {}
}

// MARK: - Dispatch

extension SessionStateMachine {
    /// Moves the machine on `event` and returns what to do, in order.
    mutating func handle(_ event: SessionEvent<Chunk>) throws -> [SessionAction<Chunk>] {
        switch event {
        case .ptyRequest(let terminal, let wantReply): return state.ptyRequest(terminal, wantReply: wantReply)
        case .windowChange(let size): return state.windowChange(size)
        case .shell(let wantReply):
            return state.begin(.show(page: nil), language: languageHint.language, wantReply: wantReply)
        case .exec(let command, let wantReply):
            return state.exec(command, hint: languageHint.language, wantReply: wantReply)
        case .environment(let name, let value, let wantReply):
            // Never passed to the child: its environment is built from scratch. The
            // language variables are kept as a hint, read once the session starts.
            if case .waiting = state { languageHint.take(name: name, value: value) }
            return State.reply(false, wantReply)
        case .subsystem(let wantReply):
            // sftp and friends: there are no files to serve. The client says "subsystem
            // request failed" and the connection stays up.
            return State.reply(false, wantReply)
        case .signal:
            return []  // the UI has its own quit key; signals from visitors are not forwarded
        case .data(let chunk): return state.data(chunk)
        case .endOfInput: return state.endOfInput()
        case .channelClosed: return state.channelClosed()
        case .started: return try state.started()
        case .startRefused(let why): return try state.startRefused(why)
        case .childInputReady: return try state.childInputReady()
        case .childInputFailed: return try state.childInputFailed()
        case .childOutput(let chunk, let stream): return try state.childOutput(chunk, stream)
        case .childOutputEnded(let stream): return try state.childOutputEnded(stream)
        case .childExited(let exit): return try state.childExited(exit)
        case .drainTimeLimit: return try state.drainTimeLimit()
        case .idleTimeout(let seconds):
            return try state.end(Ending(reason: "idle timeout", farewell: SessionEnding.idleFarewell(seconds)))
        case .sessionTooLong(let seconds):
            return try state.end(Ending(reason: "max duration", farewell: SessionEnding.durationFarewell(seconds)))
        }
    }

    /// Whether the handler may read more from the visitor now.
    var readPolicy: ReadPolicy {
        switch state {
        case .running(let running):
            switch running.input {
            case .connecting: return .hold
            case .open: return .whileChildTakesInput
            case .closed: return .allow
            }
        case .waiting, .starting, .draining, .closed:
            return .allow
        }
    }

    /// Backpressure towards the visitor: what is not read stays in the SSH window, and
    /// the client stops sending when the window is used up.
    enum ReadPolicy: Equatable {
        case allow
        /// Until `.resumeReading`: the child's input is not connected yet.
        case hold
        /// While the relay to the child is writable (only the handler can see that).
        case whileChildTakesInput
    }
}

// MARK: - Helpers for the transitions

/// The transitions are mutating methods of `State`, in the files beside this one: only
/// they change it, while the machine's `state` stays read-only to everyone else.
extension SessionStateMachine.State {
    typealias Starting = SessionStateMachine.Starting
    typealias Running = SessionStateMachine.Running
    typealias Draining = SessionStateMachine.Draining
    typealias Ending = SessionStateMachine.Ending

    static func reply(_ success: Bool, _ wantReply: Bool) -> [SessionAction<Chunk>] {
        wantReply ? [.reply(success: success)] : []
    }

    /// The server's own text: a client with a pty has put its terminal in raw mode, where
    /// a bare \n would not return the carriage.
    static func say(_ text: String, onErrors: Bool, terminal: TerminalRequest?) -> SessionAction<Chunk> {
        .say(terminal == nil ? text : text.replacingOccurrences(of: "\n", with: "\r\n"), onErrors: onErrors)
    }

    var name: String {
        switch self {
        case .waiting: return "waiting"
        case .starting: return "starting"
        case .running: return "running"
        case .draining: return "draining"
        case .closed: return "closed"
        }
    }

    func impossible(_ event: String) -> SessionStateError {
        SessionStateError(event: event, state: name)
    }
}

/// An event that cannot happen in the state it arrived in: a bug in how the session is
/// wired, never something a visitor did.
struct SessionStateError: Error, CustomStringConvertible, Equatable {
    var event: String
    var state: String
    var description: String { "session: \(event) while \(state)" }
}

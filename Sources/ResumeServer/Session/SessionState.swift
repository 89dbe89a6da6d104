import NIOCore

/// What a pty-req asked for, after sanitizing.
struct TerminalRequest: Equatable {
    var term: String
    var size: WindowSize
}

/// The life of one session channel. Impossible transitions (a second shell, a pty after
/// the start) are refused where they arrive, not tracked with flags.
enum SessionState {
    /// Collecting pty-req (and ignoring env) until shell or exec.
    case waiting(terminal: TerminalRequest?)
    /// The child runs; its output flows to the visitor and the visitor's input to it.
    case running(LiveSession)
    /// The child has exited; its last output is still being relayed before exit-status.
    case draining(LiveSession)
    /// exit-status sent, or the visitor left: nothing more happens on this channel.
    case closed

    /// Whether a pty was granted before the start (an exec command's meaning depends on it).
    var waitsWithTerminal: Bool {
        if case .waiting(let terminal) = self { return terminal != nil }
        return false
    }
}

/// The resources of a started session, shared by the `running` and `draining` states.
final class LiveSession {
    let command: SessionCommand
    let terminal: TerminalRequest?
    let started = NIODeadline.now()
    var child: ChildProcess?
    /// A dup of the pty master, only for TIOCSWINSZ; nil without a pty.
    var resizer: CInt?
    var relays: [ChildRelay] = []
    /// Where the visitor's input goes: the pty relay, or the stdin pipe relay.
    var inputRelay: ChildRelay?
    /// Whether the input relay's channel is up: writes before that would be lost.
    var inputReady = false
    /// Input that arrived before the relay's channel was ready (at most one read).
    var pendingInput: [ByteBuffer] = []
    /// The visitor sent EOF; passed on to the child's stdin once the relay is ready.
    var inputEOF = false
    /// Outputs still open; exit-status waits for all of them to end.
    var openOutputs: Set<ChildStream>
    var exit: ChildExit?
    var lastInput = NIODeadline.now()
    var tick: RepeatingTimer?
    /// Set when the server ends the session (idle, too long): why, and what to tell the visitor.
    var endReason: String?
    var farewell: String?

    init(command: SessionCommand, terminal: TerminalRequest?) {
        self.command = command
        self.terminal = terminal
        openOutputs = terminal == nil ? [.output, .errors] : [.output]
    }
}

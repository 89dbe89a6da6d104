/// Something that happened to a session channel, as `SessionStateMachine` sees it.
///
/// `Chunk` is a piece of data (a `ByteBuffer` on the server, a `String` in tests): the
/// machine only moves chunks around, so it needs no networking types.
enum SessionEvent<Chunk> {
    // MARK: - From the visitor (any order, any number of times)

    /// pty-req, its TERM already sanitized and its size clamped.
    case ptyRequest(TerminalRequest, wantReply: Bool)
    /// window-change (RFC 4254 §6.7: never wants a reply).
    case windowChange(WindowSize)
    case shell(wantReply: Bool)
    /// exec with the command as the client sent it; the machine routes it.
    case exec(String, wantReply: Bool)
    /// env (and OpenSSH's SetEnv/SendEnv): a variable the client would like set.
    case environment(name: String, value: String, wantReply: Bool)
    case subsystem(wantReply: Bool)
    case signal
    /// Channel data from the visitor (extended data means nothing in a session and
    /// never gets here).
    case data(Chunk)
    /// The visitor sent EOF.
    case endOfInput
    /// The channel is gone: the visitor closed it or the connection dropped.
    case channelClosed

    // MARK: - From the server

    /// Answer to `SessionAction.start`: the child runs.
    case started
    /// Answer to `SessionAction.start`: no child, and why.
    case startRefused(StartRefusal)
    /// The relay that carries the visitor's input to the child is connected.
    case childInputReady
    /// That relay could not be connected: the child gets no input.
    case childInputFailed
    case childOutput(Chunk, ChildStream)
    /// One of the child's outputs reached its end (EOF on a pipe, EIO on a pty).
    case childOutputEnded(ChildStream)
    case childExited(ChildExit)
    /// The wait after the child's exit for the rest of its output is over
    /// (`SessionAction.scheduleDrainLimit`).
    case drainTimeLimit
    /// No input for `seconds` (from `SessionTimeouts`).
    case idleTimeout(seconds: Double)
    /// The session has lasted `seconds` (from `SessionTimeouts`).
    case sessionTooLong(seconds: Double)
}

/// Why a start produced no child.
enum StartRefusal: Equatable {
    /// The server is at its session limit, or this address over its connection limit.
    case busy
    /// posix_spawn (or the pty or pipes before it) failed.
    case spawnFailed
    /// The command has no program to run (the machine answers help and unknown
    /// commands itself, so this only guards against the two lists drifting apart).
    case noInvocation
}

extension SessionEvent: Equatable where Chunk: Equatable {}

/// What `SessionHandler` must do after an event, in the order given.
enum SessionAction<Chunk> {
    /// Answer the request just received (only ever returned when it wanted a reply).
    case reply(success: Bool)
    /// Take a session slot and spawn the child for `command`, on a pty when `terminal`
    /// is set, in `language` when one was asked for or hinted; report the outcome at
    /// once with `.started` or `.startRefused`.
    case start(SessionCommand, terminal: TerminalRequest?, language: String? = nil)
    /// Begin counting idle time and session length (`SessionTimeouts`).
    case startTimers
    /// Write to the child's input; a flush follows at the end of the read.
    case writeToChild(Chunk)
    case flushToChild
    /// Close the child's stdin once what was written has gone out (pipes only).
    case closeChildInput
    /// TIOCSWINSZ on the child's pty: the kernel sends it SIGWINCH.
    case resizeTerminal(WindowSize)
    /// The child takes input again: do the read from the visitor that was held back.
    case resumeReading
    /// The child's output, to the visitor: `.errors` as stderr (extended data).
    case sendToVisitor(Chunk, ChildStream)
    /// The server's own text (usage, busy, farewell), newlines already right for the
    /// visitor's terminal; on stderr when `onErrors`.
    case say(String, onErrors: Bool)
    /// SIGHUP to the child's process group, SIGKILL after the grace: its exit follows.
    case hangUpChild
    /// Close the relays and the pty. `abandonChild` when the visitor is gone: stop
    /// waiting for the exit (the child is still reaped), hang it up, kill it after the grace.
    case release(abandonChild: Bool)
    /// Report `.drainTimeLimit` a moment from now.
    case scheduleDrainLimit
    /// exit-status (or exit-signal) once everything written has gone out, then close the
    /// channel, and the whole connection when `closeConnection`.
    case sendExit(ChildExit, closeConnection: Bool)
    case log(SessionLogEntry)
}

/// A log line about the session (see `SessionLog`).
enum SessionLogEntry: Equatable {
    case started(SessionCommand, terminal: TerminalRequest?, language: String? = nil)
    case ended(terminal: TerminalRequest?, how: String)
    /// A session the server answered itself (help, usage, busy): no child ran.
    case answered(terminal: TerminalRequest?, how: String)
}

extension SessionAction: Equatable where Chunk: Equatable {}

import CNCursesW
import Glibc

/// Sleeping until the terminal has something to read, without ever missing a signal.
///
/// The screen sleeps in one place only, here. The signals that end it (SIGTERM, SIGHUP,
/// SIGINT) or resize it (SIGWINCH) are blocked everywhere else and let in by `ppoll` for
/// the length of the wait, atomically: one that arrives while a frame is drawn waits for
/// the next sleep and ends it at once. With ncurses' own wait (poll(2), signals open),
/// a signal landing between the loop's check and the poll was seen only when the wait
/// ran out, so an idle screen had to wake every second to look: on a server every
/// session is such a screen, and 5,000 idle sessions woke 5,000 times a second
/// (`scripts/spike`). Now an idle session sleeps until something happens.
enum InputWait {
    /// The signals that may only arrive during the wait.
    static let signals = [SIGTERM, SIGHUP, SIGINT, SIGWINCH]

    /// The mask in force during the wait: the one before `blockSignals`, with `signals` open.
    nonisolated(unsafe) private static var duringWait = sigset_t()
    nonisolated(unsafe) private static var before = sigset_t()
    nonisolated(unsafe) private static var blocked = false

    enum Outcome: Equatable {
        /// There is something to read (a key, or the end of the line, which a read reports).
        case readable
        /// The terminal hung up (its other side closed), or can no longer be waited on.
        case hungUp
        /// A signal arrived (its handler has run).
        case interrupted
        case timedOut
    }

    /// Blocks `signals` outside the wait. Call once the handlers are installed.
    static func blockSignals() {
        guard !blocked else { return }
        var set = sigset_t()
        sigemptyset(&set)
        for signal in signals { sigaddset(&set, signal) }
        guard sigprocmask(SIG_BLOCK, &set, &before) == 0 else { return }
        duringWait = before
        for signal in signals { sigdelset(&duringWait, signal) }
        blocked = true
    }

    /// Puts the mask back as it was before `blockSignals`; a signal blocked meanwhile is
    /// delivered now.
    static func restoreSignals() {
        guard blocked else { return }
        sigprocmask(SIG_SETMASK, &before, nil)
        blocked = false
    }

    /// Seconds on the monotonic clock, for deadlines.
    static func now() -> Double {
        var time = timespec()
        clock_gettime(CLOCK_MONOTONIC, &time)
        return Double(time.tv_sec) + Double(time.tv_nsec) / 1e9
    }

    /// On the Linux console ncurses may read the mouse from gpm's socket, which only it
    /// knows: a wait there ends every `mouseElsewhereWait` ms, so that a click is read
    /// soon after. One local screen waking 20 times a second costs nothing.
    nonisolated(unsafe) static var mouseElsewhere = false
    static let mouseElsewhereWait = 50

    /// Whether ncurses may read the mouse from gpm: on a Linux virtual console (`/dev/ttyN`)
    /// with a `linux` terminal type, as ncurses decides; never over SSH, on a pty.
    static func mouseMayComeFromGPM(term: String, tty: String?) -> Bool {
        guard term.hasPrefix("linux"), let tty, tty.hasPrefix("/dev/tty") else { return false }
        let number = tty.dropFirst("/dev/tty".count)
        return !number.isEmpty && number.utf8.allSatisfy { (UInt8(ascii: "0")...UInt8(ascii: "9")).contains($0) }
    }

    /// Waits at most `milliseconds` (no bound if negative) for `descriptor` to be readable.
    static func wait(_ descriptor: Int32 = STDIN_FILENO, milliseconds: Int) -> Outcome {
        var revents: Int16 = 0
        var bound = Int32(clamping: milliseconds)
        if mouseElsewhere, bound < 0 || bound > mouseElsewhereWait { bound = Int32(mouseElsewhereWait) }
        // Before `blockSignals` (or without it, in tests) the mask stays as it is: no
        // mask given to ppoll is a plain poll.
        let result = blocked
            ? cn_wait_readable(descriptor, bound, &duringWait, &revents)
            : cn_wait_readable(descriptor, bound, nil, &revents)
        if result < 0 { return errno == EINTR ? .interrupted : .hungUp }
        if result == 0 { return .timedOut }
        // A hung-up tty is readable too, but only reads end-of-file.
        if revents & Int16(POLLIN) == 0, revents & Int16(POLLHUP | POLLERR | POLLNVAL) != 0 { return .hungUp }
        return .readable
    }
}

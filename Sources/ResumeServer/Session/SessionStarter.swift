import CPTY
import Glibc
import Logging
import Synchronization

/// The server's end of the session starter (CPTY's starter.h): a copy of this binary,
/// started once, that forks each session's process instead of the server spawning the
/// binary afresh. Exec, the loader's relocations and the runtime's first lookups are most
/// of what a session's process costs to start (bench/RESULTS.md, "Spike"); a fork of a
/// process that has done them all once skips them.
///
/// What the session runs is the same: the same command line and environment as
/// `ChildInvocation` gives posix_spawn, on the same pty or pipes, in its own session and
/// process group, and the server's own child once its middle process has ended (the
/// server is a child subreaper), so `ChildProcess` waits for it, hangs it up and reaps
/// it unchanged. What differs: every session shares the starter's address layout (ASLR
/// is drawn once per server start, not per session), and /proc/PID/cmdline and environ
/// show the starter's, not the session's (its argument and environment values are set
/// in its memory after the fork).
///
/// If the starter fails (it died, or did not answer within a second), it is stopped and
/// every later session is spawned as before: a visitor never sees the difference.
public final class SessionStarter: Sendable {
    /// The hidden command that makes `resume-tui` a starter (its descriptor 3 must be the
    /// starter's socket; `StarterProcess` checks).
    public static let command = "session-starter"
    static let replyTimeoutMs: Int32 = 1000
    /// Its warm-up lays out the built-in résumé: milliseconds, but a loaded host may be slow.
    static let readyTimeoutMs: Int32 = 10_000

    private struct Link {
        var socket: CInt
        var pid: pid_t
    }

    /// nil once the starter is stopped or has failed.
    private let link: Mutex<Link?>
    private let logger: Logger

    private init(socket: CInt, pid: pid_t, logger: Logger) {
        link = Mutex(Link(socket: socket, pid: pid))
        self.logger = logger
    }

    /// Starts the starter from `executable`, or returns nil (with the reason logged) when
    /// it can't: sessions are then spawned as before.
    public static func launch(executable: String, logger: Logger) -> SessionStarter? {
        guard cpty_become_subreaper() == 0 else {
            logger.warning("session starter not started: PR_SET_CHILD_SUBREAPER: \(String(cString: strerror(errno)))")
            return nil
        }
        var pair: [CInt] = [-1, -1]
        guard cpty_starter_socketpair(&pair) == 0 else {
            logger.warning("session starter not started: socketpair: \(String(cString: strerror(errno)))")
            return nil
        }
        // The starter's own environment: nothing of the server's (each session gets its own).
        let arguments: [String] = [executable, command]
        let environment: [String] = ["LANG=C.UTF-8", "PATH=/usr/local/bin:/usr/bin:/bin", "HOME=/"]
        let argv: [UnsafeMutablePointer<CChar>?] = arguments.map { strdup($0) } + [nil]
        let envp: [UnsafeMutablePointer<CChar>?] = environment.map { strdup($0) } + [nil]
        defer {
            argv.forEach { free($0) }
            envp.forEach { free($0) }
        }
        let pid = argv.withUnsafeBufferPointer { a in
            envp.withUnsafeBufferPointer { e in cpty_spawn_starter(executable, a.baseAddress!, e.baseAddress!, pair[1]) }
        }
        let code = errno
        close(pair[1])
        guard pid > 0 else {
            close(pair[0])
            logger.warning("session starter not started: posix_spawn: \(String(cString: strerror(code)))")
            return nil
        }
        // Ready once warmed up, before the server listens: the first visitor gets a warm start.
        guard cpty_starter_await_ready(pair[0], readyTimeoutMs) == 0 else {
            logger.warning("session starter not started: it did not get ready (\(String(cString: strerror(errno))))")
            end(Link(socket: pair[0], pid: pid), kill: true)
            return nil
        }
        return SessionStarter(socket: pair[0], pid: pid, logger: logger)
    }

    /// The starter's pid while it serves, for the start-up line and tests.
    public var pid: pid_t? { link.withLock { $0?.pid } }

    /// Starts a session on `descriptors` (a pty slave, or the child's ends of three pipes)
    /// and returns its pid; nil when the starter is gone or fails now, and the caller
    /// spawns the session itself. The descriptors stay the caller's to close.
    func start(_ invocation: ChildInvocation, descriptors: [CInt]) -> pid_t? {
        let message = Self.message(for: invocation)
        // One request at a time: the starter answers them in order, one fork each.
        return link.withLock { link -> pid_t? in
            guard let current = link else { return nil }
            let pid = message.withUnsafeBufferPointer { bytes in
                bytes.withMemoryRebound(to: CChar.self) { text in
                    cpty_starter_request(current.socket, text.baseAddress, text.count, descriptors, CInt(descriptors.count),
                                         Self.replyTimeoutMs)
                }
            }
            if pid > 0 { return pid }
            let code = errno
            // Only a starter that forked and failed (no memory, no pids) is still sound.
            if code == EAGAIN || code == ENOMEM { return nil }
            logger.error("session starter failed (\(String(cString: strerror(code)))): sessions are spawned afresh from now on")
            Self.end(current, kill: true)
            link = nil
            return nil
        }
    }

    /// A request: fields separated by NUL, "pty" or "pipes", the argument count, the
    /// arguments (the first is the program's name, as argv), then the environment
    /// (`StarterProcess.Request` reads it back).
    static func message(for invocation: ChildInvocation) -> [UInt8] {
        let fields = [invocation.usesTerminal ? "pty" : "pipes", String(invocation.arguments.count + 1),
                      invocation.executable] + invocation.arguments + invocation.environment
        return Array(fields.joined(separator: "\0").utf8)
    }

    /// Ends the starter: it sees its socket close and exits; it is killed if it hasn't
    /// within a second. Reaped either way.
    public func stop() {
        guard let current = link.withLock({ link -> Link? in
            defer { link = nil }
            return link
        }) else { return }
        Self.end(current, kill: false)
    }

    private static func end(_ link: Link, kill killNow: Bool) {
        close(link.socket)
        if killNow { kill(link.pid, SIGKILL) }
        var code: CInt = -1, signal: CInt = -1
        var waited = 0
        while cpty_try_reap(link.pid, &code, &signal) == 0 {
            if waited == 100 { kill(link.pid, SIGKILL) }
            usleep(10_000)
            waited += 1
        }
    }
}

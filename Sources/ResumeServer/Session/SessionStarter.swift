import CPTY
import Foundation
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
/// If the starter fails (it died, or did not answer within a second), it is stopped,
/// sessions are spawned as before, and a new starter is started a second later (then
/// after 2, 4 … up to 300 s while starting it fails): a visitor never sees the difference.
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

    private enum State {
        case serving(Link)
        /// Failed; a new one is on its way.
        case restarting
        case stopped
    }

    private let state: Mutex<State>
    private let executable: String
    private let logger: Logger
    /// One signal per failure, for the keeper thread (`restart`).
    private let failures = DispatchSemaphore(value: 0)
    private let keeperStarted = Mutex(false)
    /// The longest wait between attempts to start a failed starter again, in seconds.
    static let longestRestartDelay = 300

    private init(_ link: Link, executable: String, logger: Logger) {
        state = Mutex(.serving(link))
        self.executable = executable
        self.logger = logger
    }

    /// Starts the starter from `executable`, or returns nil (with the reason logged) when
    /// it can't: sessions are then spawned as before.
    public static func launch(executable: String, logger: Logger) -> SessionStarter? {
        guard cpty_become_subreaper() == 0 else {
            logger.warning("session starter not started: PR_SET_CHILD_SUBREAPER: \(String(cString: strerror(errno)))")
            return nil
        }
        return spawn(executable, logger: logger).map { SessionStarter($0, executable: executable, logger: logger) }
    }

    /// Starts a starter and waits until it is ready; nil, with the reason logged, when it
    /// can't be.
    private static func spawn(_ executable: String, logger: Logger) -> Link? {
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
        return Link(socket: pair[0], pid: pid)
    }

    /// The starter's pid while it serves, for the start-up line and tests.
    public var pid: pid_t? {
        state.withLock { state in
            if case .serving(let link) = state { return link.pid }
            return nil
        }
    }

    /// Starts a session on `descriptors` (a pty slave, or the child's ends of three pipes)
    /// and returns its pid; nil when the starter is gone or fails now, and the caller
    /// spawns the session itself. The descriptors stay the caller's to close.
    func start(_ invocation: ChildInvocation, descriptors: [CInt]) -> pid_t? {
        let message = Self.message(for: invocation)
        // One request at a time: the starter answers them in order, one fork each.
        return state.withLock { state -> pid_t? in
            guard case .serving(let current) = state else { return nil }
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
            logger.error("session starter failed (\(String(cString: strerror(code)))): sessions are spawned afresh until it is restarted")
            Self.end(current, kill: true)
            state = .restarting
            restart()
            return nil
        }
    }

    /// Has the keeper start a new starter. The keeper is one thread, started at the first
    /// failure and kept for the server's life: the starter dies with the thread that
    /// started it (PR_SET_PDEATHSIG follows the thread, not the process), so a thread
    /// that ended after starting one would take it along.
    private func restart() {
        let startKeeper = keeperStarted.withLock { started -> Bool in
            defer { started = true }
            return !started
        }
        if startKeeper {
            Thread.detachNewThread { [self] in
                while true {
                    failures.wait()
                    keepRestarting()
                }
            }
        }
        failures.signal()
    }

    /// A second after a failure, then after 2, 4 … seconds while starting fails.
    private func keepRestarting() {
        var delay = 1
        while restarting {
            sleep(UInt32(delay))
            guard restarting else { return }
            guard let link = Self.spawn(executable, logger: logger) else {
                delay = min(delay * 2, Self.longestRestartDelay)
                continue
            }
            let kept = state.withLock { state -> Bool in
                guard case .restarting = state else { return false }
                state = .serving(link)
                return true
            }
            if kept {
                logger.notice("session starter restarted (pid \(link.pid))")
            } else {
                Self.end(link, kill: false)  // the server stopped meanwhile
            }
            return
        }
    }

    private var restarting: Bool {
        state.withLock { state in
            if case .restarting = state { return true }
            return false
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
        guard let current = state.withLock({ state -> Link? in
            defer { state = .stopped }
            if case .serving(let link) = state { return link }
            return nil
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

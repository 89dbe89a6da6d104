import CPTY
import Foundation
import NIOCore

/// One session's child process: polled with waitpid(WNOHANG) on the event loop (never a
/// blocked thread), hung up and killed when its visitor is gone. It keeps polling after
/// its session is closed, until the child is reaped: no zombie, no orphan.
///
/// Polled slowly while the child runs, and quickly once its end is due (its output
/// ended, or it was hung up): at once, then after 20 ms, 40 ms, 80 ms… up to 640 ms. A
/// child usually ends within the first few, and when thousands end at once (a crowd
/// leaving) the polls stay few. Every 20 ms for every child was 50 wake-ups a second
/// per session: with 2,800 sessions open the server spent its cores polling, and new
/// visitors waited (scripts/spike).
final class ChildProcess {
    let pid: pid_t
    private let server: ServerState
    private let loop: EventLoop
    /// The backstop poll while the child runs; it holds a strong reference: the child
    /// must be reaped even if the session handler that started it is long gone.
    private var running: RepeatingTimer?
    /// The next of the quick polls once its end is due.
    private var nextPoll: Scheduled<Void>?
    private var expectingExit = false
    /// The backstop for a child that ends without a sign (its pty kept open by another
    /// process it started), and the first and longest waits once its end is due.
    static let runningPeriod = TimeAmount.seconds(2)
    static let endingFirstWait = TimeAmount.milliseconds(20)
    static let endingLongestWait = TimeAmount.milliseconds(640)
    private var killTimer: Scheduled<Void>?
    private(set) var exit: ChildExit?
    private var onExit: ((ChildExit) -> Void)?

    /// Starts polling at once; `onExit` runs on the loop when the child has been reaped.
    init(pid: pid_t, server: ServerState, loop: EventLoop, onExit: @escaping (ChildExit) -> Void) {
        self.pid = pid
        self.server = server
        self.loop = loop
        self.onExit = onExit
        server.childStarted(pid)
        running = RepeatingTimer(loop: loop, period: Self.runningPeriod) { [self] in poll() }
    }

    /// The child's end is due (its output ended, or it was hung up): polls now, then
    /// ever less often until it is reaped, so the session ends as soon as the child does.
    func expectExit() {
        guard exit == nil, !expectingExit else { return }
        expectingExit = true
        running?.cancel()
        running = nil
        poll()
        pollAgain(after: Self.endingFirstWait)
    }

    /// One poll after `wait`, then the next after twice the wait, up to the longest.
    private func pollAgain(after wait: TimeAmount) {
        guard exit == nil else { return }
        // The task holds a strong reference, as `running` does.
        nextPoll = loop.assumeIsolated().scheduleTask(in: wait) { [self] in
            poll()
            pollAgain(after: min(wait * 2, Self.endingLongestWait))
        }
    }

    private func poll() {
        var code: Int32 = -1, signal: Int32 = -1
        let rc = cpty_try_reap(pid, &code, &signal)
        guard rc != 0 else { return }
        running?.cancel()
        running = nil
        nextPoll?.cancel()
        nextPoll = nil
        killTimer?.cancel()
        // rc < 0 (ECHILD) means someone else reaped it; either way it is gone.
        let exit: ChildExit = signal >= 0 ? .signaled(signal) : .exited(code)
        self.exit = exit
        server.childReaped(pid)
        let wasLast = server.releaseSession()
        let callback = onExit
        onExit = nil
        callback?(exit)
        if wasLast {
            // After a crowd, most of what it held is freed only as its connections and
            // handlers go, after this: about 8 MiB of 13 left with the allocator after
            // 2,000 sessions (scripts/spike's "back to baseline").
            let server = self.server
            loop.assumeIsolated().scheduleTask(in: Self.trimAgainAfter) { server.releaseFreeMemoryIfIdle() }
        }
    }

    /// When the last session has ended, how long until the allocator is asked once more.
    static let trimAgainAfter = TimeAmount.seconds(2)

    /// SIGHUP to the child's whole process group (it leads its own session), as a
    /// terminal hang-up would; SIGKILL after `grace` if it is still there.
    func hangUp(killAfter grace: TimeAmount) {
        guard exit == nil else { return }
        kill(-pid, SIGHUP)
        expectExit()
        guard killTimer == nil else { return }
        let pid = self.pid
        killTimer = loop.assumeIsolated().scheduleTask(in: grace) { [weak self] in
            guard self?.exit == nil else { return }
            kill(-pid, SIGKILL)
        }
    }

    /// Drops the exit callback: the session no longer cares (it is closed).
    func detach() { onExit = nil }
}

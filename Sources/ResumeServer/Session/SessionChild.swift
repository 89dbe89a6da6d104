import CPTY
import Glibc
import NIOCore
import NIOPosix

/// The handles of a started session's child: its process, the relays on its pty or pipes,
/// and the pty master for resizing. It holds no part of the session's life
/// (`SessionStateMachine` does): it spawns, connects, feeds, resizes and lets go.
final class SessionChild {
    let process: ChildProcess
    /// When the child started, for the log's duration.
    let started = NIODeadline.now()
    /// The parent's ends, from the spawn until `connect` puts relays on them.
    private var unconnected: Descriptors?
    /// The pty master, for TIOCSWINSZ, while it is open: nil without a pty, and once its
    /// relay has ended or failed, since NIO (or the failure) has closed it then and the
    /// number may already name another session's pty. A dup would be simpler and cost a
    /// descriptor per session, a quarter of the server's (`OpenFileLimit.perSession`).
    /// Everything here runs on the session's loop, where the relay's channel closes the
    /// master and reports its end in one step, so no resize falls between the two.
    private var master: CInt?
    private var relays: [ChildRelay] = []
    /// Where the visitor's input goes: the pty relay, or the stdin pipe relay.
    private var inputRelay: ChildRelay?
    private var released = false

    private enum Descriptors {
        case terminal(master: CInt)
        case pipes(Spawner.OnPipes)
    }

    /// Spawns the child for `invocation`, on a pty of `terminal`'s size when there is one.
    /// Its exit is reported to `session` as `.childExited`.
    init(_ invocation: ChildInvocation, terminal: TerminalRequest?, starter: SessionStarter?, session: SessionHandler,
         server: ServerState, loop: EventLoop) throws {
        let onExit: (ChildExit) -> Void = { [weak session] exit in session?.report(.childExited(exit)) }
        if let terminal {
            let spawned = try Spawner.onTerminal(invocation, size: terminal.size, starter: starter)
            unconnected = .terminal(master: spawned.master)
            master = spawned.master
            process = ChildProcess(pid: spawned.pid, server: server, loop: loop, onExit: onExit)
        } else {
            let spawned = try Spawner.onPipes(invocation, starter: starter)
            unconnected = .pipes(spawned)
            process = ChildProcess(pid: spawned.pid, server: server, loop: loop, onExit: onExit)
        }
    }

    /// Puts relays on the child's descriptors. Separate from the spawn because a relay can
    /// come up (or fail) before `connect` returns: the session must already know that its
    /// child runs.
    func connect(session: SessionHandler, loop: EventLoop) {
        guard let descriptors = unconnected else { return }
        unconnected = nil
        switch descriptors {
        case .terminal(let master):
            attach(ChildRelay(session: session, stream: .output), carriesInput: true, session: session, loop: loop) {
                $0.takingOwnershipOfDescriptor(inputOutput: master)
            } onFailure: { [weak self] in
                self?.master = nil
                Glibc.close(master)
            }
        case .pipes(let spawned):
            attach(ChildRelay(session: session, stream: .input), carriesInput: true, session: session, loop: loop) {
                $0.takingOwnershipOfDescriptor(output: spawned.stdinWrite)
            } onFailure: { Glibc.close(spawned.stdinWrite) }
            attach(ChildRelay(session: session, stream: .output), carriesInput: false, session: session, loop: loop) {
                $0.takingOwnershipOfDescriptor(input: spawned.stdoutRead)
            } onFailure: { Glibc.close(spawned.stdoutRead) }
            attach(ChildRelay(session: session, stream: .errors), carriesInput: false, session: session, loop: loop) {
                $0.takingOwnershipOfDescriptor(input: spawned.stderrRead)
            } onFailure: { Glibc.close(spawned.stderrRead) }
        }
    }

    /// Puts `relay` on a new NIO pipe channel made by `take` on the session's loop.
    private func attach(_ relay: ChildRelay, carriesInput: Bool, session: SessionHandler, loop: EventLoop,
                        _ take: (NIOPipeBootstrap) -> EventLoopFuture<Channel>, onFailure: @escaping () -> Void) {
        relays.append(relay)
        if carriesInput { inputRelay = relay }
        let bound = NIOLoopBound(relay, eventLoop: loop)
        let bootstrap = NIOPipeBootstrap(group: loop)
            .channelOption(ChannelOptions.allowRemoteHalfClosure, value: true)
            .channelInitializer { channel in
                channel.eventLoop.makeCompletedFuture { try channel.pipeline.syncOperations.addHandler(bound.value) }
            }
        take(bootstrap).assumeIsolated().whenComplete { [weak self, weak session] result in
            switch result {
            case .success:
                // Released meanwhile (the visitor left): this relay came up too late to be closed with the others.
                guard let self, !self.released else { return relay.close() }
                if carriesInput { session?.report(.childInputReady) }
            case .failure:
                // The descriptor is still ours when the bootstrap fails.
                onFailure()
                relay.close()
                if carriesInput { session?.report(.childInputFailed) }
                if relay.stream != .input { session?.report(.childOutputEnded(relay.stream)) }
            }
        }
    }

    // MARK: - Feeding

    var inputIsWritable: Bool { inputRelay?.isWritable ?? false }
    func writeToChild(_ buffer: ByteBuffer) { inputRelay?.writeToChild(buffer) }
    func flushToChild() { inputRelay?.flushToChild() }
    func closeChildInput() { inputRelay?.closeChildInput() }
    /// The visitor can take more: the relays do the reads they held back.
    func resumeRelays() { relays.forEach { $0.resume() } }

    /// TIOCSWINSZ makes the kernel send SIGWINCH to the UI at once.
    func resize(_ size: WindowSize) {
        // With a pty, the relay that carries input is the pty's own.
        guard let master, !(inputRelay?.hasEnded ?? false) else { return }
        _ = cpty_set_window_size(master, UInt16(size.rows), UInt16(size.columns))
    }

    // MARK: - Letting go

    /// Closes the relays. `abandon` when the visitor is gone: the exit no
    /// longer matters to the session, and the child is hung up (killed after `grace`); it
    /// is still reaped.
    func release(abandon: Bool, grace: TimeAmount) {
        guard !released else { return }
        released = true
        if abandon {
            process.detach()
            process.hangUp(killAfter: grace)
        }
        relays.forEach { $0.close() }
        master = nil
        switch unconnected {
        case .terminal(let master): Glibc.close(master)
        case .pipes(let spawned): [spawned.stdinWrite, spawned.stdoutRead, spawned.stderrRead].forEach { Glibc.close($0) }
        case nil: break
        }
        unconnected = nil
    }
}

import CPTY
import Foundation
import Logging
import NIOCore
import NIOPosix
import NIOSSH

/// One SSH session channel: answers its requests, starts the child, relays its I/O,
/// and ends it with exit-status. See `SessionState` for its life.
final class SessionHandler: ChannelDuplexHandler {
    typealias InboundIn = SSHChannelData
    typealias OutboundIn = SSHChannelData
    typealias OutboundOut = SSHChannelData

    private let configuration: ServerConfiguration
    private let server: ServerState
    private let connection: ConnectionContext
    private let logger: Logger
    private let log: SessionLog
    private var state: SessionState = .waiting(terminal: nil)
    private var context: ChannelHandlerContext?
    /// A read from the visitor held back because the child is not taking input.
    private var pendingRead = false
    /// The last write to the visitor: exit-status goes out only after it completes.
    private var lastWrite: EventLoopFuture<Void>?

    static let busyLine = "resume-tui: busy, try again in a minute"

    init(configuration: ServerConfiguration, server: ServerState, connection: ConnectionContext, logger: Logger) {
        self.configuration = configuration
        self.server = server
        self.connection = connection
        self.logger = logger
        self.log = SessionLog(logger: logger, connection: connection)
    }

    private var limits: ServerConfiguration.Limits { configuration.limits }

    // MARK: - Channel lifecycle

    func handlerAdded(context: ChannelHandlerContext) {
        self.context = context
        // Without half-closure, a visitor's EOF (`ssh host json < /dev/null`) would close
        // the channel before the child had written anything.
        context.channel.setOption(ChannelOptions.allowRemoteHalfClosure, value: true).whenFailure { _ in }
    }

    func handlerRemoved(context: ChannelHandlerContext) {
        self.context = nil
    }

    func channelInactive(context: ChannelHandlerContext) {
        connection.openSessionChannels -= 1
        switch state {
        case .running(let live), .draining(let live):
            state = .closed
            // The visitor is gone: hang up as a terminal would, kill if that is ignored.
            // The child keeps being polled until it is reaped.
            live.child?.detach()
            live.child?.hangUp(killAfter: .fractionalSeconds(limits.killGrace))
            release(live)
            log.end(live, how: live.endReason ?? "visitor left")
        case .waiting, .closed:
            state = .closed
        }
        context.fireChannelInactive()
    }

    // MARK: - Requests

    func userInboundEventTriggered(context: ChannelHandlerContext, event: Any) {
        switch event {
        case let request as SSHChannelRequestEvent.PseudoTerminalRequest:
            guard case .waiting(nil) = state else { return reply(request.wantReply, false) }
            let size = WindowSize(columns: request.terminalCharacterWidth, rows: request.terminalRowHeight)
            state = .waiting(terminal: TerminalRequest(term: TerminalName.sanitize(request.term), size: size))
            reply(request.wantReply, true)

        case let request as SSHChannelRequestEvent.WindowChangeRequest:
            resize(WindowSize(columns: request.terminalCharacterWidth, rows: request.terminalRowHeight))

        case let request as SSHChannelRequestEvent.ShellRequest:
            begin(.show(page: nil), wantReply: request.wantReply)

        case let request as SSHChannelRequestEvent.ExecRequest:
            begin(SessionCommand.route(exec: request.command, hasTerminal: state.waitsWithTerminal), wantReply: request.wantReply)

        case let request as SSHChannelRequestEvent.EnvironmentRequest:
            // Never passed to the child: the environment is built from scratch.
            reply(request.wantReply, false)

        case let request as SSHChannelRequestEvent.SubsystemRequest:
            // sftp and friends: there are no files to serve. The client says
            // "subsystem request failed" and the connection stays up.
            reply(request.wantReply, false)

        case is SSHChannelRequestEvent.SignalRequest:
            break  // the UI has its own quit key; signals from visitors are not forwarded

        case let event as ChannelEvent where event == .inputClosed:
            // The visitor sent EOF: pass it on to a child on pipes. On a pty, EOF is a
            // key (Ctrl-D) the UI reads itself, so nothing to do.
            if case .running(let live) = state, live.terminal == nil {
                live.inputEOF = true
                if live.inputReady { live.inputRelay?.closeChildInput() }
            }

        default:
            context.fireUserInboundEventTriggered(event)
        }
    }

    private func reply(_ wantReply: Bool, _ success: Bool) {
        guard wantReply, let context else { return }
        context.triggerUserOutboundEvent(success ? ChannelSuccessEvent() as Any : ChannelFailureEvent(), promise: nil)
    }

    private func begin(_ command: SessionCommand, wantReply: Bool) {
        guard case .waiting(let terminal) = state else { return reply(wantReply, false) }
        // Success first, whatever happens next: a client told "failure" exits at once
        // without showing the line we write (busy, usage).
        reply(wantReply, true)
        switch command {
        case .help:
            return answer(SessionCommand.usage, onErrors: false, status: 0, terminal: terminal, how: "help")
        case .unknown:
            return answer(SessionCommand.usage, onErrors: true, status: 2, terminal: terminal, how: "unknown command")
        case .show, .plain, .export, .tour:
            break
        }
        guard connection.admission == .serve, server.reserveSession() else {
            return answer(Self.busyLine + "\n", onErrors: true, status: 1, terminal: terminal, how: "busy",
                          closeConnection: true)
        }
        guard let invocation = ChildInvocation(command: command, terminal: terminal?.term,
                                               executable: configuration.executablePath,
                                               resumeFile: configuration.resumeFile()) else {
            server.releaseSession()
            return answer(SessionCommand.usage, onErrors: true, status: 2, terminal: terminal, how: "unknown command")
        }
        let live = LiveSession(command: command, terminal: invocation.usesTerminal ? terminal : nil)
        do {
            try start(invocation, live)
        } catch {
            server.releaseSession()
            logger.error("cannot start session", metadata: ["address": "\(connection.address)", "error": "\(error)"])
            return answer("resume-tui: could not start the session\n", onErrors: true, status: 1, terminal: terminal,
                          how: "spawn failed")
        }
        state = .running(live)
        log.start(live)
        startTick(live)
    }

    // MARK: - Starting the child

    private func start(_ invocation: ChildInvocation, _ live: LiveSession) throws {
        guard let context else { throw ChannelError.ioOnClosedChannel }
        let loop = context.eventLoop
        let onExit: (ChildExit) -> Void = { [weak self] exit in self?.childExited(exit) }
        if let terminal = live.terminal {
            let spawned = try Spawner.onTerminal(invocation, size: terminal.size)
            live.child = ChildProcess(pid: spawned.pid, server: server, loop: loop, onExit: onExit)
            live.resizer = spawned.resizer
            let relay = ChildRelay(session: self, stream: .output)
            live.inputRelay = relay
            attach(relay, live, loop: loop) { $0.takingOwnershipOfDescriptor(inputOutput: spawned.master) }
                onFailure: { Glibc.close(spawned.master) }
        } else {
            let spawned = try Spawner.onPipes(invocation)
            live.child = ChildProcess(pid: spawned.pid, server: server, loop: loop, onExit: onExit)
            let input = ChildRelay(session: self, stream: .input)
            live.inputRelay = input
            attach(input, live, loop: loop) { $0.takingOwnershipOfDescriptor(output: spawned.stdinWrite) }
                onFailure: { Glibc.close(spawned.stdinWrite) }
            attach(ChildRelay(session: self, stream: .output), live, loop: loop) {
                $0.takingOwnershipOfDescriptor(input: spawned.stdoutRead)
            } onFailure: { Glibc.close(spawned.stdoutRead) }
            attach(ChildRelay(session: self, stream: .errors), live, loop: loop) {
                $0.takingOwnershipOfDescriptor(input: spawned.stderrRead)
            } onFailure: { Glibc.close(spawned.stderrRead) }
        }
    }

    /// Puts `relay` on a new NIO pipe channel made by `bootstrap` on this session's loop.
    private func attach(_ relay: ChildRelay, _ live: LiveSession, loop: EventLoop,
                        _ take: (NIOPipeBootstrap) -> EventLoopFuture<Channel>, onFailure: @escaping () -> Void) {
        live.relays.append(relay)
        let bound = NIOLoopBound(relay, eventLoop: loop)
        let bootstrap = NIOPipeBootstrap(group: loop)
            .channelOption(ChannelOptions.allowRemoteHalfClosure, value: true)
            .channelInitializer { channel in
                channel.eventLoop.makeCompletedFuture { try channel.pipeline.syncOperations.addHandler(bound.value) }
            }
        take(bootstrap).assumeIsolated().whenComplete { [weak self] result in
            switch result {
            case .success:
                if relay === live.inputRelay { self?.inputRelayReady(live) }
            case .failure:
                // The descriptor is still ours when the bootstrap fails.
                onFailure()
                relay.close()
                self?.childOutputEnded(relay.stream)
            }
        }
    }

    private func inputRelayReady(_ live: LiveSession) {
        guard let relay = live.inputRelay else { return }
        live.inputReady = true
        for buffer in live.pendingInput { relay.writeToChild(buffer) }
        live.pendingInput = []
        relay.flushToChild()
        if live.inputEOF { relay.closeChildInput() }
        childCanTakeInput()
    }

    // MARK: - Visitor to child

    func channelRead(context: ChannelHandlerContext, data: NIOAny) {
        let data = unwrapInboundIn(data)
        // Extended data from a client means nothing in a session; drop it.
        guard case .channel = data.type, case .byteBuffer(let buffer) = data.data else { return }
        guard case .running(let live) = state else { return }
        live.lastInput = .now()
        // In order: straight to the child once its channel is ready and nothing is queued.
        if let relay = live.inputRelay, live.inputReady, live.pendingInput.isEmpty {
            relay.writeToChild(buffer)
        } else if live.pendingInput.count < 16 {
            live.pendingInput.append(buffer)
        }
    }

    func channelReadComplete(context: ChannelHandlerContext) {
        if case .running(let live) = state { live.inputRelay?.flushToChild() }
        context.fireChannelReadComplete()
    }

    func read(context: ChannelHandlerContext) {
        // Backpressure: while the child is not taking input, leave the visitor's data in
        // the SSH window; the client stops sending when the window is used up.
        if case .running(let live) = state, !live.inputReady || !(live.inputRelay?.isWritable ?? false) {
            pendingRead = true
            return
        }
        context.read()
    }

    /// The child's input can take more: do the read that was held back.
    func childCanTakeInput() {
        guard pendingRead, let context else { return }
        pendingRead = false
        context.read()
    }

    private func resize(_ size: WindowSize) {
        switch state {
        case .waiting(let terminal?):
            state = .waiting(terminal: TerminalRequest(term: terminal.term, size: size))
        case .running(let live):
            live.lastInput = .now()
            if let resizer = live.resizer {
                // TIOCSWINSZ makes the kernel send SIGWINCH to the UI at once.
                _ = cpty_set_window_size(resizer, UInt16(size.rows), UInt16(size.columns))
            }
        default:
            break
        }
    }

    // MARK: - Child to visitor

    var visitorIsWritable: Bool { context?.channel.isWritable ?? true }

    func childWrote(_ buffer: ByteBuffer, on stream: ChildStream) {
        guard let context else { return }
        switch state {
        case .running, .draining:
            let promise = context.eventLoop.makePromise(of: Void.self)
            context.write(wrapOutboundOut(SSHChannelData(type: stream == .errors ? .stdErr : .channel,
                                                         data: .byteBuffer(buffer))), promise: promise)
            lastWrite = promise.futureResult
        case .waiting, .closed:
            break
        }
    }

    func flushToVisitor() { context?.flush() }

    func channelWritabilityChanged(context: ChannelHandlerContext) {
        if context.channel.isWritable {
            switch state {
            case .running(let live), .draining(let live): live.relays.forEach { $0.resume() }
            default: break
            }
        }
        context.fireChannelWritabilityChanged()
    }

    // MARK: - Ending

    func childOutputEnded(_ stream: ChildStream) {
        switch state {
        case .running(let live), .draining(let live):
            live.openOutputs.remove(stream)
            finishIfDone()
        default:
            break
        }
    }

    private func childExited(_ exit: ChildExit) {
        guard case .running(let live) = state else { return }
        live.exit = exit
        state = .draining(live)
        finishIfDone()
        // A grandchild could keep the pty or a pipe open forever; the session is the
        // child's, so give its output a moment and then end regardless.
        context?.eventLoop.assumeIsolated().scheduleTask(in: .milliseconds(500)) { [weak self] in
            guard let self, case .draining(let live) = self.state else { return }
            self.finish(live)
        }
    }

    private func finishIfDone() {
        if case .draining(let live) = state, live.openOutputs.isEmpty { finish(live) }
    }

    private func finish(_ live: LiveSession) {
        state = .closed
        release(live)
        if let farewell = live.farewell { write(farewell, onErrors: true, terminal: live.terminal) }
        let exit = live.exit ?? .exited(1)
        sendExitAndClose(exit)
        log.end(live, how: live.endReason ?? exit.description)
    }

    private func release(_ live: LiveSession) {
        live.tick?.cancel()
        live.relays.forEach { $0.close() }
        if let resizer = live.resizer { Glibc.close(resizer) }
        live.resizer = nil
        live.pendingInput = []
    }

    /// Answers without a child (help, usage, busy): a text, an exit status, the end.
    private func answer(_ text: String, onErrors: Bool, status: Int32, terminal: TerminalRequest?, how: String,
                        closeConnection: Bool = false) {
        state = .closed
        write(text, onErrors: onErrors, terminal: terminal)
        sendExitAndClose(.exited(status), closeConnection: closeConnection)
        log.answered(terminal: terminal, how: how)
    }

    private func write(_ text: String, onErrors: Bool, terminal: TerminalRequest?) {
        guard let context else { return }
        // A client with a pty has put its terminal in raw mode: a bare \n would not return the carriage.
        let text = terminal == nil ? text : text.replacingOccurrences(of: "\n", with: "\r\n")
        var buffer = context.channel.allocator.buffer(capacity: text.utf8.count)
        buffer.writeString(text)
        let promise = context.eventLoop.makePromise(of: Void.self)
        context.writeAndFlush(wrapOutboundOut(SSHChannelData(type: onErrors ? .stdErr : .channel, data: .byteBuffer(buffer))),
                              promise: promise)
        lastWrite = promise.futureResult
    }

    private func sendExitAndClose(_ exit: ChildExit, closeConnection: Bool = false) {
        guard let context else { return }
        SessionEnding.sendExitAndClose(exit, context: context, after: lastWrite,
                                       backstop: .fractionalSeconds(limits.killGrace + 1), logger: logger,
                                       address: connection.address, closeConnection: closeConnection)
    }

    // MARK: - Timeouts

    private func startTick(_ live: LiveSession) {
        guard let context else { return }
        let period = TimeAmount.fractionalSeconds(min(1, limits.idleTimeout / 4, limits.maxSessionDuration / 4))
        live.tick = RepeatingTimer(loop: context.eventLoop, period: period) { [weak self, weak live] in
            guard let self, let live else { return }
            let now = NIODeadline.now()
            if now - live.lastInput > .fractionalSeconds(self.limits.idleTimeout) {
                self.end(live, reason: "idle timeout", farewell: SessionEnding.idleFarewell(self.limits.idleTimeout))
            } else if now - live.started > .fractionalSeconds(self.limits.maxSessionDuration) {
                self.end(live, reason: "max duration", farewell: SessionEnding.durationFarewell(self.limits.maxSessionDuration))
            }
        }
    }

    /// The server ends the session: hang up the child; its exit finishes the session,
    /// and the visitor reads `farewell` after the UI has restored the terminal.
    private func end(_ live: LiveSession, reason: String, farewell: String) {
        live.tick?.cancel()
        guard live.endReason == nil else { return }
        live.endReason = reason
        live.farewell = farewell
        live.child?.hangUp(killAfter: .fractionalSeconds(limits.killGrace))
    }
}

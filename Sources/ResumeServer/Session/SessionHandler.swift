import Logging
import NIOCore
import NIOSSH

/// One SSH session channel: turns what happens on the channel and to the child into
/// `SessionEvent`s, and performs the `SessionAction`s that `SessionStateMachine` answers
/// with. The decisions are the machine's; this class only wires. Timeouts arrive from
/// `SessionTimeouts`, in front of it on the channel.
final class SessionHandler: ChannelDuplexHandler {
    typealias InboundIn = SSHChannelData
    typealias OutboundIn = SSHChannelData
    typealias OutboundOut = SSHChannelData

    private let configuration: ServerConfiguration
    private let server: ServerState
    private let connection: ConnectionContext
    private let logger: Logger
    private let log: SessionLog
    private var machine = SessionStateMachine<ByteBuffer>()
    private var context: ChannelHandlerContext?
    private var child: SessionChild?
    /// A read from the visitor held back because the child is not taking input.
    private var heldRead = false
    /// The last write to the visitor: exit-status goes out only after it completes.
    private var lastWrite: EventLoopFuture<Void>?

    init(configuration: ServerConfiguration, server: ServerState, connection: ConnectionContext, logger: Logger) {
        self.configuration = configuration
        self.server = server
        self.connection = connection
        self.logger = logger
        self.log = SessionLog(logger: logger, connection: connection)
    }

    private var killGrace: TimeAmount { .fractionalSeconds(configuration.limits.killGrace) }

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
        report(.channelClosed)
        context.fireChannelInactive()
    }

    // MARK: - Visitor to session

    func userInboundEventTriggered(context: ChannelHandlerContext, event: Any) {
        switch event {
        case let request as SSHChannelRequestEvent.PseudoTerminalRequest:
            let size = WindowSize(columns: request.terminalCharacterWidth, rows: request.terminalRowHeight)
            report(.ptyRequest(TerminalRequest(term: TerminalName.sanitize(request.term), size: size),
                               wantReply: request.wantReply))
        case let request as SSHChannelRequestEvent.WindowChangeRequest:
            report(.windowChange(WindowSize(columns: request.terminalCharacterWidth, rows: request.terminalRowHeight)))
        case let request as SSHChannelRequestEvent.ShellRequest:
            report(.shell(wantReply: request.wantReply))
        case let request as SSHChannelRequestEvent.ExecRequest:
            report(.exec(request.command, wantReply: request.wantReply))
        case let request as SSHChannelRequestEvent.EnvironmentRequest:
            report(.environment(name: request.name, value: request.value, wantReply: request.wantReply))
        case let request as SSHChannelRequestEvent.SubsystemRequest:
            report(.subsystem(wantReply: request.wantReply))
        case is SSHChannelRequestEvent.SignalRequest:
            report(.signal)
        case let event as ChannelEvent where event == .inputClosed:
            report(.endOfInput)
        case let timeout as SessionTimeout:
            switch timeout {
            case .idle(let seconds): report(.idleTimeout(seconds: seconds))
            case .tooLong(let seconds): report(.sessionTooLong(seconds: seconds))
            }
        default:
            context.fireUserInboundEventTriggered(event)
        }
    }

    func channelRead(context: ChannelHandlerContext, data: NIOAny) {
        let data = unwrapInboundIn(data)
        // Extended data from a client means nothing in a session; drop it.
        guard case .channel = data.type, case .byteBuffer(let buffer) = data.data else { return }
        report(.data(buffer))
    }

    func channelReadComplete(context: ChannelHandlerContext) {
        child?.flushToChild()
        context.fireChannelReadComplete()
    }

    func read(context: ChannelHandlerContext) {
        switch machine.readPolicy {
        case .allow:
            context.read()
        case .hold:
            heldRead = true
        case .whileChildTakesInput:
            if child?.inputIsWritable ?? false { context.read() } else { heldRead = true }
        }
    }

    // MARK: - Child to session (called by the relays)

    var visitorIsWritable: Bool { context?.channel.isWritable ?? true }

    func childWrote(_ buffer: ByteBuffer, on stream: ChildStream) { report(.childOutput(buffer, stream)) }

    func flushToVisitor() { context?.flush() }

    func childOutputEnded(_ stream: ChildStream) {
        report(.childOutputEnded(stream))
        // The child has closed its terminal or its stdout: it is ending, so reap it soon.
        if stream != .errors { child?.process.expectExit() }
    }

    /// The child's input can take more: do the read that was held back.
    func childCanTakeInput() { resumeHeldRead() }

    func channelWritabilityChanged(context: ChannelHandlerContext) {
        if context.channel.isWritable { child?.resumeRelays() }
        context.fireChannelWritabilityChanged()
    }

    // MARK: - The machine

    /// Moves the machine and performs what it answers. An impossible transition is a bug
    /// in this wiring: logged, and the channel closed (which releases any child).
    func report(_ event: SessionEvent<ByteBuffer>) {
        let actions: [SessionAction<ByteBuffer>]
        do {
            actions = try machine.handle(event)
        } catch {
            logger.error("session closed: impossible transition",
                         metadata: ["address": "\(connection.address)", "error": "\(error)"])
            context?.close(promise: nil)
            return
        }
        for action in actions { perform(action) }
    }

    private func perform(_ action: SessionAction<ByteBuffer>) {
        switch action {
        case .reply(let success):
            context?.triggerUserOutboundEvent(success ? ChannelSuccessEvent() as Any : ChannelFailureEvent(), promise: nil)
        case .start(let command, let terminal, let language):
            start(command, terminal: terminal, language: language)
        case .startTimers:
            context?.triggerUserOutboundEvent(SessionTimeouts.Start(), promise: nil)
        case .writeToChild(let buffer):
            child?.writeToChild(buffer)
        case .flushToChild:
            child?.flushToChild()
        case .closeChildInput:
            child?.closeChildInput()
        case .resizeTerminal(let size):
            child?.resize(size)
        case .resumeReading:
            resumeHeldRead()
        case .sendToVisitor(let buffer, let stream):
            write(buffer, onErrors: stream == .errors, flush: false)
        case .say(let text, let onErrors):
            guard let context else { return }
            var buffer = context.channel.allocator.buffer(capacity: text.utf8.count)
            buffer.writeString(text)
            write(buffer, onErrors: onErrors, flush: true)
        case .hangUpChild:
            child?.process.hangUp(killAfter: killGrace)
        case .release(let abandonChild):
            child?.release(abandon: abandonChild, grace: killGrace)
        case .scheduleDrainLimit:
            context?.eventLoop.assumeIsolated().scheduleTask(in: .milliseconds(500)) { [weak self] in
                self?.report(.drainTimeLimit)
            }
        case .sendExit(let exit, let closeConnection):
            guard let context else { return }
            SessionEnding.sendExitAndClose(exit, context: context, after: lastWrite, backstop: killGrace + .seconds(1),
                                           logger: logger, address: connection.address, closeConnection: closeConnection)
        case .log(.started(let command, let terminal, let language)):
            log.start(command, terminal: terminal, language: language)
        case .log(.ended(let terminal, let how)):
            log.end(terminal: terminal, started: child?.started ?? .now(), how: how)
        case .log(.answered(let terminal, let how)):
            log.answered(terminal: terminal, how: how)
        }
    }

    /// Takes a session slot and spawns the child; tells the machine how that went before
    /// the child's relays can report anything.
    private func start(_ command: SessionCommand, terminal: TerminalRequest?, language: String?) {
        guard let context else { return report(.startRefused(.spawnFailed)) }
        guard connection.admission == .serve, server.reserveSession() else { return report(.startRefused(.busy)) }
        // The visitor's word or locale first; then what the owner chose with `serve --lang`.
        guard let invocation = ChildInvocation(command: command, terminal: terminal?.term,
                                               language: language ?? configuration.defaultLanguage,
                                               executable: configuration.executablePath,
                                               resumeFile: configuration.resumeFile()) else {
            server.releaseSession()
            return report(.startRefused(.noInvocation))
        }
        let child: SessionChild
        do {
            child = try SessionChild(invocation, terminal: terminal, starter: configuration.sessionStarter, session: self,
                                     server: server, loop: context.eventLoop)
        } catch {
            server.releaseSession()
            logger.error("cannot start session", metadata: ["address": "\(connection.address)", "error": "\(error)"])
            return report(.startRefused(.spawnFailed))
        }
        self.child = child
        report(.started)
        child.connect(session: self, loop: context.eventLoop)
    }

    private func resumeHeldRead() {
        guard heldRead, let context else { return }
        heldRead = false
        context.read()
    }

    private func write(_ buffer: ByteBuffer, onErrors: Bool, flush: Bool) {
        guard let context else { return }
        let promise = context.eventLoop.makePromise(of: Void.self)
        let data = SSHChannelData(type: onErrors ? .stdErr : .channel, data: .byteBuffer(buffer))
        context.write(wrapOutboundOut(data), promise: promise)
        if flush { context.flush() }
        lastWrite = promise.futureResult
    }
}

import Crypto
import Foundation
import Logging
import NIOCore
import NIOPosix
import NIOSSH
import Synchronization

/// The SSH server: everyone logs in with no prompt and each session runs the résumé UI
/// (this same binary) in a child process on its own pty.
///
/// `start()` binds and returns; `stop()` ends everything gracefully; `run()` does both
/// around SIGTERM/SIGINT. The server itself never draws: see `ChildInvocation`.
public final class ResumeSSHServer: Sendable {
    public let configuration: ServerConfiguration
    public let hostKey: HostKey
    private let logger: Logger
    private let state: ServerState
    private let group: MultiThreadedEventLoopGroup
    /// The listening channel once bound, and whether `stop()` has begun.
    private let listener = Mutex<(channel: Channel?, stopped: Bool)>((nil, false))

    /// Loads (or creates) the host key; throws `HostKeyError` if it is unusable.
    public init(configuration: ServerConfiguration, logger: Logger = Logger(label: "resume-tui.server")) throws {
        self.configuration = configuration
        self.logger = logger
        hostKey = try HostKey.loadOrCreate(at: configuration.hostKeyPath)
        state = ServerState(limits: configuration.limits)
        // The relays write to pipes and ptys; a child that died first must cost an EPIPE
        // error on one session, not a SIGPIPE that ends the whole server. Children get
        // default dispositions back (POSIX_SPAWN_SETSIGDEF).
        signal(SIGPIPE, SIG_IGN)
        group = MultiThreadedEventLoopGroup(numberOfThreads: min(2, System.coreCount))
    }

    /// Binds and starts accepting. Returns the address actually bound (port 0 picks one).
    @discardableResult
    public func start() throws -> SocketAddress {
        let hostKey = NIOSSHPrivateKey(ed25519Key: self.hostKey.privateKey)
        let channel = try ServerBootstrap(group: group)
            .serverChannelOption(ChannelOptions.socketOption(.so_reuseaddr), value: 1)
            // NIO's default backlog is 128: a front page's burst overflowed it, and the
            // kernel dropped connections the server never saw (`scripts/spike`). The
            // kernel caps this at net.core.somaxconn (4096 on current kernels).
            .serverChannelOption(ChannelOptions.backlog, value: 4096)
            .childChannelOption(ChannelOptions.socketOption(.tcp_nodelay), value: 1)
            .childChannelInitializer { [self] channel in
                channel.eventLoop.makeCompletedFuture {
                    try self.setUpConnection(channel, hostKey: hostKey)
                }
            }
            .bind(host: configuration.host, port: configuration.port)
            .wait()
        listener.withLock { $0.channel = channel }
        guard let address = channel.localAddress else { throw ChannelError.inappropriateOperationForState }
        return address
    }

    // MARK: - One connection

    private func setUpConnection(_ channel: Channel, hostKey: NIOSSHPrivateKey) throws {
        guard configuration.proxyProtocol else {
            return try admit(channel, address: channel.remoteAddress?.ipAddress ?? "unknown", hostKey: hostKey)
        }
        // Behind a proxy every socket comes from the proxy: admission waits for the
        // address the header carries. The header timer bounds sockets that never send one.
        let reader = ProxyHeaderReader(timeout: configuration.limits.handshakeTimeout, logger: logger) { [self] address in
            try self.admit(channel, address: address, hostKey: hostKey)
        }
        try channel.pipeline.syncOperations.addHandler(reader)
    }

    /// Admits or refuses one connection from `address`, and builds its SSH pipeline
    /// (appended to the pipeline: after the PROXY reader, when there is one).
    private func admit(_ channel: Channel, address: String, hostKey: NIOSSHPrivateKey) throws {
        let admission = state.admit(channel, address: address)
        if case .reject(let why) = admission {
            // Before any SSH: no version line, no key exchange, nothing to compute.
            logger.info("connection refused: \(why.rawValue)", metadata: ["address": "\(address)"])
            let refusal = RawRefusal(line: SessionEnding.busyLine)
            try channel.pipeline.syncOperations.addHandler(refusal)
            if channel.isActive { refusal.refuse(channel: channel) }
            return
        }
        let state = self.state
        channel.closeFuture.whenComplete { _ in state.release(channel, address: address) }
        if admission == .busy {
            logger.info("connection over the per-address limit: will say busy", metadata: ["address": "\(address)"])
        }

        let limits = configuration.limits
        let connection = ConnectionContext(address: address, admission: admission)
        let guardHandler = ConnectionGuard(connection: connection, limits: limits, logger: logger,
                                           onHandshakeTimeout: { state.refused(.handshakeTimeout) },
                                           onFirstInput: { state.spoke(channel) })
        let logger = self.logger
        // Set once the SSH handler exists; login can only happen after that.
        var keepalive: Keepalive?
        let delegate = AcceptAnyoneDelegate {
            guardHandler.authenticated()
            state.authenticated(channel)
            keepalive?.start()
        }
        let serverConfiguration = SSHServerConfiguration(
            hostKeys: [hostKey],
            userAuthDelegate: delegate,
            globalRequestDelegate: nil,  // the default refuses tcpip-forward
            banner: nil,
            transportProtectionSchemes: TransportSchemes.offered
        )
        let configuration = self.configuration
        let ssh = NIOSSHHandler(
            role: .server(serverConfiguration),
            allocator: channel.allocator,
            inboundChildChannelInitializer: { child, type in
                // Only sessions: direct-tcpip (ssh -L / -D) and anything else get an
                // open failure, and the connection carries on.
                guard case .session = type else {
                    return child.eventLoop.makeFailedFuture(RefusedChannel())
                }
                guard connection.openSessionChannels < configuration.limits.maxChannelsPerConnection else {
                    return child.eventLoop.makeFailedFuture(RefusedChannel())
                }
                connection.openSessionChannels += 1
                return child.eventLoop.makeCompletedFuture {
                    try child.pipeline.syncOperations.addHandlers([
                        SessionTimeouts(idleTimeout: limits.idleTimeout, maxDuration: limits.maxSessionDuration),
                        SessionHandler(configuration: configuration, server: state, connection: connection, logger: logger),
                    ])
                }
            }
        )
        let asker = Keepalive(interval: limits.keepaliveInterval, countMax: limits.keepaliveCountMax, address: address,
                              logger: logger, ask: Keepalive.globalRequest(through: ssh))
        keepalive = asker
        let reporter = NegotiationFailureReporter(connection: connection, logger: logger) { state.refused(.negotiationFailed) }
        try channel.pipeline.syncOperations.addHandlers([
            guardHandler, NegotiationSniffer(connection: connection), ssh, reporter, asker,
            ErrorCloser(logger: logger, address: address),
        ])
    }

    // MARK: - Stopping

    /// Stops accepting, hangs up every child, gives sessions `grace` seconds to end on
    /// their own, then closes what is left and kills any child still there. Blocks;
    /// call it from outside the event loops. Idempotent.
    public func stop(grace: Double = 2) {
        let first: Bool = listener.withLock { listener in
            defer { listener.stopped = true }
            return !listener.stopped
        }
        guard first else { return }
        state.beginShutdown()
        let channel = listener.withLock { $0.channel }
        try? channel?.close().wait()

        for pid in state.liveChildren { kill(-pid, SIGHUP) }
        wait(upTo: grace) { self.state.liveChildren.isEmpty && self.state.openConnections.isEmpty }

        for connection in state.openConnections { connection.close(promise: nil) }
        wait(upTo: configuration.limits.killGrace + 0.5) { self.state.liveChildren.isEmpty }

        // Whatever ignored SIGHUP and outlived the grace: no child may outlive the server.
        for pid in state.liveChildren {
            kill(-pid, SIGKILL)
            var status: Int32 = 0
            _ = waitpid(pid, &status, 0)
            state.childReaped(pid)
        }
        try? group.syncShutdownGracefully()
        logger.info("server stopped", metadata: ["refused": "\"\(state.refusalSummary)\""])
    }

    private func wait(upTo seconds: Double, until done: () -> Bool) {
        let deadline = Date().addingTimeInterval(seconds)
        while !done() && Date() < deadline {
            Thread.sleep(forTimeInterval: 0.02)
        }
    }

    /// Serves until SIGTERM or SIGINT, then stops. The signal handlers are in place
    /// before the socket is bound, so a signal sent as soon as `onListening` reports the
    /// address is never lost. Starts the server unless it already was.
    public func run(onListening: (SocketAddress) -> Void = { _ in }) throws {
        let stopSignal = DispatchSemaphore(value: 0)
        let registered = DispatchSemaphore(value: 0)
        var sources: [DispatchSourceSignal] = []
        for number in [SIGTERM, SIGINT] {
            signal(number, SIG_IGN)  // handled by the dispatch source instead
            let source = DispatchSource.makeSignalSource(signal: number, queue: .global())
            source.setEventHandler { stopSignal.signal() }
            source.setRegistrationHandler { registered.signal() }
            source.resume()
            sources.append(source)
        }
        defer { sources.forEach { $0.cancel() } }
        // A source takes the signal only once libdispatch has registered it, on one of its
        // own threads; until then the signal is ignored and lost. A test (or a supervisor)
        // that sends SIGTERM the moment the address is printed lost it on a busy machine,
        // and the server never stopped. The bound is only there so a start never hangs.
        for _ in sources { _ = registered.wait(timeout: .now() + 5) }
        if let channel = listener.withLock({ $0.channel }), let address = channel.localAddress {
            onListening(address)
        } else {
            onListening(try start())
        }
        stopSignal.wait()
        logger.info("shutting down")
        stop()
    }
}

/// Fails a child channel open: swift-nio-ssh turns it into SSH_MSG_CHANNEL_OPEN_FAILURE.
struct RefusedChannel: Error {}

/// For a connection refused before any SSH: one plain line, then close. An ssh client
/// does not show text sent before the version line, but nc and telnet users see it;
/// ssh users see "connection closed" at once rather than a hang.
final class RawRefusal: ChannelInboundHandler {
    typealias InboundIn = ByteBuffer
    typealias OutboundOut = ByteBuffer
    private let line: String

    private var sent = false

    init(line: String) { self.line = line }

    func channelActive(context: ChannelHandlerContext) {
        refuse(channel: context.channel)
    }

    /// Says the line and closes. Called from `channelActive`, or at once when added to a
    /// channel that is already active (after a PROXY header).
    func refuse(channel: Channel) {
        guard !sent else { return }
        sent = true
        var buffer = channel.allocator.buffer(capacity: line.utf8.count + 2)
        buffer.writeString(line + "\r\n")
        channel.writeAndFlush(buffer).whenComplete { _ in channel.close(promise: nil) }
    }

    func channelRead(context: ChannelHandlerContext, data: NIOAny) {}
}

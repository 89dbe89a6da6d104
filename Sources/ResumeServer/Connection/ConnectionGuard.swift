import Logging
import NIOCore

/// The first handler of every connection: enforces the connection-wide timeouts. It sits
/// before the SSH handler, so it sees raw bytes (the version line is `NegotiationSniffer`'s).
///
/// - handshake timeout: a socket that has not logged in by then is closed (swift-nio-ssh
///   would keep a silent socket open forever);
/// - idle backstop: no bytes at all from the client for the idle timeout closes the
///   connection (sessions have their own, friendlier idle check; this one catches
///   connections with no session, like `ssh -N`);
/// - lifetime backstop: the maximum session length plus a little, in case a session's
///   own timer could not end it.
final class ConnectionGuard: ChannelInboundHandler {
    typealias InboundIn = ByteBuffer
    typealias InboundOut = ByteBuffer

    private let connection: ConnectionContext
    private let limits: ServerConfiguration.Limits
    private let logger: Logger
    private var handshakeTimer: Scheduled<Void>?
    private var tick: RepeatingTimer?
    /// Times on the event loop's clock (`eventLoop.now`), so tests can drive it.
    private var lastInput = NIODeadline.uptimeNanoseconds(0)
    private var started = NIODeadline.uptimeNanoseconds(0)
    /// Called once, at the client's first bytes (a silent socket's slot may be taken).
    private var onFirstInput: (() -> Void)?
    /// Called when the handshake timeout closes the connection, for the server's count.
    private let onHandshakeTimeout: () -> Void

    init(connection: ConnectionContext, limits: ServerConfiguration.Limits, logger: Logger,
         onHandshakeTimeout: @escaping () -> Void = {}, onFirstInput: (() -> Void)? = nil) {
        self.connection = connection
        self.limits = limits
        self.logger = logger
        self.onHandshakeTimeout = onHandshakeTimeout
        self.onFirstInput = onFirstInput
    }

    func handlerAdded(context: ChannelHandlerContext) {
        let loop = context.eventLoop.assumeIsolated()
        started = context.eventLoop.now
        lastInput = started
        let channel = context.channel
        let connection = self.connection
        let logger = self.logger
        let onHandshakeTimeout = self.onHandshakeTimeout
        handshakeTimer = loop.scheduleTask(in: .fractionalSeconds(limits.handshakeTimeout)) {
            guard !connection.authenticated else { return }
            onHandshakeTimeout()
            logger.info("connection closed: handshake timeout", metadata: ["address": "\(connection.address)"])
            channel.close(promise: nil)
        }
        // Checking once a second is plenty for limits measured in minutes; tests use
        // short limits, so never tick slower than a quarter of the idle timeout.
        let period = TimeAmount.fractionalSeconds(min(1, limits.idleTimeout / 4))
        let idle = TimeAmount.fractionalSeconds(limits.idleTimeout)
        let lifetime = TimeAmount.fractionalSeconds(limits.maxSessionDuration + 10)
        tick = RepeatingTimer(loop: context.eventLoop, period: period) { [weak self] in
            guard let self else { return }
            let now = channel.eventLoop.now
            // Sessions end themselves when idle, with a farewell; this only catches
            // connections that hold no session at all.
            let idleWithoutSession = self.connection.openSessionChannels == 0 && now - self.lastInput > idle
            if idleWithoutSession || now - self.started > lifetime {
                self.logger.info("connection closed: idle or too long", metadata: ["address": "\(self.connection.address)"])
                channel.close(promise: nil)
            }
        }
    }

    func handlerRemoved(context: ChannelHandlerContext) {
        handshakeTimer?.cancel()
        tick?.cancel()
    }

    func channelRead(context: ChannelHandlerContext, data: NIOAny) {
        lastInput = context.eventLoop.now
        if let first = onFirstInput {
            onFirstInput = nil
            first()
        }
        context.fireChannelRead(data)
    }

    /// Called by the auth delegate: the handshake is over.
    func authenticated() {
        connection.authenticated = true
        handshakeTimer?.cancel()
        handshakeTimer = nil
    }
}

/// Extends `TimeAmount` with fractional seconds, for limits given as Double.
extension TimeAmount {
    static func fractionalSeconds(_ value: Double) -> TimeAmount {
        .nanoseconds(Int64(max(0, min(value, 1e9)) * 1e9))
    }
}

import Logging
import NIOCore
import NIOSSH

/// Asks a logged-in client every `interval` whether it is still there, and closes the
/// connection after `countMax` questions in a row got no answer (OpenSSH's
/// ClientAliveInterval / ClientAliveCountMax). Without it, a client that vanished without
/// a FIN (laptop lid closed, NAT dropped, process stopped) holds its session and child
/// until the idle timeout, 10 minutes.
///
/// A handler on the connection, after the SSH handler: it reads nothing, and it stops
/// with the channel. `start()` is called at login.
final class Keepalive: ChannelInboundHandler {
    typealias InboundIn = Any

    /// Sends one question; `answered` completes when the client answers, either way.
    typealias Ask = (_ answered: EventLoopPromise<Void>) -> Void

    private let interval: Double
    private let countMax: Int
    private let address: String
    private let logger: Logger
    private let ask: Ask
    private var context: ChannelHandlerContext?
    private var timer: RepeatingTimer?
    /// Questions sent since the last answer.
    private var unanswered = 0

    init(interval: Double, countMax: Int, address: String, logger: Logger, ask: @escaping Ask) {
        self.interval = interval
        self.countMax = max(1, countMax)
        self.address = address
        self.logger = logger
        self.ask = ask
    }

    /// The question real clients answer. swift-nio-ssh 0.15.1 can only send TCP-forwarding
    /// global requests from outside the package, so it is a `cancel-tcpip-forward` with
    /// want-reply for a port that was never forwarded. Every client answers it (OpenSSH,
    /// paramiko and asyncssh reply REQUEST_FAILURE to global requests they do not serve),
    /// and either answer proves the client alive; the request changes nothing on its side.
    static func globalRequest(through ssh: NIOSSHHandler) -> Ask {
        { [weak ssh] answered in
            let response = answered.futureResult.eventLoop.makePromise(of: GlobalRequest.TCPForwardingResponse?.self)
            // Success and failure are both answers; a closed connection fails it too, but
            // then the keepalive has already stopped.
            response.futureResult.whenComplete { _ in answered.succeed() }
            guard let ssh else { return response.fail(ChannelError.ioOnClosedChannel) }
            ssh.sendTCPForwardingRequest(.cancel(host: "keepalive@resume-tui", port: 0), promise: response)
        }
    }

    func handlerAdded(context: ChannelHandlerContext) { self.context = context }

    func handlerRemoved(context: ChannelHandlerContext) {
        stop()
        self.context = nil
    }

    func channelInactive(context: ChannelHandlerContext) {
        stop()
        context.fireChannelInactive()
    }

    /// Starts asking, from the connection's event loop. Does nothing when keepalives are
    /// off (interval 0), already running, or the connection is gone.
    func start() {
        guard interval > 0, timer == nil, let context, context.channel.isActive else { return }
        timer = RepeatingTimer(loop: context.eventLoop, period: .fractionalSeconds(interval)) { [weak self] in
            self?.beat()
        }
    }

    private func stop() {
        timer?.cancel()
        timer = nil
    }

    private func beat() {
        guard let context, context.channel.isActive else { return stop() }
        if unanswered >= countMax {
            logger.info("connection closed: no answer to keepalives",
                        metadata: ["address": "\(address)", "unanswered": "\(unanswered)"])
            stop()
            context.close(promise: nil)
            return
        }
        unanswered += 1
        let answered = context.eventLoop.makePromise(of: Void.self)
        answered.futureResult.assumeIsolated().whenComplete { [weak self] _ in self?.unanswered = 0 }
        ask(answered)
    }
}

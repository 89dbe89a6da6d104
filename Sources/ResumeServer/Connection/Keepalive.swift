import Logging
import NIOCore
import NIOSSH

/// Asks a logged-in client every `interval` whether it is still there, and closes the
/// connection after `countMax` questions in a row got no answer (OpenSSH's
/// ClientAliveInterval / ClientAliveCountMax). Without it, a client that vanished without
/// a FIN (laptop lid closed, NAT dropped, process stopped) holds its session and child
/// until the idle timeout, 10 minutes.
///
/// swift-nio-ssh 0.15.1 can only send TCP-forwarding global requests from outside the
/// package, so the question is a `cancel-tcpip-forward` with want-reply for a port that
/// was never forwarded. Every client answers it (OpenSSH, paramiko and asyncssh reply
/// REQUEST_FAILURE to global requests they do not serve), and either answer proves the
/// client alive; the request changes nothing on its side.
final class Keepalive {
    private let interval: Double
    private let countMax: Int
    private weak var ssh: NIOSSHHandler?
    private let channel: Channel
    private let logger: Logger
    private let address: String
    private var timer: RepeatingTimer?
    /// Questions sent since the last answer.
    private var unanswered = 0

    /// Must be created on the connection's event loop.
    init(interval: Double, countMax: Int, ssh: NIOSSHHandler, channel: Channel, address: String, logger: Logger) {
        self.interval = interval
        self.countMax = max(1, countMax)
        self.ssh = ssh
        self.channel = channel
        self.address = address
        self.logger = logger
    }

    func start() {
        guard interval > 0, timer == nil else { return }
        timer = RepeatingTimer(loop: channel.eventLoop, period: .fractionalSeconds(interval)) { [weak self] in
            self?.beat()
        }
        channel.closeFuture.whenComplete { [weak self] _ in
            self?.channel.eventLoop.execute { self?.stop() }
        }
    }

    func stop() {
        timer?.cancel()
        timer = nil
    }

    private func beat() {
        guard let ssh, channel.isActive else { return stop() }
        if unanswered >= countMax {
            logger.info("connection closed: no answer to keepalives",
                        metadata: ["address": "\(address)", "unanswered": "\(unanswered)"])
            stop()
            channel.close(promise: nil)
            return
        }
        unanswered += 1
        let promise = channel.eventLoop.makePromise(of: GlobalRequest.TCPForwardingResponse?.self)
        promise.futureResult.assumeIsolated().whenComplete { [weak self] _ in
            // Success and failure are both answers; a closed connection fails it too,
            // but then the timer is already stopped.
            self?.unanswered = 0
        }
        ssh.sendTCPForwardingRequest(.cancel(host: "keepalive@resume-tui", port: 0), promise: promise)
    }
}

import Logging
import NIOCore
import NIOSSH

/// Sits after the SSH handler and catches its "no algorithms in common" error. swift-nio-ssh
/// then just stops, and the visitor's client only says the connection closed. This tells
/// the client why in an SSH_MSG_DISCONNECT it prints, logs one line for the owner and counts
/// the refusal, then closes.
///
/// The DISCONNECT is written from the SSH handler's context, so it goes to the socket
/// without passing through that handler: before keys are exchanged a packet is plaintext
/// and we frame it ourselves. It is only sent while the first KEXINIT is being read; a
/// failed re-key happens under encryption and is left to `ErrorCloser`.
final class NegotiationFailureReporter: ChannelInboundHandler {
    typealias InboundIn = Any

    private let connection: ConnectionContext
    private let ours: AlgorithmOffer
    private let logger: Logger
    private let onRefused: () -> Void

    init(connection: ConnectionContext, ours: AlgorithmOffer = .server(), logger: Logger, onRefused: @escaping () -> Void) {
        self.connection = connection
        self.ours = ours
        self.logger = logger
        self.onRefused = onRefused
    }

    func errorCaught(context: ChannelHandlerContext, error: Error) {
        guard (error as? NIOSSHError)?.type == .keyExchangeNegotiationFailure, !connection.authenticated else {
            return context.fireErrorCaught(error)
        }
        let diagnosis: NegotiationDiagnosis?
        switch connection.firstKeyExchange {
        case .negotiating(let offer): diagnosis = .diagnose(client: offer, server: ours)
        case .unreadable: diagnosis = nil
        case .waiting, .past: return context.fireErrorCaught(error)
        }
        log(diagnosis)
        onRefused()

        let channel = context.channel
        guard let diagnosis, let ssh = try? context.pipeline.syncOperations.context(handlerType: NIOSSHHandler.self) else {
            return channel.close(promise: nil)
        }
        let packet = DisconnectPacket.plaintext(reason: DisconnectPacket.keyExchangeFailed,
                                                description: diagnosis.description)
        ssh.writeAndFlush(NIOAny(channel.allocator.buffer(bytes: packet))).whenComplete { _ in
            channel.close(promise: nil)
        }
    }

    private func log(_ diagnosis: NegotiationDiagnosis?) {
        func quoted(_ names: [String]) -> Logger.MetadataValue {
            "\"\(ClientText.printable(NegotiationDiagnosis.list(names), limit: 300))\""
        }
        logger.info("negotiation failed", metadata: [
            "address": "\(connection.address)",
            "client": "\"\(ClientText.printable(connection.clientVersion, limit: 255))\"",
            "missing": "\(diagnosis?.missing?.rawValue ?? "unknown")",
            "offered": quoted(diagnosis?.offered ?? []),
            "ours": quoted(diagnosis?.ours ?? []),
        ])
    }
}

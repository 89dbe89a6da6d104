import Logging
import NIOCore

/// Last handler of a connection: any error (a client speaking bad SSH, a reset socket)
/// closes that one connection. Without it NIO would only log and keep a broken socket.
final class ErrorCloser: ChannelInboundHandler {
    typealias InboundIn = Any
    private let logger: Logger
    private let address: String

    init(logger: Logger, address: String) {
        self.logger = logger
        self.address = address
    }

    func errorCaught(context: ChannelHandlerContext, error: Error) {
        logger.debug("connection error", metadata: ["address": "\(address)", "error": "\(error)"])
        context.close(promise: nil)
    }
}

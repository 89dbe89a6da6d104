import Logging
import NIOCore

/// The first handler of a connection when `proxyProtocol` is on: reads the PROXY v2
/// header, hands the visitor's address to `onHeader` (which admits the connection and
/// builds the rest of the pipeline after this handler), passes on any bytes that came
/// with the header, and removes itself. Anything that is not a valid header closes the
/// connection: a proxy that forgot the header must not make every visitor look alike.
final class ProxyHeaderReader: ChannelInboundHandler, RemovableChannelHandler {
    typealias InboundIn = ByteBuffer
    typealias InboundOut = ByteBuffer

    private enum State {
        case reading(ByteBuffer?)
        case done
    }

    private var state: State = .reading(nil)
    private let timeout: Double
    private let logger: Logger
    private let onHeader: (String) throws -> Void
    private var timer: Scheduled<Void>?

    /// `onHeader` runs on the event loop with the visitor's address.
    init(timeout: Double, logger: Logger, onHeader: @escaping (String) throws -> Void) {
        self.timeout = timeout
        self.logger = logger
        self.onHeader = onHeader
    }

    func handlerAdded(context: ChannelHandlerContext) {
        // A socket that never sends the header is bounded like one that never logs in.
        let channel = context.channel
        let logger = logger
        timer = context.eventLoop.assumeIsolated().scheduleTask(in: .fractionalSeconds(timeout)) {
            logger.info("connection closed: no PROXY header in time",
                        metadata: ["proxy": "\(channel.remoteAddress?.ipAddress ?? "?")"])
            channel.close(promise: nil)
        }
    }

    func handlerRemoved(context: ChannelHandlerContext) {
        timer?.cancel()
    }

    func channelRead(context: ChannelHandlerContext, data: NIOAny) {
        guard case .reading(let held) = state else { return context.fireChannelRead(data) }
        var incoming = unwrapInboundIn(data)
        var buffer = held ?? context.channel.allocator.buffer(capacity: incoming.readableBytes)
        buffer.writeBuffer(&incoming)
        switch ProxyHeader.parse(buffer) {
        case .incomplete:
            state = .reading(buffer)
        case .invalid(let why):
            state = .done
            logger.info("connection closed: bad PROXY header",
                        metadata: ["proxy": "\(context.channel.remoteAddress?.ipAddress ?? "?")", "error": "\(why)"])
            context.close(promise: nil)
        case .header(let source, let length):
            state = .done
            timer?.cancel()
            buffer.moveReaderIndex(forwardBy: length)
            let address = source ?? context.channel.remoteAddress?.ipAddress ?? "unknown"
            do {
                try onHeader(address)
            } catch {
                context.close(promise: nil)
                return
            }
            if buffer.readableBytes > 0 {
                context.fireChannelRead(wrapInboundOut(buffer))
                context.fireChannelReadComplete()
            }
            context.pipeline.syncOperations.removeHandler(context: context, promise: nil)
        }
    }
}

import NIOCore

/// Sits just before the SSH handler and reads a copy of the client's first bytes: the
/// version line and the KEXINIT (what the client offers), which swift-nio-ssh keeps to
/// itself and would need to say why a negotiation failed. Passes every byte on at once,
/// unchanged, and removes itself after the KEXINIT, so it costs nothing afterwards.
final class NegotiationSniffer: ChannelInboundHandler, RemovableChannelHandler {
    typealias InboundIn = ByteBuffer
    typealias InboundOut = ByteBuffer

    private let connection: ConnectionContext
    private var reader = ClientOpeningReader()

    init(connection: ConnectionContext) {
        self.connection = connection
    }

    func channelRead(context: ChannelHandlerContext, data: NIOAny) {
        for event in reader.feed(unwrapInboundIn(data).readableBytesView) {
            switch event {
            case .version(let line): connection.clientVersion = line
            case .offer(let offer): connection.firstKeyExchange = .negotiating(offer)
            case .unreadable: connection.firstKeyExchange = .unreadable
            }
        }
        // The SSH handler negotiates inside this call, on the same bytes: a failure it
        // raises reaches `NegotiationFailureReporter` while the state says `negotiating`.
        context.fireChannelRead(data)
        guard reader.isDone else { return }
        if case .negotiating = connection.firstKeyExchange { connection.firstKeyExchange = .past }
        context.pipeline.syncOperations.removeHandler(context: context, promise: nil)
    }
}

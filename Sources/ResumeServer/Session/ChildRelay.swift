import NIOCore

/// The handler on a child's pty master or pipe channel: carries the child's output to
/// the session and the visitor's input to the child, with backpressure both ways.
///
/// - The child's output is only read while the SSH channel is writable (the visitor's
///   window is open); otherwise the read is held until the session calls `resume()`.
/// - Writes to the child go through this handler's context; when they pile up, the
///   channel turns unwritable and the session stops reading from the visitor.
final class ChildRelay: ChannelDuplexHandler {
    typealias InboundIn = ByteBuffer
    typealias OutboundIn = ByteBuffer
    typealias OutboundOut = ByteBuffer

    private weak var session: SessionHandler?
    let stream: ChildStream
    private var context: ChannelHandlerContext?
    private var pendingRead = false
    private var ended = false

    init(session: SessionHandler, stream: ChildStream) {
        self.session = session
        self.stream = stream
    }

    var isWritable: Bool { context?.channel.isWritable ?? false }

    func handlerAdded(context: ChannelHandlerContext) { self.context = context }
    func handlerRemoved(context: ChannelHandlerContext) { self.context = nil }

    // MARK: - Child to visitor

    func channelRead(context: ChannelHandlerContext, data: NIOAny) {
        session?.childWrote(unwrapInboundIn(data), on: stream)
    }

    func channelReadComplete(context: ChannelHandlerContext) {
        session?.flushToVisitor()
    }

    func read(context: ChannelHandlerContext) {
        if session?.visitorIsWritable ?? true {
            context.read()
        } else {
            pendingRead = true
        }
    }

    /// The visitor can take more: do the read that was held back.
    func resume() {
        guard pendingRead, let context else { return }
        pendingRead = false
        context.read()
    }

    func userInboundEventTriggered(context: ChannelHandlerContext, event: Any) {
        if let event = event as? ChannelEvent, case .inputClosed = event {
            end()  // a pipe's EOF: the child closed its output
        } else {
            context.fireUserInboundEventTriggered(event)
        }
    }

    func errorCaught(context: ChannelHandlerContext, error: Error) {
        // A pty master reads EIO, not EOF, once the child and everything it started
        // have closed the terminal: that is the normal end of a pty session.
        end()
        context.close(promise: nil)
    }

    func channelInactive(context: ChannelHandlerContext) {
        end()
    }

    /// Whether the relay's channel has closed (or failed): its descriptors are gone then.
    var hasEnded: Bool { ended }

    private func end() {
        guard !ended else { return }
        ended = true
        if stream != .input { session?.childOutputEnded(stream) }
    }

    // MARK: - Visitor to child

    /// The last write to the child, so EOF can wait for it.
    private var lastWrite: EventLoopFuture<Void>?

    func writeToChild(_ buffer: ByteBuffer) {
        guard let context else { return }
        let promise = context.eventLoop.makePromise(of: Void.self)
        context.write(wrapOutboundOut(buffer), promise: promise)
        lastWrite = promise.futureResult
    }

    func flushToChild() { context?.flush() }

    /// The visitor sent EOF: close the child's stdin (pipes only), but only after what
    /// was written has gone out. The EOF arrives in the same batch as the last data,
    /// before the flush at read-complete, and closing the output fails unwritten data.
    func closeChildInput() {
        guard let context else { return }
        context.flush()
        let channel = context.channel
        (lastWrite ?? context.eventLoop.makeSucceededVoidFuture()).assumeIsolated().whenComplete { _ in
            channel.close(mode: .output, promise: nil)
        }
    }

    func close() { context?.close(promise: nil) }

    func channelWritabilityChanged(context: ChannelHandlerContext) {
        if context.channel.isWritable { session?.childCanTakeInput() }
        context.fireChannelWritabilityChanged()
    }
}

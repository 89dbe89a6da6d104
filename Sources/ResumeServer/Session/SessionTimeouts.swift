import NIOCore
import NIOSSH

/// The session channel's clock, in front of `SessionHandler`: notes the visitor's input
/// as it passes (data, window changes) and, once the session has a child
/// (`SessionTimeouts.Start`, sent by the session handler as an outbound user event),
/// reports the first limit reached as a `SessionTimeout` inbound user event. What a
/// timeout means is the session's to decide (`SessionStateMachine`).
///
/// Time is the event loop's (`eventLoop.now`), so tests drive it with
/// `EmbeddedEventLoop.advanceTime(by:)`.
final class SessionTimeouts: ChannelDuplexHandler {
    typealias InboundIn = SSHChannelData
    typealias InboundOut = SSHChannelData
    typealias OutboundIn = SSHChannelData
    typealias OutboundOut = SSHChannelData

    /// Starts the clock: sent by the session when its child starts.
    struct Start: Sendable {}

    private let idleTimeout: Double
    private let maxDuration: Double
    private var tick: RepeatingTimer?
    private var started = NIODeadline.uptimeNanoseconds(0)
    private var lastInput = NIODeadline.uptimeNanoseconds(0)
    private weak var context: ChannelHandlerContext?

    init(idleTimeout: Double, maxDuration: Double) {
        self.idleTimeout = idleTimeout
        self.maxDuration = maxDuration
    }

    func handlerAdded(context: ChannelHandlerContext) { self.context = context }

    func handlerRemoved(context: ChannelHandlerContext) {
        tick?.cancel()
        tick = nil
    }

    func channelRead(context: ChannelHandlerContext, data: NIOAny) {
        if case .channel = unwrapInboundIn(data).type { lastInput = context.eventLoop.now }
        context.fireChannelRead(data)
    }

    func userInboundEventTriggered(context: ChannelHandlerContext, event: Any) {
        // A resize is the visitor at the keyboard too (a window dragged to read better).
        if event is SSHChannelRequestEvent.WindowChangeRequest { lastInput = context.eventLoop.now }
        context.fireUserInboundEventTriggered(event)
    }

    func triggerUserOutboundEvent(context: ChannelHandlerContext, event: Any, promise: EventLoopPromise<Void>?) {
        guard event is Start else { return context.triggerUserOutboundEvent(event, promise: promise) }
        start(context: context)
        promise?.succeed()
    }

    private func start(context: ChannelHandlerContext) {
        guard tick == nil else { return }
        started = context.eventLoop.now
        lastInput = started
        // Once a second is plenty for limits in minutes; tests use limits of a second,
        // so never slower than a quarter of either.
        let period = TimeAmount.fractionalSeconds(min(1, idleTimeout / 4, maxDuration / 4))
        tick = RepeatingTimer(loop: context.eventLoop, period: period) { [weak self] in self?.check() }
    }

    private func check() {
        guard let context else { return }
        let now = context.eventLoop.now
        let timeout: SessionTimeout
        if now - lastInput > .fractionalSeconds(idleTimeout) {
            timeout = .idle(seconds: idleTimeout)
        } else if now - started > .fractionalSeconds(maxDuration) {
            timeout = .tooLong(seconds: maxDuration)
        } else {
            return
        }
        // One is enough: the session is ending from here on.
        tick?.cancel()
        context.fireUserInboundEventTriggered(timeout)
    }
}

/// A session limit reached, as `SessionTimeouts` reports it.
enum SessionTimeout: Equatable, Sendable {
    case idle(seconds: Double)
    case tooLong(seconds: Double)
}

import NIOCore

/// A repeating timer confined to one event loop, so its closure may use the loop's
/// non-Sendable state (NIO's `scheduleRepeatedTask` wants a Sendable closure).
/// It keeps itself alive until cancelled: a child's reaper must outlive its session.
final class RepeatingTimer {
    private let loop: EventLoop
    private let period: TimeAmount
    private var body: (() -> Void)?
    private var next: Scheduled<Void>?

    /// Must be created on `loop`. The first run is one `period` from now.
    init(loop: EventLoop, period: TimeAmount, _ body: @escaping () -> Void) {
        self.loop = loop
        self.period = period
        self.body = body
        schedule()
    }

    private func schedule() {
        next = loop.assumeIsolated().scheduleTask(in: period) { [self] in
            guard let body else { return }
            body()
            if self.body != nil { schedule() }
        }
    }

    func cancel() {
        body = nil
        next?.cancel()
        next = nil
    }
}

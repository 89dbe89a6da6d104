import Logging
import NIOCore
import NIOEmbedded
import Synchronization
import XCTest

/// Log lines a handler wrote, for assertions; the handlers under test log to it.
final class LogRecorder: Sendable {
    private let lines = Mutex<[String]>([])

    var messages: [String] { lines.withLock { $0 } }

    var logger: Logger {
        Logger(label: "test") { _ in Handler(recorder: self) }
    }

    func contains(_ text: String) -> Bool { messages.contains { $0.contains(text) } }

    private struct Handler: LogHandler {
        let recorder: LogRecorder
        var metadata: Logger.Metadata = [:]
        var logLevel: Logger.Level = .trace

        subscript(metadataKey key: String) -> Logger.Metadata.Value? {
            get { metadata[key] }
            set { metadata[key] = newValue }
        }

        func log(event: LogEvent) {
            let fields = (event.metadata ?? [:]).sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }
            recorder.lines.withLock { $0.append(([event.message.description] + fields).joined(separator: " ")) }
        }
    }
}

/// An active channel on its own embedded loop, whose clock only moves when told.
func makeActiveChannel() throws -> (EmbeddedChannel, EmbeddedEventLoop) {
    let loop = EmbeddedEventLoop()
    let channel = EmbeddedChannel(loop: loop)
    try channel.connect(to: SocketAddress(ipAddress: "127.0.0.1", port: 22)).wait()
    return (channel, loop)
}

/// Outbound user events that reached the head of the pipeline (replies, exit-status),
/// which an `EmbeddedChannel` would otherwise refuse.
final class OutboundEventRecorder: ChannelOutboundHandler {
    typealias OutboundIn = Any
    private(set) var events: [Any] = []

    func triggerUserOutboundEvent(context: ChannelHandlerContext, event: Any, promise: EventLoopPromise<Void>?) {
        events.append(event)
        promise?.succeed()
    }
}

/// Inbound user events that reached the tail of the pipeline (timeouts).
final class InboundEventRecorder: ChannelInboundHandler {
    typealias InboundIn = Any
    private(set) var events: [Any] = []

    func userInboundEventTriggered(context: ChannelHandlerContext, event: Any) {
        events.append(event)
    }
}

import NIOCore
import NIOEmbedded
import NIOSSH
@testable import ResumeServer
import XCTest

/// The session clock on an embedded channel: what counts as input, when it reports.
final class SessionTimeoutsTests: XCTestCase {
    private var channel: EmbeddedChannel!
    private var loop: EmbeddedEventLoop!
    private let session = InboundEventRecorder()

    private func start(idle: Double = 600, maxDuration: Double = 3600, startClock: Bool = true) throws {
        (channel, loop) = try makeActiveChannel()
        try channel.pipeline.syncOperations.addHandlers([SessionTimeouts(idleTimeout: idle, maxDuration: maxDuration), session])
        if startClock { try channel.triggerUserOutboundEvent(SessionTimeouts.Start()).wait() }
    }

    override func tearDown() {
        _ = try? channel?.finish()
    }

    private func advance(_ seconds: Double) { loop.advanceTime(by: .fractionalSeconds(seconds)) }

    private var timeouts: [SessionTimeout] { session.events.compactMap { $0 as? SessionTimeout } }

    private func type(_ text: String, as type: SSHChannelData.DataType = .channel) throws {
        try channel.writeInbound(SSHChannelData(type: type, data: .byteBuffer(channel.allocator.buffer(string: text))))
    }

    func testNothingIsCountedBeforeTheSessionStarts() throws {
        try start(idle: 1, maxDuration: 1, startClock: false)
        advance(3600)
        XCTAssertEqual(timeouts, [])
    }

    func testIdleIsReportedOnceAfterTheLimit() throws {
        try start(idle: 4)
        advance(4)
        XCTAssertEqual(timeouts, [])
        advance(1.5)
        XCTAssertEqual(timeouts, [.idle(seconds: 4)])
        advance(600)
        XCTAssertEqual(timeouts, [.idle(seconds: 4)], "once: the session is ending")
    }

    func testTypingAndResizingAreInputButExtendedDataIsNot() throws {
        try start(idle: 4)
        advance(3)
        try type("j")
        advance(3)
        channel.pipeline.fireUserInboundEventTriggered(
            SSHChannelRequestEvent.WindowChangeRequest(terminalCharacterWidth: 90, terminalRowHeight: 20,
                                                       terminalPixelWidth: 0, terminalPixelHeight: 0))
        advance(2)
        try type("noise", as: .stdErr)
        advance(2)
        XCTAssertEqual(timeouts, [], "4 s at most between inputs so far")
        advance(2)
        XCTAssertEqual(timeouts, [.idle(seconds: 4)], "extended data did not count")
    }

    func testInputAndEventsPassThroughToTheSession() throws {
        try start()
        try type("q")
        let passed = try channel.readInbound(as: SSHChannelData.self)
        XCTAssertEqual(passed?.type, .channel)
        channel.pipeline.fireUserInboundEventTriggered(ChannelEvent.inputClosed)
        XCTAssertEqual(session.events.last as? ChannelEvent, .inputClosed)
    }

    func testAnActiveSessionEndsAtItsMaximumLength() throws {
        try start(idle: 10, maxDuration: 5)
        for _ in 0..<5 {
            advance(1)
            try type("k")
        }
        XCTAssertEqual(timeouts, [])
        advance(1)
        XCTAssertEqual(timeouts, [.tooLong(seconds: 5)])
    }

    func testOtherOutboundEventsPassThrough() throws {
        try start()
        let recorder = OutboundEventRecorder()
        try channel.pipeline.syncOperations.addHandler(recorder, position: .first)
        try channel.triggerUserOutboundEvent(ChannelSuccessEvent()).wait()
        XCTAssertEqual(recorder.events.count, 1)
        XCTAssertTrue(recorder.events.first is ChannelSuccessEvent)
    }
}

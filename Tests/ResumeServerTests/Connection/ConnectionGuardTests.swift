import NIOCore
import NIOEmbedded
@testable import ResumeServer
import XCTest

/// The connection-wide timeouts on an embedded channel whose clock the test moves.
final class ConnectionGuardTests: XCTestCase {
    private var channel: EmbeddedChannel!
    private var loop: EmbeddedEventLoop!
    private var connection: ConnectionContext!
    private var guardHandler: ConnectionGuard!
    private let log = LogRecorder()
    private var firstInputs = 0
    private var handshakeTimeouts = 0

    private func start(handshake: Double = 10, idle: Double = 600, maxSession: Double = 3600) throws {
        var limits = ServerConfiguration.Limits()
        limits.handshakeTimeout = handshake
        limits.idleTimeout = idle
        limits.maxSessionDuration = maxSession
        (channel, loop) = try makeActiveChannel()
        connection = ConnectionContext(address: "192.0.2.1", admission: .serve)
        guardHandler = ConnectionGuard(connection: connection, limits: limits, logger: log.logger,
                                       onHandshakeTimeout: { [unowned self] in self.handshakeTimeouts += 1 }) { [unowned self] in
            self.firstInputs += 1
        }
        try channel.pipeline.syncOperations.addHandler(guardHandler)
    }

    override func tearDown() {
        _ = try? channel?.finish()
    }

    private func advance(_ seconds: Double) { loop.advanceTime(by: .fractionalSeconds(seconds)) }

    private func send(_ text: String) throws {
        try channel.writeInbound(channel.allocator.buffer(string: text))
    }

    // MARK: - Handshake

    func testASocketThatNeverLogsInIsClosedAtTheHandshakeTimeout() throws {
        try start(handshake: 10)
        advance(9.9)
        XCTAssertTrue(channel.isActive)
        XCTAssertEqual(handshakeTimeouts, 0)
        advance(0.2)
        XCTAssertFalse(channel.isActive)
        XCTAssertTrue(log.contains("connection closed: handshake timeout address=192.0.2.1"), "\(log.messages)")
        XCTAssertEqual(handshakeTimeouts, 1, "counted for the server's summary of refusals")
    }

    func testLoggingInInTimeKeepsTheConnection() throws {
        try start(handshake: 10)
        advance(5)
        guardHandler.authenticated()
        XCTAssertTrue(connection.authenticated)
        advance(30)
        XCTAssertTrue(channel.isActive)
        XCTAssertEqual(handshakeTimeouts, 0)
    }

    // MARK: - Idle and lifetime backstops

    func testAConnectionWithoutSessionsIsClosedWhenIdle() throws {
        try start(idle: 4)
        guardHandler.authenticated()
        advance(4)
        XCTAssertTrue(channel.isActive, "not more than the idle timeout yet")
        advance(1.5)
        XCTAssertFalse(channel.isActive)
        XCTAssertTrue(log.contains("connection closed: idle or too long"), "\(log.messages)")
    }

    func testInputFromTheClientKeepsItAlive() throws {
        try start(idle: 4)
        guardHandler.authenticated()
        advance(3)
        try send("x")
        advance(3)
        XCTAssertTrue(channel.isActive, "3 s since the last byte")
        advance(2)
        XCTAssertFalse(channel.isActive)
    }

    func testOpenSessionsAreLeftToTheirOwnIdleCheck() throws {
        try start(idle: 4)
        guardHandler.authenticated()
        connection.openSessionChannels = 1
        advance(100)
        XCTAssertTrue(channel.isActive)
        connection.openSessionChannels = 0
        advance(1)
        XCTAssertFalse(channel.isActive, "idle all along once the session is gone")
    }

    func testTheLifetimeBackstopClosesEvenAConnectionWithASession() throws {
        try start(idle: 600, maxSession: 5)
        guardHandler.authenticated()
        connection.openSessionChannels = 1
        for _ in 0..<14 {
            advance(1)
            try send("k")
        }
        XCTAssertTrue(channel.isActive, "the session's own limit plus 10 s")
        advance(2)
        XCTAssertFalse(channel.isActive)
    }

    // MARK: - The client's first bytes

    func testTheFirstInputIsReportedOnceAndEveryBytePassesOn() throws {
        try start()
        try send("SSH-2.0-Open")
        try send("SSH_9.2p1 Debian\r\n\u{0}\u{0}")
        XCTAssertEqual(firstInputs, 1)
        var passed = ""
        while let buffer = try channel.readInbound(as: ByteBuffer.self) { passed += String(buffer: buffer) }
        XCTAssertEqual(passed, "SSH-2.0-OpenSSH_9.2p1 Debian\r\n\u{0}\u{0}", "every byte goes on to the SSH handler")
    }
}

import NIOCore
import NIOEmbedded
@testable import ResumeServer
import XCTest

/// Keepalives on an embedded channel: the test plays the client, answering or not.
final class KeepaliveTests: XCTestCase {
    private var channel: EmbeddedChannel!
    private var loop: EmbeddedEventLoop!
    private var keepalive: Keepalive!
    private let log = LogRecorder()
    /// The questions asked so far, each completed when "the client" answers.
    private var questions: [EventLoopPromise<Void>] = []

    private func start(interval: Double = 1, countMax: Int = 3, login: Bool = true) throws {
        (channel, loop) = try makeActiveChannel()
        keepalive = Keepalive(interval: interval, countMax: countMax, address: "192.0.2.7", logger: log.logger) {
            [unowned self] answered in self.questions.append(answered)
        }
        try channel.pipeline.syncOperations.addHandler(keepalive)
        if login { keepalive.start() }
    }

    override func tearDown() {
        questions.forEach { $0.fail(ChannelError.ioOnClosedChannel) }  // no promise left hanging
        _ = try? channel?.finish()
    }

    private func advance(_ seconds: Double) { loop.advanceTime(by: .fractionalSeconds(seconds)) }

    func testAClientThatAnswersIsKept() throws {
        try start()
        for second in 1...20 {
            advance(1)
            XCTAssertEqual(questions.count, second, "one question an interval")
            questions.last?.succeed()
        }
        XCTAssertTrue(channel.isActive)
    }

    func testAFailureIsAnAnswerToo() throws {
        // OpenSSH replies REQUEST_FAILURE to a request it does not serve: still alive.
        try start()
        for _ in 1...10 {
            advance(1)
            questions.last?.fail(ChannelError.operationUnsupported)
        }
        XCTAssertTrue(channel.isActive)
    }

    func testASilentClientIsClosedAfterCountMaxQuestions() throws {
        try start(interval: 1, countMax: 3)
        advance(3.9)
        XCTAssertEqual(questions.count, 3)
        XCTAssertTrue(channel.isActive, "three questions out, none answered yet")
        advance(0.2)
        XCTAssertFalse(channel.isActive)
        XCTAssertEqual(questions.count, 3, "no fourth question: it closes instead")
        XCTAssertTrue(log.contains("connection closed: no answer to keepalives address=192.0.2.7 unanswered=3"),
                      "\(log.messages)")
    }

    func testALateAnswerStartsTheCountAgain() throws {
        try start(interval: 1, countMax: 3)
        advance(2)
        questions[1].succeed()  // answers the second: the count restarts
        advance(3)
        XCTAssertTrue(channel.isActive, "three more questions out")
        advance(1)
        XCTAssertFalse(channel.isActive)
    }

    func testNothingIsAskedBeforeLoginOrWhenTurnedOff() throws {
        try start(login: false)
        advance(60)
        XCTAssertEqual(questions.count, 0)
        _ = try channel.finish()

        try start(interval: 0)
        advance(60)
        XCTAssertEqual(questions.count, 0)
        XCTAssertTrue(channel.isActive)
    }

    func testItStopsWithTheConnection() throws {
        try start()
        advance(1)
        try channel.close().wait()
        advance(60)
        XCTAssertEqual(questions.count, 1)
    }

    func testStartingTwiceAsksOnce() throws {
        try start()
        keepalive.start()
        advance(1)
        XCTAssertEqual(questions.count, 1)
    }
}

import NIOCore
import NIOEmbedded
import NIOSSH
@testable import ResumeServer
import XCTest

/// `SessionHandler`'s wiring on an embedded channel, for the sessions that need no child:
/// requests answered, text written, exit-status sent after it, the channel closed.
/// (Sessions with a child need real pipes and ptys: the end-to-end tests cover them.)
final class SessionHandlerTests: XCTestCase {
    private var channel: EmbeddedChannel!
    private var loop: EmbeddedEventLoop!
    private var connection: ConnectionContext!
    private var server: ServerState!
    private var handler: SessionHandler!
    private let head = OutboundEventRecorder()
    private let log = LogRecorder()

    private func start(admission: ServerState.Admission = .serve, executable: String = "/bin/true",
                       maxSessions: Int = 4) throws {
        var configuration = ServerConfiguration(hostKeyPath: "/nonexistent", executablePath: executable)
        configuration.limits.maxSessions = maxSessions
        (channel, loop) = try makeActiveChannel()
        connection = ConnectionContext(address: "192.0.2.9", admission: admission)
        connection.openSessionChannels = 1
        server = ServerState(limits: configuration.limits)
        handler = SessionHandler(configuration: configuration, server: server, connection: connection, logger: log.logger)
        try channel.pipeline.syncOperations.addHandlers([head, handler])
    }

    override func tearDown() {
        _ = try? channel?.finish()
    }

    private func request(_ event: any Sendable) {
        channel.pipeline.fireUserInboundEventTriggered(event)
        loop.run()
    }

    /// What went out: replies and exit-status, in order, as short names.
    private var sent: [String] {
        head.events.map { event in
            switch event {
            case is ChannelSuccessEvent: return "success"
            case is ChannelFailureEvent: return "failure"
            case let exit as SSHChannelRequestEvent.ExitStatus: return "exit-status \(exit.exitStatus)"
            default: return "\(event)"
            }
        }
    }

    private func written() throws -> [(SSHChannelData.DataType, String)] {
        var result: [(SSHChannelData.DataType, String)] = []
        while let data = try channel.readOutbound(as: SSHChannelData.self) {
            guard case .byteBuffer(let buffer) = data.data else { continue }
            result.append((data.type, String(buffer: buffer)))
        }
        return result
    }

    func testHelpIsWrittenThenExitStatusThenTheChannelCloses() throws {
        try start()
        request(SSHChannelRequestEvent.ExecRequest(command: "help", wantReply: true))
        XCTAssertEqual(sent, ["success", "exit-status 0"])
        let output = try written()
        XCTAssertEqual(output.map(\.0), [.channel])
        XCTAssertEqual(output.first?.1, SessionCommand.usage)
        XCTAssertFalse(channel.isActive)
        XCTAssertTrue(log.contains("session address=192.0.2.9"), "\(log.messages)")
        XCTAssertEqual(connection.openSessionChannels, 0, "counted out when the channel closed")
    }

    func testRequestsBeforeTheCommandAreAnsweredOneByOne() throws {
        try start()
        request(SSHChannelRequestEvent.PseudoTerminalRequest(
            wantReply: true, term: "no-such-terminal", terminalCharacterWidth: 0, terminalRowHeight: 0,
            terminalPixelWidth: 0, terminalPixelHeight: 0, terminalModes: SSHTerminalModes([:])))
        request(SSHChannelRequestEvent.EnvironmentRequest(wantReply: true, name: "LD_PRELOAD", value: "/tmp/x.so"))
        request(SSHChannelRequestEvent.SubsystemRequest(subsystem: "sftp", wantReply: true))
        request(SSHChannelRequestEvent.ExecRequest(command: "rm -rf /", wantReply: true))
        XCTAssertEqual(sent, ["success", "failure", "failure", "success", "exit-status 2"])
        let output = try written()
        XCTAssertEqual(output.first?.0, .stdErr)
        XCTAssertEqual(output.first?.1, SessionCommand.usage.replacingOccurrences(of: "\n", with: "\r\n"),
                       "the pty was granted: CRLF")
        XCTAssertTrue(log.contains("term=xterm-256color"), "a TERM that does not exist is replaced: \(log.messages)")
        XCTAssertTrue(log.contains("size=80x24"), "a size of 0 is the classic terminal")
    }

    func testABusyVisitorReadsOneLineAndGetsNoChild() throws {
        try start(admission: .busy)
        request(SSHChannelRequestEvent.ExecRequest(command: "json", wantReply: true))
        XCTAssertEqual(sent, ["success", "exit-status 1"])
        XCTAssertEqual(try written().map(\.1), ["resume-tui: busy, try again in a minute\n"])
        XCTAssertTrue(server.liveChildren.isEmpty)
        XCTAssertTrue(log.contains("ended=busy"), "\(log.messages)")
    }

    func testAtTheSessionLimitTheVisitorIsTooldBusy() throws {
        try start(maxSessions: 1)
        XCTAssertTrue(server.reserveSession(), "another visitor holds the only slot")
        request(SSHChannelRequestEvent.ShellRequest(wantReply: true))
        XCTAssertEqual(sent, ["success", "exit-status 1"])
        XCTAssertEqual(try written().map(\.1), ["resume-tui: busy, try again in a minute\n"])
    }

    func testASpawnThatFailsSaysSoAndGivesItsSlotBack() throws {
        try start(executable: "/nonexistent/resume-tui", maxSessions: 1)
        request(SSHChannelRequestEvent.ShellRequest(wantReply: true))
        XCTAssertEqual(sent, ["success", "exit-status 1"])
        XCTAssertEqual(try written().map(\.1), ["resume-tui: could not start the session\n"])
        XCTAssertTrue(log.contains("cannot start session"), "\(log.messages)")
        XCTAssertTrue(server.reserveSession(), "the slot was given back")
    }

    func testAnImpossibleTransitionIsLoggedAndClosesTheChannel() throws {
        try start()
        handler.report(.childExited(.exited(0)))
        loop.run()
        XCTAssertFalse(channel.isActive)
        XCTAssertTrue(log.contains("impossible transition") && log.contains("child exited while waiting"), "\(log.messages)")
    }
}

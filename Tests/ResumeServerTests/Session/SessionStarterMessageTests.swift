@testable import ResumeServer
import XCTest

/// What the server asks the session starter for is what the forked session runs: the
/// same command line, environment and kind of terminal that posix_spawn would be given.
final class SessionStarterMessageTests: XCTestCase {
    private func request(_ bytes: [UInt8]) -> StarterProcess.Request? {
        StarterProcess.Request(bytes.map { CChar(bitPattern: $0) })
    }

    func testTheStarterReadsBackWhatTheServerSends() throws {
        let commands: [(SessionCommand, String?)] = [(.show(page: "경력"), "xterm-256color"), (.show(page: nil), nil),
                                                     (.export(format: "json"), nil), (.tour, "vt100")]
        for (command, terminal) in commands {
            let invocation = try XCTUnwrap(ChildInvocation(command: command, terminal: terminal, language: "ko",
                                                           executable: "/usr/local/bin/resume-tui", resumeFile: "/srv/이력서.md"))
            let read = try XCTUnwrap(request(SessionStarter.message(for: invocation)), "\(command)")
            XCTAssertEqual(read.arguments, [invocation.executable] + invocation.arguments, "\(command)")
            XCTAssertEqual(read.environment, invocation.environment, "\(command)")
            XCTAssertEqual(read.terminal, invocation.usesTerminal, "\(command)")
            XCTAssertEqual(read.descriptorCount, invocation.usesTerminal ? 1 : 3, "\(command): a pty, or three pipes")
        }
    }

    func testAnEmptyArgumentSurvives() throws {
        var invocation = try XCTUnwrap(ChildInvocation(command: .plain, terminal: nil, executable: "/bin/resume-tui",
                                                       resumeFile: nil))
        invocation.arguments += ["", "--width", "80"]
        let read = try XCTUnwrap(request(SessionStarter.message(for: invocation)))
        XCTAssertEqual(read.arguments, [invocation.executable] + invocation.arguments)
        XCTAssertEqual(read.environment, invocation.environment)
    }

    func testAMalformedRequestIsRefused() {
        for text in ["", "pty", "tty\u{0}1\u{0}/bin/x", "pty\u{0}x\u{0}/bin/x", "pty\u{0}0\u{0}/bin/x", "pipes\u{0}3\u{0}/bin/x\u{0}show",
                     "pty\u{0}-1\u{0}/bin/x"] {
            XCTAssertNil(request(Array(text.utf8)), text.debugDescription)
        }
    }
}

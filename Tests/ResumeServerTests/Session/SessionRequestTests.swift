@testable import ResumeServer
import XCTest

/// What the visitor asks for, in every state: granted, refused, or answered outright.
final class SessionRequestTests: XCTestCase {
    // MARK: - pty-req

    func testAFirstPtyRequestIsGrantedAndKept() {
        var machine = Machine()
        XCTAssertEqual(machine.feed(.ptyRequest(xterm, wantReply: true)), [.reply(success: true)])
        guard case .waiting(let terminal) = machine.state else { return XCTFail("\(machine.state)") }
        XCTAssertEqual(terminal, xterm)
    }

    func testASecondPtyRequestIsRefusedAndTheFirstStands() {
        var machine = Machine.waiting(terminal: xterm)
        let other = TerminalRequest(term: "vt100", size: WindowSize(columns: 10, rows: 5))
        XCTAssertEqual(machine.feed(.ptyRequest(other, wantReply: true)), [.reply(success: false)])
        guard case .waiting(let terminal) = machine.state else { return XCTFail("\(machine.state)") }
        XCTAssertEqual(terminal, xterm)
    }

    func testAPtyRequestAfterTheStartIsRefusedInEveryLaterState() {
        for (name, machine) in Machine.everyState where name != "waiting" {
            var machine = machine
            XCTAssertEqual(machine.feed(.ptyRequest(xterm, wantReply: true)), [.reply(success: false)], name)
            XCTAssertEqual(machine.state.name, name, "a refused request changes nothing")
        }
    }

    func testNoReplyIsSentWhenNoneIsWanted() {
        var machine = Machine()
        XCTAssertEqual(machine.feed(.ptyRequest(xterm, wantReply: false)), [])
        XCTAssertEqual(machine.feed(.ptyRequest(xterm, wantReply: false)), [], "refused, silently")
        XCTAssertEqual(machine.feed(.environment(name: "LANG", value: "en_US.UTF-8", wantReply: false)), [])
        var started = Machine.running()
        XCTAssertEqual(started.feed(.shell(wantReply: false)), [])
    }

    // MARK: - env, subsystem, signal

    func testEnvironmentAndSubsystemAreRefusedAndSignalsIgnoredInEveryState() {
        for (name, machine) in Machine.everyState {
            var machine = machine
            XCTAssertEqual(machine.feed(.environment(name: "LANG", value: "en_US.UTF-8", wantReply: true)), [.reply(success: false)], name)
            XCTAssertEqual(machine.feed(.subsystem(wantReply: true)), [.reply(success: false)], name)
            XCTAssertEqual(machine.feed(.signal), [], name)
            XCTAssertEqual(machine.state.name, name)
        }
    }

    // MARK: - shell and exec

    func testShellStartsTheUIOnThePtyItWasGranted() {
        var machine = Machine.waiting(terminal: xterm)
        XCTAssertEqual(machine.feed(.shell(wantReply: true)),
                       [.reply(success: true), .start(.show(page: nil), terminal: xterm)])
        XCTAssertEqual(machine.state.name, "starting")
    }

    func testExecRoutesPagesOnlyWithAPty() {
        var withPty = Machine.waiting(terminal: xterm)
        XCTAssertEqual(withPty.feed(.exec(" Talks\n", wantReply: true)),
                       [.reply(success: true), .start(.show(page: "talks"), terminal: xterm)])

        var withoutPty = Machine.waiting()
        let actions = withoutPty.feed(.exec("talks", wantReply: true))
        XCTAssertEqual(actions.first, .reply(success: true))
        XCTAssertTrue(actions.contains(.sendExit(.exited(2), closeConnection: false)), "\(actions)")
    }

    func testExportsStartWithoutAPty() {
        var machine = Machine()
        XCTAssertEqual(machine.feed(.exec("json", wantReply: true)),
                       [.reply(success: true), .start(.export(format: "json"), terminal: nil)])
    }

    func testHelpIsAnsweredByTheServerOnStdoutWithStatus0() {
        var machine = Machine()
        XCTAssertEqual(machine.feed(.exec("help", wantReply: true)), [
            .reply(success: true),
            .say(SessionCommand.usage, onErrors: false),
            .sendExit(.exited(0), closeConnection: false),
            .log(.answered(terminal: nil, how: "help")),
        ])
        XCTAssertEqual(machine.state.name, "closed")
    }

    func testAnUnknownCommandGetsUsageOnStderrWithStatus2() {
        var machine = Machine()
        XCTAssertEqual(machine.feed(.exec("rm -rf /", wantReply: true)), [
            .reply(success: true),
            .say(SessionCommand.usage, onErrors: true),
            .sendExit(.exited(2), closeConnection: false),
            .log(.answered(terminal: nil, how: "unknown command")),
        ])
    }

    func testOnAPtyTheServersTextEndsLinesWithCRLF() {
        var machine = Machine.waiting(terminal: xterm)
        let actions = machine.feed(.exec("help", wantReply: true))
        guard case .say(let text, _) = actions[1] else { return XCTFail("\(actions)") }
        XCTAssertEqual(text, SessionCommand.usage.replacingOccurrences(of: "\n", with: "\r\n"))
        XCTAssertFalse(text.replacingOccurrences(of: "\r\n", with: "").contains("\n"), "no bare newline")
    }

    func testASecondShellOrExecIsRefusedInEveryLaterState() {
        for (name, machine) in Machine.everyState where name != "waiting" {
            var machine = machine
            XCTAssertEqual(machine.feed(.shell(wantReply: true)), [.reply(success: false)], name)
            XCTAssertEqual(machine.feed(.exec("help", wantReply: true)), [.reply(success: false)], name)
            XCTAssertEqual(machine.state.name, name)
        }
    }
}

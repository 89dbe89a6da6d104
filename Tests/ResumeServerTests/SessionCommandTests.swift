@testable import ResumeServer
import XCTest

final class SessionCommandTests: XCTestCase {
    func testRouting() {
        XCTAssertEqual(SessionCommand.route(exec: "plain", hasTerminal: false), .plain)
        XCTAssertEqual(SessionCommand.route(exec: "json", hasTerminal: false), .export(format: "json"))
        XCTAssertEqual(SessionCommand.route(exec: " JSON\n", hasTerminal: false), .export(format: "json"))
        XCTAssertEqual(SessionCommand.route(exec: "markdown", hasTerminal: true), .export(format: "markdown"))
        XCTAssertEqual(SessionCommand.route(exec: "help", hasTerminal: false), .help)
        XCTAssertEqual(SessionCommand.route(exec: "", hasTerminal: true), .show(page: nil))
        XCTAssertEqual(SessionCommand.route(exec: "talks", hasTerminal: true), .show(page: "talks"))
        XCTAssertEqual(SessionCommand.route(exec: "career", hasTerminal: true), .show(page: "career"))
        // A page without a terminal is not a command: there is nothing to open it on.
        XCTAssertEqual(SessionCommand.route(exec: "talks", hasTerminal: false), .unknown("talks"))
        // Pages are the résumé's own: the child knows them and refuses one that isn't.
        XCTAssertEqual(SessionCommand.route(exec: "Open Source", hasTerminal: true), .show(page: "open source"))
        XCTAssertEqual(SessionCommand.route(exec: "경력", hasTerminal: true), .show(page: "경력"))
        XCTAssertEqual(SessionCommand.route(exec: "3", hasTerminal: true), .show(page: "3"))
        XCTAssertEqual(SessionCommand.route(exec: "rm -rf /", hasTerminal: true), .unknown("rm -rf /"))
        XCTAssertEqual(SessionCommand.route(exec: "--file=/etc/shadow", hasTerminal: true), .unknown("--file=/etc/shadow"))
        XCTAssertEqual(SessionCommand.route(exec: "talks;id", hasTerminal: true), .unknown("talks;id"))
        XCTAssertEqual(SessionCommand.route(exec: "a  b", hasTerminal: true), .unknown("a  b"))
        XCTAssertEqual(SessionCommand.route(exec: String(repeating: "a", count: 41), hasTerminal: true),
                       .unknown(String(repeating: "a", count: 41)))
        XCTAssertEqual(SessionCommand.route(exec: "json; cat /etc/passwd", hasTerminal: false),
                       .unknown("json; cat /etc/passwd"))
        if case .unknown(let echoed) = SessionCommand.route(exec: String(repeating: "x", count: 10_000), hasTerminal: false) {
            XCTAssertEqual(echoed.count, 80, "an unknown command is kept short for the log")
        } else {
            XCTFail("a long command is unknown")
        }
    }

    func testInvocations() throws {
        let exe = "/opt/resume-tui"
        let shell = try XCTUnwrap(ChildInvocation(command: .show(page: nil), terminal: "screen", executable: exe, resumeFile: nil))
        XCTAssertEqual(shell.arguments, ["show", "--answer-wait", "1500"])
        XCTAssertTrue(shell.usesTerminal)
        XCTAssertEqual(shell.environment, ["TERM=screen", "LANG=C.UTF-8", "PATH=/usr/local/bin:/usr/bin:/bin", "HOME=/"])

        let page = try XCTUnwrap(ChildInvocation(command: .show(page: "talks"), terminal: "xterm", executable: exe, resumeFile: "/r.md"))
        XCTAssertEqual(page.arguments, ["show", "--answer-wait", "1500", "--page", "talks", "--file", "/r.md"])

        let noPty = try XCTUnwrap(ChildInvocation(command: .show(page: nil), terminal: nil, executable: exe, resumeFile: nil))
        XCTAssertEqual(noPty.arguments, ["show", "--plain", "--width", "80"])
        XCTAssertFalse(noPty.usesTerminal)

        let json = try XCTUnwrap(ChildInvocation(command: .export(format: "json"), terminal: nil, executable: exe, resumeFile: nil))
        XCTAssertEqual(json.arguments, ["export", "--format", "json"])
        XCTAssertEqual(json.executable, exe)

        let plain = try XCTUnwrap(ChildInvocation(command: .plain, terminal: nil, executable: exe, resumeFile: "/f"))
        XCTAssertEqual(plain.arguments, ["show", "--plain", "--width", "80", "--file", "/f"])

        XCTAssertNil(ChildInvocation(command: .help, terminal: nil, executable: exe, resumeFile: nil))
        XCTAssertNil(ChildInvocation(command: .unknown("x"), terminal: "xterm", executable: exe, resumeFile: nil))
    }
}

final class WindowSizeTests: XCTestCase {
    func testClamping() {
        XCTAssertEqual(WindowSize(columns: 120, rows: 40), WindowSize(columns: 120, rows: 40))
        XCTAssertEqual(WindowSize(columns: 0, rows: 0), .fallback)
        XCTAssertEqual(WindowSize(columns: 0, rows: 50), .fallback)
        XCTAssertEqual(WindowSize(columns: 200, rows: 0), .fallback)
        XCTAssertEqual(WindowSize(columns: -5, rows: 10), .fallback)
        let huge = WindowSize(columns: Int(UInt32.max), rows: 1_000_000)
        XCTAssertEqual(huge.columns, 1000)
        XCTAssertEqual(huge.rows, 100, "at most 100,000 cells: the width kept, the rows cut")
        XCTAssertEqual(WindowSize(columns: 500, rows: 300).description, "500x200")
        XCTAssertEqual(WindowSize(columns: 480, rows: 135).description, "480x135", "a 4K display in an 8x16 font fits")
        XCTAssertEqual(WindowSize(columns: 40, rows: 5000).description, "40x1000")
        XCTAssertEqual(WindowSize(columns: 1, rows: 1).description, "1x1")
        XCTAssertEqual(WindowSize.fallback.description, "80x24")
    }
}

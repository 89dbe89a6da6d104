import Foundation
import XCTest

/// The headline use, end to end: a visitor types `ssh -p PORT host` in a terminal and
/// browses the real UI, exactly as locally.
final class ServerInteractiveTests: XCTestCase {
    private func visit(_ server: SSHServerHarness, width: Int = 80, height: Int = 24, command: String = "") throws -> TmuxSession {
        let session = try TmuxSession("\(server.sshCommandLine) -tt 127.0.0.1 \(command)", width: width, height: height)
        try session.waitFor(text: "Wonho Ha")
        return session
    }

    func testBrowseSearchResizeAndQuitOverSSH() throws {
        let server = try SSHServerHarness()
        let session = try visit(server)
        try session.waitFor(text: "기술적으로")
        try session.send("Tab")
        try session.waitFor(text: "비바리퍼블리카")
        try session.send("/")
        try session.send("ㄹㄷㅅ", literal: true)
        try session.send("Enter")
        try session.waitFor(text: "\"ㄹㄷㅅ\" 1/")
        // The window change reaches the UI, which lays the page out again at 50 columns.
        try session.resize(width: 50, height: 20)
        let narrow = try session.waitFor("relayout at 50 columns") { screen in
            screen.components(separatedBy: "\n").contains { $0.hasPrefix(" Career ") && ScreenText.cells($0) <= 50 }
                && screen.components(separatedBy: "\n").allSatisfy { ScreenText.cells($0) <= 50 }
        }
        XCTAssertTrue(narrow.contains("레디스"), narrow)
        try session.send("q")
        XCTAssertEqual(session.exitStatus(), 0)
        XCTAssertTrue(SSHServerHarness.eventually(timeout: 5) { server.log.contains("ended") || server.log.contains("end") }, server.log)
    }

    func testTwoVisitorsDoNotSeeEachOthersKeys() throws {
        let server = try SSHServerHarness()
        let first = try visit(server)
        let second = try visit(server, width: 100, height: 30)
        try first.send("3")
        try first.waitFor(text: "Gophercon KR")
        try second.send("4")
        try second.waitFor(text: "Distributed Systems")
        XCTAssertFalse(try first.screen().contains("Distributed Systems"))
        XCTAssertFalse(try second.screen().contains("Gophercon KR"))
        try first.send("q")
        XCTAssertEqual(first.exitStatus(), 0)
        try second.send("j")
        try second.waitFor(text: " Skills ")
        try second.send("q")
        XCTAssertEqual(second.exitStatus(), 0)
    }

    func testHTMLOverSSHIsTheLocalExport() throws {
        let server = try SSHServerHarness()
        let remote = try server.ssh(["-T"], command: ["html"])
        XCTAssertEqual(remote.status, 0, remote.stderr)
        XCTAssertEqual(remote.stdout, try Binary.run(["export", "--format", "html"]).stdout)
    }

    func testTourOverSSH() throws {
        let server = try SSHServerHarness()
        let session = try visit(server, command: "tour")
        try session.waitFor(text: "any key takes over")
        try session.send("x")
        try session.waitFor(text: "you have the controls")
        try session.send("q")
        XCTAssertEqual(session.exitStatus(), 0)
    }
}

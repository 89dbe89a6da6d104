import Foundation
import XCTest

/// deploy/resume-tui.service must start a working server: its ExecStart line, with the
/// binary, the state folder and the address swapped for the test's, serves the résumé
/// to the real ssh client and keeps its host key where the unit says.
final class DeployUnitTests: XCTestCase {
    func testTheUnitsCommandLineServes() throws {
        let unitURL = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("deploy/resume-tui.service")
        let unit = try String(contentsOf: unitURL, encoding: .utf8)
        let execStart = try XCTUnwrap(unit.split(separator: "\n").first { $0.hasPrefix("ExecStart=") })
        var words = execStart.dropFirst("ExecStart=".count).split(separator: " ").map(String.init)
        XCTAssertEqual(words.first, "/usr/local/bin/resume-tui", "the path the README's install step copies to")
        words.removeFirst()
        XCTAssertEqual(words.first, "serve")

        let state = NSTemporaryDirectory() + "deploy-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: state + "/resume-tui", withIntermediateDirectories: true)
        // systemd's %S is /var/lib; the test's stands in. Loopback and a free port instead
        // of the public address; the options come after the harness's own, so they win.
        // The harness adds `--file` with a fixture: the unit serves the built-in résumé,
        // which is the owner's and not the tests'.
        var arguments = Array(words.dropFirst()).map { $0.replacingOccurrences(of: "%S", with: state) }
        for (option, value) in [("--host", "127.0.0.1"), ("--port", "0")] {
            let index = try XCTUnwrap(arguments.firstIndex(of: option), "the unit sets \(option)")
            arguments[index + 1] = value
        }
        let server = try SSHServerHarness(arguments: arguments, directory: state)
        let keyPath = state + "/resume-tui/host_ed25519"
        let mode = try XCTUnwrap(FileManager.default.attributesOfItem(atPath: keyPath)[.posixPermissions] as? Int)
        XCTAssertEqual(mode, 0o600, "the host key is where the unit's StateDirectory keeps it, private")
        XCTAssertFalse(FileManager.default.fileExists(atPath: server.keyPath), "the unit's --host-key is the one used")

        let result = try server.ssh(["-T"], command: ["plain"])
        XCTAssertEqual(result.status, 0, result.stderr)
        XCTAssertTrue(result.stdout.contains(Fixture.english.name), result.stdout)
        XCTAssertEqual(server.terminate(), 0, "SIGTERM (what systemctl stop sends) ends it with status 0")
    }

    /// The instance template (one per port, behind HAProxy) keeps the single unit's
    /// sandbox line for line and its host key, so instances differ only in their port.
    func testTheInstanceTemplateKeepsTheSandboxAndTheKey() throws {
        let deploy = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("deploy")
        func lines(_ name: String) throws -> [Substring] {
            try String(contentsOf: deploy.appendingPathComponent(name), encoding: .utf8).split(separator: "\n")
        }
        let single = try lines("resume-tui.service"), template = try lines("resume-tui@.service")
        let sandbox = single.filter { line in
            ["Protect", "Private", "Restrict", "NoNewPrivileges", "SystemCall", "Lock", "MemoryDeny", "DynamicUser",
             "StateDirectory", "User="].contains { line.hasPrefix($0) }
        }
        XCTAssertGreaterThan(sandbox.count, 10)
        for line in sandbox { XCTAssertTrue(template.contains(line), "the template lacks \(line)") }
        let execStart = try XCTUnwrap(template.first { $0.hasPrefix("ExecStart=") })
        let singleKey = try XCTUnwrap(single.first { $0.hasPrefix("ExecStart=") }?.split(separator: " ")
            .first { $0.contains("host_ed25519") })
        XCTAssertTrue(execStart.contains(singleKey), "one key for every instance: \(execStart)")
        XCTAssertTrue(execStart.contains("--port %i") && execStart.contains("--proxy-protocol") && execStart.contains("--host 127.0.0.1"),
                      String(execStart))
    }
}

import Foundation
import XCTest

/// `resume-tui serve` driven by the real OpenSSH client on a random loopback port.
/// Assertions hold whether `show` is the full UI or still prints Markdown.
final class ServerTests: XCTestCase {
    // MARK: - What a visitor gets

    func testPlainTextWithoutTerminal() throws {
        let fixture = Fixture.korean
        let server = try SSHServerHarness(resume: fixture)
        let result = try server.ssh(["-T"])
        XCTAssertEqual(result.status, 0, result.stderr + server.log)
        XCTAssertTrue(result.stdout.contains(fixture.name), result.stdout)
        XCTAssertTrue(result.stdout.contains(fixture.career), "Korean text must survive the trip")
        XCTAssertFalse(result.stdout.contains("\r\n"), "no pty: no carriage returns")
    }

    func testJSONIsWhatExportPrintsLocally() throws {
        let fixture = Fixture.korean
        let server = try SSHServerHarness(resume: fixture)
        let local = try Binary.run(["export", "--format", "json", "--file", fixture.path])
        let remote = try server.ssh([], command: ["json"])
        XCTAssertEqual(remote.status, local.status, remote.stderr)
        XCTAssertEqual(Array(remote.stdout.utf8), Array(local.stdout.utf8), "byte for byte")
        let markdownLocal = try Binary.run(["export", "--format", "markdown", "--file", fixture.path])
        let markdownRemote = try server.ssh([], command: ["markdown"])
        XCTAssertEqual(markdownRemote.status, markdownLocal.status)
        XCTAssertEqual(Array(markdownRemote.stdout.utf8), Array(markdownLocal.stdout.utf8))
    }

    func testPlainCommandMatchesLocalPlainShow() throws {
        let fixture = Fixture.korean
        let server = try SSHServerHarness(resume: fixture)
        let local = try Binary.run(["show", "--plain", "--width", "80", "--file", fixture.path])
        let remote = try server.ssh([], command: ["plain"])
        XCTAssertEqual(remote.status, 0)
        XCTAssertEqual(remote.stdout, local.stdout)
    }

    func testUnknownCommandGetsUsageOnStderrAndStatus2() throws {
        let server = try SSHServerHarness()
        let result = try server.ssh([], command: ["bogus"])
        XCTAssertEqual(result.status, 2)
        XCTAssertEqual(result.stdout, "")
        XCTAssertTrue(result.stderr.contains("ssh HOST json"), result.stderr)

        let help = try server.ssh([], command: ["help"])
        XCTAssertEqual(help.status, 0)
        XCTAssertTrue(help.stdout.contains("ssh HOST json"), help.stdout)
    }

    func testInteractiveSessionShowsTheResumeInATerminal() throws {
        let server = try SSHServerHarness()
        let started = Date()
        let tmux = try SSHTmux("\(server.sshCommandLine) -tt 127.0.0.1", width: 100, height: 30)
        // The footer is the last row of the first frame: the UI is up and reading keys.
        XCTAssertTrue(SSHServerHarness.eventually(timeout: 10) {
            Footer((try? tmux.screen()) ?? "").shows("About", from: 1)
        }, (try? tmux.screen()) ?? "")
        XCTAssertTrue(try tmux.screen().contains(Fixture.english.name))
        print("connect to first screen: \(Int(Date().timeIntervalSince(started) * 1000)) ms (tmux polling included)")
        try tmux.send("q")
        XCTAssertEqual(tmux.exitStatus(timeout: 10), 0)
        XCTAssertTrue(server.log.contains("term=xterm-256color"), server.log)
        XCTAssertTrue(server.log.contains("size=100x30"), server.log)
    }

    func testPageCommandWithTerminal() throws {
        let server = try SSHServerHarness()
        // The UI waits for a key; "q" typed ahead quits it once it has painted.
        let result = try server.ssh(["-tt"], command: ["talks"], stdin: Data("q".utf8))
        XCTAssertEqual(result.status, 0, result.stderr)
        XCTAssertTrue(result.stdout.contains(Fixture.english.talks), result.stdout)
        XCTAssertTrue(server.log.contains(#"show(page: Optional("talks"))"#), server.log)
    }

    func testPagesAreTheResumesOwn() throws {
        // The server knows no page names: the child opens the résumé's own, by number too,
        // and names them when asked for one it lacks.
        let server = try SSHServerHarness(resume: .korean)
        let byNumber = try server.ssh(["-tt"], command: ["3"], stdin: Data("q".utf8))
        XCTAssertEqual(byNumber.status, 0, byNumber.stderr)
        XCTAssertTrue(byNumber.stdout.contains(Fixture.korean.talks), byNumber.stdout)
        let missing = try server.ssh(["-tt"], command: ["hobbies"])
        XCTAssertEqual(missing.status, 2, missing.stdout + missing.stderr)
        XCTAssertTrue((missing.stdout + missing.stderr).contains(#"no page "hobbies"; the pages are: "#), missing.stdout + missing.stderr)
    }

    // MARK: - Refused without dropping the connection

    func testSFTPIsRefusedAndTheServerKeepsServing() throws {
        let server = try SSHServerHarness()
        let sftp = try SSHServerHarness.run("/usr/bin/sftp", [
            "-P", String(server.port), "-o", "StrictHostKeyChecking=no", "-o", "UserKnownHostsFile=/dev/null",
            "-o", "LogLevel=ERROR", "-o", "BatchMode=yes", "127.0.0.1",
        ], timeout: 15)
        XCTAssertNotEqual(sftp.status, 0)
        XCTAssertTrue(sftp.stderr.contains("subsystem request failed"), sftp.stderr)
        let after = try server.ssh(["-T"])
        XCTAssertEqual(after.status, 0)
        XCTAssertTrue(after.stdout.contains(Fixture.english.name))
    }

    func testX11ForwardingRequestDoesNotDropTheConnection() throws {
        // swift-nio-ssh 0.15.1 alone drops the whole connection on x11-req (issue 221).
        let server = try SSHServerHarness()
        let result = try server.ssh(["-X", "-tt"], stdin: Data("q".utf8), environment: ["DISPLAY": ":0"])
        XCTAssertEqual(result.status, 0, result.stderr + server.log)
        XCTAssertTrue(result.stdout.contains(Fixture.english.name), result.stdout)
        XCTAssertTrue(result.stderr.contains("X11 forwarding request failed"), result.stderr)
    }

    func testForwardingAndAgentRequestsAreRefusedButTheSessionRuns() throws {
        let server = try SSHServerHarness()
        // A foreground agent (-D): a forking one would hold the test's pipes open.
        let socket = server.directory + "/agent.sock"
        let agent = try SpawnedProgram("/usr/bin/ssh-agent", ["-D", "-a", socket], environment: [:], captureOutput: false)
        defer { kill(agent.pid, SIGTERM) }
        XCTAssertTrue(SSHServerHarness.eventually(timeout: 5) { FileManager.default.fileExists(atPath: socket) })
        // -A sends auth-agent-req, -R a tcpip-forward global request: both refused.
        let result = try server.ssh(["-A", "-R", "0:127.0.0.1:9", "-o", "ExitOnForwardFailure=no", "-T"],
                                    environment: ["SSH_AUTH_SOCK": socket])
        XCTAssertEqual(result.status, 0, result.stderr)
        XCTAssertTrue(result.stdout.contains(Fixture.english.name))

        // -W opens a direct-tcpip channel (what -L and -D open on use): an open failure.
        let tunnel = try server.ssh(["-W", "127.0.0.1:\(server.port)"], timeout: 10)
        XCTAssertNotEqual(tunnel.status, 0, "direct-tcpip must be refused")
        XCTAssertTrue(tunnel.stderr.contains("forwarding failed"), tunnel.stderr)
        XCTAssertEqual(try server.ssh(["-T"]).status, 0)
    }

    // MARK: - Sessions are separate processes with a clean environment

    func testEnvironmentIsBuiltFromScratchAndTheWindowSizeIsSet() throws {
        let directory = try SSHServerHarness.makeDirectory()
        let program = try SSHServerHarness.script(in: directory, "env-probe",
                                                  "env | sort; echo \"size=$(stty size)\"; echo \"args=$*\"")
        let server = try SSHServerHarness(arguments: ["--session-program", program], directory: directory)
        let result = try server.ssh(["-tt", "-o", "SetEnv=LEAK=client", "-o", "SendEnv=LC_ALL"],
                                    environment: ["TERM": "screen", "LC_ALL": "C", "SECRET_SERVER": "x"])
        let lines = Set(result.stdout.replacingOccurrences(of: "\r", with: "").split(separator: "\n").map(String.init))
        XCTAssertTrue(lines.contains("TERM=screen"), result.stdout)
        XCTAssertTrue(lines.contains("LANG=C.UTF-8"), result.stdout)
        XCTAssertTrue(lines.contains("HOME=/"), result.stdout)
        XCTAssertTrue(lines.contains("PATH=/usr/local/bin:/usr/bin:/bin"), result.stdout)
        XCTAssertTrue(lines.contains("size=24 80"), "a client that reports no size gets 80x24: \(result.stdout)")
        // The harness serves a fixture: each session reads the server's own copy of it.
        XCTAssertTrue(lines.contains { $0.hasPrefix("args=show ") && $0.contains(" --file ") }, result.stdout)
        XCTAssertFalse(result.stdout.contains("LEAK"), "env requests never reach the child")
        XCTAssertFalse(result.stdout.contains("LC_ALL"))
        XCTAssertFalse(result.stdout.contains("SECRET_SERVER"))
    }

    func testWindowChangeReachesTheChild() throws {
        let directory = try SSHServerHarness.makeDirectory()
        let program = try SSHServerHarness.script(in: directory, "winch", """
            trap 'echo "now $(stty size)"' WINCH
            echo "start $(stty size)"
            i=0; while [ $i -lt 300 ]; do sleep 0.1; i=$((i+1)); done
            """)
        let server = try SSHServerHarness(arguments: ["--session-program", program], directory: directory)
        let tmux = try SSHTmux("\(server.sshCommandLine) -tt 127.0.0.1", width: 100, height: 30)
        tmux.waitFor(text: "start 30 100")
        try tmux.resize(width: 90, height: 20)
        tmux.waitFor(text: "now 20 90")
    }

    func testTwoSessionsAtOnceAreIndependent() throws {
        let directory = try SSHServerHarness.makeDirectory()
        let program = try SSHServerHarness.script(in: directory, "echo-once",
                                                  "read line; sleep 0.3; echo \"pid $$ got $line\"")
        let server = try SSHServerHarness(arguments: ["--session-program", program], directory: directory)
        let group = DispatchGroup()
        final class Results: @unchecked Sendable { var values: [Int: (status: Int32, stdout: String, stderr: String)] = [:]; let lock = NSLock() }
        let results = Results()
        for index in 0..<2 {
            group.enter()
            DispatchQueue.global().async {
                let result = try? server.ssh(["-T"], stdin: Data("visitor \(index)\n".utf8))
                results.lock.withLock { results.values[index] = result }
                group.leave()
            }
        }
        XCTAssertEqual(group.wait(timeout: .now() + 20), .success)
        let first = try XCTUnwrap(results.values[0]), second = try XCTUnwrap(results.values[1])
        XCTAssertTrue(first.stdout.hasSuffix("got visitor 0\n"), first.stdout)
        XCTAssertTrue(second.stdout.hasSuffix("got visitor 1\n"), second.stdout)
        XCTAssertNotEqual(first.stdout.split(separator: " ")[1], second.stdout.split(separator: " ")[1], "two processes")
    }

    // MARK: - No process left behind

    func testKilledClientLeavesNoChild() throws {
        try assertKilledClientLeavesNoChild(body: "exec sleep 30", within: 3)
    }

    func testChildThatIgnoresHangUpIsKilled() throws {
        // SIGHUP is ignored (and inherited by sleep): only the SIGKILL after the grace ends it.
        try assertKilledClientLeavesNoChild(body: "trap '' HUP; sleep 30; sleep 30", within: 6)
    }

    private func assertKilledClientLeavesNoChild(body: String, within seconds: TimeInterval,
                                                 file: StaticString = #filePath, line: UInt = #line) throws {
        let directory = try SSHServerHarness.makeDirectory()
        let program = try SSHServerHarness.script(in: directory, "linger", body)
        let server = try SSHServerHarness(arguments: ["--session-program", program], directory: directory)
        let ssh = try server.startSSH(["-tt"])
        
        XCTAssertTrue(SSHServerHarness.eventually(timeout: 10) { !server.children().isEmpty }, "the session started",
                      file: file, line: line)
        let groups = Set(server.children())
        kill(ssh.pid, SIGKILL)
        let clean = SSHServerHarness.eventually(timeout: seconds) {
            server.children().isEmpty && SSHServerHarness.members(ofGroups: groups).isEmpty
        }
        XCTAssertTrue(clean, "left: children \(server.children()), group members \(SSHServerHarness.members(ofGroups: groups))",
                      file: file, line: line)
        XCTAssertTrue(SSHServerHarness.eventually(timeout: 3) { server.log.contains("ended=visitor left") }, server.log,
                      file: file, line: line)
        XCTAssertTrue(server.process.isRunning, "the server survives", file: file, line: line)
    }

    func testSIGTERMEndsSessionsAndExitsZero() throws {
        let directory = try SSHServerHarness.makeDirectory()
        let program = try SSHServerHarness.script(in: directory, "linger", "exec sleep 30")
        let server = try SSHServerHarness(arguments: ["--session-program", program], directory: directory)
        let ssh = try server.startSSH(["-tt"])
        
        XCTAssertTrue(SSHServerHarness.eventually(timeout: 10) { !server.children().isEmpty })
        let groups = Set(server.children())
        XCTAssertEqual(server.terminate(timeout: 10), 0, server.log)
        XCTAssertTrue(SSHServerHarness.members(ofGroups: groups).isEmpty, "no child outlives the server")
        XCTAssertNotNil(ssh.wait(timeout: 5), "the visitor's ssh ends too")
    }

    // MARK: - Limits

    func testOverTheSessionLimitTheVisitorReadsOneLine() throws {
        let directory = try SSHServerHarness.makeDirectory()
        let program = try SSHServerHarness.script(in: directory, "linger", "exec sleep 30")
        let server = try SSHServerHarness(arguments: ["--session-program", program, "--max-sessions", "1"], directory: directory)
        let first = try server.startSSH(["-tt"])
        
        XCTAssertTrue(SSHServerHarness.eventually(timeout: 10) { !server.children().isEmpty })
        let second = try server.ssh(["-T"])
        XCTAssertEqual(second.status, 1)
        XCTAssertEqual(second.stderr, "resume-tui: busy, try again in a minute\n")
        XCTAssertEqual(second.stdout, "")
        withExtendedLifetime(first) {}  // the first visitor holds the only slot until here
    }

    func testOverThePerAddressLimitTheVisitorReadsOneLine() throws {
        let directory = try SSHServerHarness.makeDirectory()
        let program = try SSHServerHarness.script(in: directory, "linger", "exec sleep 30")
        let server = try SSHServerHarness(arguments: ["--session-program", program, "--max-per-address", "1"],
                                          directory: directory)
        let first = try server.startSSH(["-tt"])
        
        XCTAssertTrue(SSHServerHarness.eventually(timeout: 10) { !server.children().isEmpty })
        let second = try server.ssh(["-tt"])
        XCTAssertNotEqual(second.status, 0)
        XCTAssertTrue(second.stderr.contains("resume-tui: busy, try again in a minute"), second.stderr)
        withExtendedLifetime(first) {}  // the first connection holds the address's only slot until here
        XCTAssertEqual(server.children().count, 1, "the busy visitor got no process")
    }

    func testHandshakeTimeoutClosesASilentSocket() throws {
        let server = try SSHServerHarness(arguments: ["--handshake-timeout", "1"])
        let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        XCTAssertGreaterThanOrEqual(fd, 0)
        defer { close(fd) }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = in_port_t(UInt16(server.port).bigEndian)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        let connected = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { connect(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
        }
        XCTAssertEqual(connected, 0)
        var timeout = timeval(tv_sec: 5, tv_usec: 0)
        setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &timeout, socklen_t(MemoryLayout<timeval>.size))
        let started = Date()
        var buffer = [UInt8](repeating: 0, count: 4096)
        var sawEOF = false
        while Date().timeIntervalSince(started) < 5 {
            let n = recv(fd, &buffer, buffer.count, 0)  // the server's version line, then EOF
            if n == 0 { sawEOF = true; break }
            if n < 0 { break }
        }
        XCTAssertTrue(sawEOF, "closed by the server")
        XCTAssertLessThan(Date().timeIntervalSince(started), 4)
        XCTAssertTrue(server.log.contains("handshake timeout"), server.log)
    }

    func testIdleSessionEndsWithAFarewell() throws {
        let directory = try SSHServerHarness.makeDirectory()
        let program = try SSHServerHarness.script(in: directory, "linger", "exec sleep 30")
        let server = try SSHServerHarness(arguments: ["--session-program", program, "--idle-timeout", "1"],
                                          directory: directory)
        let started = Date()
        let result = try server.ssh(["-T"], timeout: 10)
        XCTAssertLessThan(Date().timeIntervalSince(started), 6)
        XCTAssertTrue(result.stderr.contains("resume-tui: no input for 1 seconds; goodbye."), result.stderr)
        XCTAssertTrue(SSHServerHarness.eventually(timeout: 3) { server.log.contains("ended=idle timeout") }, server.log)
    }

    // MARK: - Host key

    func testHostKeyIsCreatedOnceAndReused() throws {
        let directory = try SSHServerHarness.makeDirectory()
        let keyPath = directory + "/key"
        var firstBanner: [String] = []
        do {
            let server = try SSHServerHarness(keyPath: keyPath, directory: directory + "/a")
            firstBanner = server.banner
            XCTAssertEqual(server.terminate(), 0)
        }
        let fingerprint = try SSHServerHarness.run("/usr/bin/ssh-keygen", ["-l", "-f", keyPath], timeout: 5)
        XCTAssertTrue(firstBanner.contains(fingerprint.stdout.trimmingCharacters(in: .whitespacesAndNewlines)),
                      "the server prints what ssh-keygen -l prints: \(firstBanner) vs \(fingerprint.stdout)")
        XCTAssertTrue(firstBanner.first?.hasSuffix("(created)") ?? false, "\(firstBanner)")
        XCTAssertTrue(firstBanner.contains { $0.hasPrefix("open files: ") && $0.hasSuffix(" sessions") }, "\(firstBanner)")

        let again = try SSHServerHarness(keyPath: keyPath, directory: directory + "/b")
        XCTAssertEqual(again.banner.dropFirst().first, firstBanner.dropFirst().first, "same fingerprint after a restart")
        XCTAssertFalse(again.banner.first?.hasSuffix("(created)") ?? true)
        // The client sees that same key.
        let scan = try SSHServerHarness.run("/usr/bin/ssh-keyscan", ["-p", String(again.port), "-t", "ed25519", "127.0.0.1"], timeout: 10)
        let pub = try String(contentsOfFile: keyPath + ".pub", encoding: .utf8).split(separator: " ")[1]
        XCTAssertTrue(scan.stdout.contains(pub), scan.stdout + scan.stderr)
    }

    func testMalformedHostKeyStopsTheServerAndIsKept() throws {
        let directory = try SSHServerHarness.makeDirectory()
        let keyPath = directory + "/broken"
        try "not a key\n".write(toFile: keyPath, atomically: true, encoding: .utf8)
        let result = try SSHServerHarness.run(Binary.url.path, ["serve", "--host", "127.0.0.1", "--port", "0", "--host-key", keyPath],
                                              timeout: 10)
        XCTAssertNotEqual(result.status, 0)
        XCTAssertTrue(result.stderr.contains("host key"), result.stderr)
        XCTAssertFalse(result.stdout.contains("listening"))
        XCTAssertEqual(try String(contentsOfFile: keyPath, encoding: .utf8), "not a key\n")
    }
}

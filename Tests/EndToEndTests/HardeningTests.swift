import Foundation
import XCTest

/// The server against hostile or broken clients, with small limits so each test takes
/// seconds. The same checks at scale are in `scripts/stress`.
final class HardeningTests: XCTestCase {
    private static let sshVersion: [UInt8] = Array("SSH-2.0-".utf8)

    private func startsWithVersion(_ bytes: [UInt8]) -> Bool { bytes.starts(with: Self.sshVersion) }

    // MARK: - Idle sockets, MaxStartups

    func testSilentSocketsDoNotBlockAVisitorAreBoundedAndAreClosed() throws {
        let server = try SSHServerHarness(arguments: ["--handshake-timeout", "2", "--max-startups", "8",
                                                      "--max-rate-per-address", "0", "--max-per-address", "100"])
        XCTAssertEqual(try server.ssh(["-T"], command: ["help"]).status, 0)
        XCTAssertTrue(SSHServerHarness.eventually(timeout: 3) { server.children().isEmpty })
        let baseline = server.openDescriptors

        // Six sockets that never speak hold six of eight handshake slots.
        let silent = try (0..<6).map { _ in try RawSocket(port: server.port, from: "127.0.0.3") }
        for socket in silent { XCTAssertTrue(startsWithVersion(socket.read(timeout: 2) { $0.count >= 8 }.bytes)) }

        let started = Date()
        let visitor = try server.ssh(["-T", "-b", "127.0.0.2"], timeout: 10)
        let seconds = Date().timeIntervalSince(started)
        XCTAssertEqual(visitor.status, 0, visitor.stderr)
        XCTAssertTrue(visitor.stdout.contains(Fixture.english.name))
        print("hardening: résumé with 6 silent sockets pending: \(Int(seconds * 1000)) ms")
        XCTAssertLessThan(seconds, 2, "a visitor gets in while silent sockets wait (target 1 s; slack for a busy CI)")

        // Two more fill the slots. A newcomer then takes the slot of the oldest socket
        // that never spoke, which is closed: silent sockets can't keep a visitor out,
        // from however many addresses they come.
        let more = try (0..<2).map { _ in try RawSocket(port: server.port, from: "127.0.0.4") }
        for socket in more { XCTAssertTrue(startsWithVersion(socket.read(timeout: 2) { $0.count >= 8 }.bytes)) }
        let full = Date()
        let second = try server.ssh(["-T", "-b", "127.0.0.6"], timeout: 10)
        XCTAssertEqual(second.status, 0, second.stderr)
        XCTAssertTrue(second.stdout.contains(Fixture.english.name))
        XCTAssertLessThan(Date().timeIntervalSince(full), 2, "a visitor gets in while every slot is held by a silent socket")
        XCTAssertNotNil(silent[0].waitForClose(timeout: 1), "the oldest silent socket gave its slot up")

        // Sockets that have spoken (sent a version line) keep their slots: once all the
        // slots are held by them, the next is refused at once, before any SSH.
        let talkers = try (0..<8).map { _ in try RawSocket(port: server.port, from: "127.0.0.7") }
        for socket in talkers {
            socket.send("SSH-2.0-stall\r\n")
        }
        Thread.sleep(forTimeInterval: 0.3)
        let refused = try RawSocket(port: server.port, from: "127.0.0.5")
        let refusedAt = Date()
        let answer = try XCTUnwrap(refused.waitForClose(timeout: 2), "refused at once")
        XCTAssertLessThan(Date().timeIntervalSince(refusedAt), 0.5)
        XCTAssertFalse(startsWithVersion(answer), "no SSH version line: no key exchange to pay for")
        XCTAssertTrue(String(decoding: answer, as: UTF8.self).contains("busy"))
        XCTAssertTrue(server.log.contains("too many pending handshakes"), server.log)

        // All of them are closed at the handshake timeout, and their descriptors are freed.
        for socket in silent.dropFirst() + more + talkers {
            XCTAssertNotNil(socket.waitForClose(timeout: 4), "closed at the handshake timeout")
        }
        XCTAssertTrue(SSHServerHarness.eventually(timeout: 3) { server.openDescriptors <= baseline },
                      "descriptors \(server.openDescriptors), baseline \(baseline)")
        XCTAssertEqual(try server.ssh(["-T"], command: ["help"]).status, 0, "slots are free again")
    }

    // MARK: - Connection rate per address

    func testConnectionRateIsLimitedPerAddressBeforeKeyExchange() throws {
        let server = try SSHServerHarness(arguments: ["--max-rate-per-address", "5", "--max-per-address", "100",
                                                      "--max-startups", "100"])
        let started = Date()
        var admitted = 0, refused = 0
        for _ in 0..<40 {
            let socket = try RawSocket(port: server.port, from: "127.0.0.3")
            let reply = socket.read(timeout: 2) { $0.count >= 8 }
            if startsWithVersion(reply.bytes) {
                admitted += 1
            } else {
                XCTAssertTrue(socket.waitForClose(timeout: 1) != nil || reply.closed, "refused ones are closed at once")
                refused += 1
            }
        }
        let elapsed = Date().timeIntervalSince(started)
        print("hardening: 40 connections from one address in \(String(format: "%.2f", elapsed)) s: \(admitted) admitted, \(refused) refused (rate 5/s, burst 5)")
        XCTAssertLessThanOrEqual(Double(admitted), 5 + elapsed * 5 + 1)
        XCTAssertGreaterThan(refused, 0)
        XCTAssertTrue(server.log.contains("too many connections per second"), server.log)

        let other = try server.ssh(["-T", "-b", "127.0.0.2"], command: ["help"])
        XCTAssertEqual(other.status, 0, "another address still gets in: \(other.stderr)")
    }

    // MARK: - Keepalive

    func testKeepaliveEndsTheSessionOfAFrozenClient() throws {
        let directory = try SSHServerHarness.makeDirectory()
        let program = try SSHServerHarness.script(in: directory, "linger", "exec sleep 60")
        let server = try SSHServerHarness(arguments: ["--session-program", program, "--keepalive-interval", "0.5",
                                                      "--keepalive-count", "3"], directory: directory)
        let client = try server.startSSH(["-T"])
        defer { kill(client.pid, SIGCONT); kill(client.pid, SIGKILL); _ = client.wait(timeout: 5) }
        XCTAssertTrue(SSHServerHarness.eventually(timeout: 10) { server.children().count == 1 })

        // A live client answers: 3 s is six intervals, twice the count, and it still holds.
        Thread.sleep(forTimeInterval: 3)
        XCTAssertEqual(server.children().count, 1, "an answering client keeps its session: \(server.log)")

        kill(client.pid, SIGSTOP)
        let frozen = Date()
        // 3 unanswered keepalives at 0.5 s, then SIGHUP to the child.
        XCTAssertTrue(SSHServerHarness.eventually(timeout: 8) { server.children().isEmpty }, server.log)
        let seconds = Date().timeIntervalSince(frozen)
        print("hardening: frozen client's session cleaned up after \(String(format: "%.1f", seconds)) s (interval 0.5 s x 3)")
        XCTAssertLessThan(seconds, 4)
        XCTAssertTrue(server.log.contains("no answer to keepalives"), server.log)
    }

    // MARK: - Session length

    func testOverLongSessionEndsWithAOneLineGoodbye() throws {
        let directory = try SSHServerHarness.makeDirectory()
        let program = try SSHServerHarness.script(in: directory, "busy", "while :; do echo tick; sleep 0.2; done")
        let server = try SSHServerHarness(arguments: ["--session-program", program, "--max-session", "1"],
                                          directory: directory)
        let started = Date()
        // The idle timeout is the default 10 minutes: only the length limit can end it.
        let result = try server.ssh(["-T"], stdin: Data(repeating: 0x0A, count: 10), timeout: 10)
        XCTAssertLessThan(Date().timeIntervalSince(started), 6)
        XCTAssertTrue(result.stderr.contains("resume-tui: sessions last at most 1 seconds; goodbye."), result.stderr)
        XCTAssertEqual(result.stderr.split(separator: "\n").filter { $0.contains("goodbye") }.count, 1, "one line")
        XCTAssertTrue(SSHServerHarness.eventually(timeout: 3) { server.log.contains("ended=max duration") }, server.log)
        XCTAssertTrue(SSHServerHarness.eventually(timeout: 3) { server.children().isEmpty })
    }

    // MARK: - Hostile pty and environment requests

    func testHostileTermsAndEnvironmentNeverReachTheChild() throws {
        let directory = try SSHServerHarness.makeDirectory()
        let program = try SSHServerHarness.script(in: directory, "linger", "exec sleep 60")
        let server = try SSHServerHarness(arguments: ["--session-program", program, "--max-per-address", "100",
                                                      "--max-rate-per-address", "0"], directory: directory)
        var names = ["LD_PRELOAD=/tmp/evil.so", "LD_LIBRARY_PATH=/tmp", "TERMINFO=/tmp", "TERMINFO_DIRS=/tmp",
                     "LC_ALL=../x", "LANG=../../etc/passwd", "HOME=/root", "PATH=/tmp", "SHELL=/bin/sh",
                     "RESUME_TUI_EVIL=1"]
        names += (0..<190).map { "EVIL_\($0)=x" }
        let terms = ["", "../../etc/passwd", String(repeating: "A", count: 100_000), "xterm\u{7F}", "no-such-terminal",
                     "x/../../vt100"]
        for term in terms {
            let client = try server.startSSH(["-tt", "-o", "SetEnv=" + names.joined(separator: " ")],
                                             environment: ["TERM": term])
            defer { kill(client.pid, SIGKILL); _ = client.wait(timeout: 5) }
            var child: pid_t?
            // The session program's own environment: once the child has exec'd it (before
            // that, /proc shows the server's environment, inherited across the fork).
            XCTAssertTrue(SSHServerHarness.eventually(timeout: 10) {
                child = server.children().first
                guard let child, server.hasExecuted(child) else { return false }
                return !SSHServerHarness.environment(of: child).isEmpty
            }, "TERM of \(term.utf8.count) bytes: \(server.log.suffix(2000))")
            let environment = SSHServerHarness.environment(of: try XCTUnwrap(child))
            XCTAssertEqual(environment["TERM"], "xterm-256color", "TERM \(term.prefix(40).debugDescription)")
            for name in names.map({ String($0.split(separator: "=")[0]) }) where !["LANG", "HOME", "PATH"].contains(name) {
                XCTAssertNil(environment[name], name)
            }
            XCTAssertNotEqual(environment["LANG"], "../../etc/passwd")
            XCTAssertNotEqual(environment["PATH"], "/tmp")
            kill(client.pid, SIGKILL)
            XCTAssertTrue(SSHServerHarness.eventually(timeout: 5) { server.children().isEmpty })
        }
        XCTAssertTrue(server.process.isRunning)
        XCTAssertEqual(try server.ssh(["-T"], command: ["help"]).status, 0)
    }

    // MARK: - One session channel per connection

    func testASecondChannelOnAConnectionIsRefusedAndTheFirstCarriesOn() throws {
        let directory = try SSHServerHarness.makeDirectory()
        let program = try SSHServerHarness.script(in: directory, "linger", "exec sleep 60")
        // One connection per address: when its mux request fails, ssh falls back to a
        // connection of its own, which must not hide the refusal by running a session.
        let server = try SSHServerHarness(arguments: ["--session-program", program, "--max-per-address", "1"],
                                          directory: directory)
        let control = directory + "/control"
        let master = try server.startSSH(["-M", "-S", control, "-N"])
        defer { kill(master.pid, SIGTERM); _ = master.wait(timeout: 5) }
        XCTAssertTrue(SSHServerHarness.eventually(timeout: 10) { FileManager.default.fileExists(atPath: control) })
        let first = try server.startSSH(["-S", control, "-T"])
        defer { kill(first.pid, SIGKILL); _ = first.wait(timeout: 5) }
        XCTAssertTrue(SSHServerHarness.eventually(timeout: 10) { server.children().count == 1 })
        let second = try server.ssh(["-S", control, "-T"], timeout: 10)
        XCTAssertNotEqual(second.status, 0)
        XCTAssertTrue(second.stderr.contains("Session open refused by peer"), second.stderr)
        print("hardening: second channel on one connection: \(second.stderr.trimmingCharacters(in: .whitespacesAndNewlines))")
        XCTAssertEqual(server.children().count, 1, "the first session carries on, no second child")
        XCTAssertTrue(first.isRunning)
    }

    // MARK: - Protocol garbage

    func testProtocolGarbageClosesTheConnectionAndTheServerKeepsServing() throws {
        let server = try SSHServerHarness(arguments: ["--handshake-timeout", "2", "--max-per-address", "100",
                                                      "--max-rate-per-address", "0"])
        var random = SystemRandomNumberGenerator()
        let noise = (0..<20_000).map { _ in UInt8.random(in: 0...255, using: &random) }
        let cases: [(String, [UInt8])] = [
            ("bare newline", [0x0A]),
            ("over-long version line", Array(("SSH-2.0-" + String(repeating: "A", count: 1_000) + "\r\n").utf8)),
            ("5,000 pre-banner lines", Array(String(repeating: "hello there\r\n", count: 5_000).utf8)),
            ("0xFFFFFFFF packet length", Array("SSH-2.0-x\r\n".utf8) + [0xFF, 0xFF, 0xFF, 0xFF] + Array(noise.prefix(64))),
            ("random bytes after the banner", Array("SSH-2.0-x\r\n".utf8) + noise),
            ("random bytes, no banner", noise),
            ("SSH-1.5", Array("SSH-1.5-old\r\n".utf8)),
        ]
        for (name, bytes) in cases {
            let socket = try RawSocket(port: server.port)
            socket.send(bytes)
            let started = Date()
            XCTAssertNotNil(socket.waitForClose(timeout: 5), "\(name): closed")
            print("hardening: \(name): closed after \(Int(Date().timeIntervalSince(started) * 1000)) ms")
            XCTAssertTrue(server.process.isRunning, name)
        }
        let result = try server.ssh(["-T"])
        XCTAssertEqual(result.status, 0, result.stderr)
        XCTAssertTrue(result.stdout.contains(Fixture.english.name))
    }

    // MARK: - PROXY protocol v2

    static func proxyHeader(source: [UInt8], command: UInt8 = 0x21) -> [UInt8] {
        let signature: [UInt8] = [0x0D, 0x0A, 0x0D, 0x0A, 0x00, 0x0D, 0x0A, 0x51, 0x55, 0x49, 0x54, 0x0A]
        let body = source + [127, 0, 0, 1, 0xC3, 0x50, 0x08, 0xAE]
        return signature + [command, 0x11, 0, UInt8(body.count)] + body
    }

    func testProxyProtocolUsesTheCarriedAddressAndRefusesConnectionsWithoutIt() throws {
        let directory = try SSHServerHarness.makeDirectory()
        let server = try SSHServerHarness(arguments: ["--proxy-protocol", "--max-rate-per-address", "2",
                                                      "--handshake-timeout", "1"], directory: directory)
        // No header: closed without a version line.
        let bare = try RawSocket(port: server.port)
        bare.send("SSH-2.0-OpenSSH_9.2\r\n")
        let answer = try XCTUnwrap(bare.waitForClose(timeout: 3))
        XCTAssertFalse(startsWithVersion(answer))
        XCTAssertTrue(server.log.contains("bad PROXY header"), server.log)

        // The carried address is the one limited: two from 203.0.113.7, the third refused,
        // while 203.0.113.8 (same socket address, 127.0.0.1) gets in.
        var replies: [Bool] = []
        var sockets: [RawSocket] = []
        for last: UInt8 in [7, 7, 7, 8] {
            let socket = try RawSocket(port: server.port)
            socket.send(Self.proxyHeader(source: [203, 0, 113, last]) + Array("SSH-2.0-x\r\n".utf8))
            replies.append(startsWithVersion(socket.read(timeout: 2) { $0.count >= 8 }.bytes))
            sockets.append(socket)
        }
        XCTAssertEqual(replies, [true, true, false, true])
        XCTAssertTrue(server.log.contains("address=203.0.113.7"), server.log)
        XCTAssertTrue(SSHServerHarness.eventually(timeout: 3) {
            server.log.split(separator: "\n").contains { $0.contains("handshake timeout") && $0.contains("address=203.0.113.8") }
        }, server.log)

        // A real client through a proxy that sends the header (a small Python relay).
        let relay = try SSHServerHarness.script(in: directory, "proxy-relay", """
        exec python3 -c '
        import os, socket, sys, threading
        s = socket.create_connection(("127.0.0.1", int(sys.argv[1])))
        s.sendall(bytes([13,10,13,10,0,13,10,81,85,73,84,10,0x21,0x11,0,12, 198,51,100,9, 127,0,0,1, 0xC3,0x50, 8,0xAE]))
        def up():
            while True:
                d = os.read(0, 65536)
                if not d: s.shutdown(socket.SHUT_WR); return
                s.sendall(d)
        threading.Thread(target=up, daemon=True).start()
        while True:
            d = s.recv(65536)
            if not d: break
            os.write(1, d)
        ' "$1"
        """)
        let result = try server.ssh(["-T", "-o", "ProxyCommand=\(relay) %p"], command: ["help"])
        XCTAssertEqual(result.status, 0, result.stderr + server.log)
        XCTAssertTrue(SSHServerHarness.eventually(timeout: 3) { server.log.contains("address=198.51.100.9") }, server.log)
    }
}

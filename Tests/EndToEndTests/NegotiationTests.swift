import Foundation
import XCTest

/// The real OpenSSH client offering nothing the server has: it prints the server's reason,
/// the server logs one line per failed handshake and counts it, and serving goes on.
final class NegotiationTests: XCTestCase {
    private static let ourCiphers = "aes256-gcm@openssh.com, aes128-gcm@openssh.com, aes256-ctr, aes128-ctr"

    /// The one "negotiation failed" log line that contains `marker`, once it is there.
    private func logLine(_ server: SSHServerHarness, containing marker: String) -> String? {
        var found: String?
        SSHServerHarness.eventually(timeout: 5) {
            found = server.log.split(separator: "\n").map(String.init)
                .first { $0.hasSuffix("negotiation failed") && $0.contains(marker) }
            return found != nil
        }
        return found
    }

    /// OpenSSH decides for itself from our KEXINIT, which precedes any DISCONNECT of ours,
    /// except where swift-nio-ssh is stricter than OpenSSH: it wants a common MAC even for
    /// AES-GCM. Before, that visitor read only "Connection closed"; now, our reason.
    func testAFailureOnlyThisServerSeesIsSaidToTheVisitorAndLogged() throws {
        let server = try SSHServerHarness()
        let result = try server.ssh(["-T", "-c", "aes128-gcm@openssh.com", "-m", "hmac-md5"])
        XCTAssertNotEqual(result.status, 0)
        XCTAssertTrue(result.stderr.contains("Received disconnect from 127.0.0.1 port \(server.port):3: no matching MAC: "
                                             + "you offer hmac-md5; this server offers hmac-sha2-256-etm@openssh.com, hmac-sha2-256"),
                      result.stderr)
        print("client stderr: \(result.stderr)")

        let line = try XCTUnwrap(logLine(server, containing: #"offered="hmac-md5""#), server.log)
        print("server log: \(line)")
        XCTAssertTrue(line.contains(#"address=127.0.0.1 client="SSH-2.0-OpenSSH_"#), line)
        XCTAssertTrue(line.contains(#"missing=mac offered="hmac-md5" ours="hmac-sha2-256-etm@openssh.com, hmac-sha2-256""#), line)
        XCTAssertEqual(server.log.components(separatedBy: "negotiation failed").count - 1, 1, "one line per handshake")

        let normal = try server.ssh(["-T"])
        XCTAssertEqual(normal.status, 0, normal.stderr + server.log)
        XCTAssertTrue(normal.stdout.contains(Fixture.english.name), normal.stdout)
    }

    /// Where OpenSSH sees the mismatch itself it says so ("Unable to negotiate", with our
    /// list) and hangs up; the server still logs what was missing, and counts it.
    func testEachMissingKindIsLoggedAndCountedAtShutdown() throws {
        let server = try SSHServerHarness()
        let cases: [(options: [String], said: String, logged: String)] = [
            (["-c", "chacha20-poly1305@openssh.com"], "no matching cipher found",
             #"missing=cipher offered="chacha20-poly1305@openssh.com" ours="\#(Self.ourCiphers)""#),
            (["-o", "KexAlgorithms=diffie-hellman-group14-sha1"], "no matching key exchange method found",
             #"missing=kex offered="diffie-hellman-group14-sha1" ours="ecdh-sha2-nistp384,"#),
            (["-o", "HostKeyAlgorithms=ssh-rsa"], "no matching host key type found",
             #"missing=host-key offered="ssh-rsa" ours="ssh-ed25519""#),
            (["-c", "aes128-ctr", "-m", "hmac-md5"], "no matching MAC found",
             #"missing=mac offered="hmac-md5""#),
        ]
        // OpenSSH says "Unable to negotiate" at INFO, a visitor's default; the harness quiets
        // ssh to ERROR.
        let visitorOptions = server.sshOptions.map { $0 == "LogLevel=ERROR" ? "LogLevel=INFO" : $0 }
        for (options, said, logged) in cases {
            let result = try SSHServerHarness.run("/usr/bin/ssh", visitorOptions + ["-T"] + options + ["127.0.0.1"],
                                                  timeout: 15)
            XCTAssertNotEqual(result.status, 0, "\(options)")
            XCTAssertTrue(result.stderr.contains("Unable to negotiate with 127.0.0.1 port \(server.port): \(said)"),
                          "\(options): \(result.stderr)")
            XCTAssertNotNil(logLine(server, containing: logged), "\(options): \(server.log)")
        }
        let normal = try server.ssh(["-T"])
        XCTAssertEqual(normal.status, 0, normal.stderr + server.log)

        XCTAssertEqual(server.terminate(), 0)
        XCTAssertTrue(server.log.contains(#"refused="negotiation failed: 4" [ResumeServer] server stopped"#), server.log)
    }
}

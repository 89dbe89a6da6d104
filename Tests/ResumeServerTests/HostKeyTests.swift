import Crypto
import Foundation
@testable import ResumeServer
import XCTest

final class HostKeyTests: XCTestCase {
    private var directory = ""

    override func setUpWithError() throws {
        directory = try makeTemporaryDirectory()
    }

    override func tearDownWithError() throws {
        try? FileManager.default.removeItem(atPath: directory)
    }

    func testWriterAndReaderRoundTrip() throws {
        let key = Curve25519.Signing.PrivateKey()
        let text = OpenSSHKeyFile.encode(key, comment: "round trip")
        XCTAssertTrue(text.hasPrefix("-----BEGIN OPENSSH PRIVATE KEY-----\n"))
        XCTAssertTrue(text.hasSuffix("-----END OPENSSH PRIVATE KEY-----\n"))
        XCTAssertTrue(text.split(separator: "\n").allSatisfy { $0.count <= 70 }, "OpenSSH wraps at 70 columns")
        let decoded = try OpenSSHKeyFile.decode(text)
        XCTAssertEqual(decoded.key.rawRepresentation, key.rawRepresentation)
        XCTAssertEqual(decoded.comment, "round trip")
    }

    func testSSHKeygenReadsOurKeyAndAgreesOnTheFingerprint() throws {
        let path = directory + "/host_ed25519"
        let key = try HostKey.loadOrCreate(at: path, comment: "resume-tui test")
        XCTAssertTrue(key.created)

        let publicKey = try runProgram("/usr/bin/ssh-keygen", ["-y", "-f", path])
        XCTAssertEqual(publicKey.status, 0, publicKey.stderr)
        let pubFile = try String(contentsOfFile: path + ".pub", encoding: .utf8)
        // ssh-keygen -y prints the key and the comment, as the .pub file holds them.
        XCTAssertEqual(publicKey.stdout.trimmingCharacters(in: .whitespacesAndNewlines),
                       pubFile.trimmingCharacters(in: .whitespacesAndNewlines))

        let fingerprint = try runProgram("/usr/bin/ssh-keygen", ["-l", "-f", path])
        XCTAssertEqual(fingerprint.status, 0, fingerprint.stderr)
        XCTAssertEqual(fingerprint.stdout.trimmingCharacters(in: .whitespacesAndNewlines), key.fingerprintLine)
    }

    func testKeyFileIsPrivateAndReusedOnRestart() throws {
        let path = directory + "/nested/dir/host_ed25519"
        let first = try HostKey.loadOrCreate(at: path)
        let attributes = try FileManager.default.attributesOfItem(atPath: path)
        XCTAssertEqual((attributes[.posixPermissions] as? NSNumber)?.intValue, 0o600)
        let second = try HostKey.loadOrCreate(at: path)
        XCTAssertFalse(second.created)
        XCTAssertEqual(second.privateKey.rawRepresentation, first.privateKey.rawRepresentation)
        XCTAssertEqual(second.fingerprintLine, first.fingerprintLine)
    }

    func testReadsAKeyMadeBySSHKeygen() throws {
        let path = directory + "/made_by_ssh_keygen"
        let made = try runProgram("/usr/bin/ssh-keygen", ["-q", "-t", "ed25519", "-N", "", "-C", "owner@example", "-f", path])
        XCTAssertEqual(made.status, 0, made.stderr)
        let key = try HostKey.loadOrCreate(at: path)
        XCTAssertFalse(key.created)
        XCTAssertEqual(key.comment, "owner@example")
        let expected = try String(contentsOfFile: path + ".pub", encoding: .utf8)
        XCTAssertEqual(OpenSSHKeyFile.publicKeyLine(key.privateKey.publicKey, comment: key.comment),
                       expected.trimmingCharacters(in: .whitespacesAndNewlines))
        let fingerprint = try runProgram("/usr/bin/ssh-keygen", ["-l", "-f", path])
        XCTAssertEqual(fingerprint.stdout.trimmingCharacters(in: .whitespacesAndNewlines), key.fingerprintLine)
    }

    func testRejectsAnotherKeyType() throws {
        let path = directory + "/ecdsa"
        let made = try runProgram("/usr/bin/ssh-keygen", ["-q", "-t", "ecdsa", "-N", "", "-f", path])
        XCTAssertEqual(made.status, 0, made.stderr)
        XCTAssertThrowsError(try HostKey.loadOrCreate(at: path)) { error in
            XCTAssertTrue("\(error)".contains("not Ed25519"), "\(error)")
        }
    }

    func testRejectsAnEncryptedKey() throws {
        let path = directory + "/encrypted"
        let made = try runProgram("/usr/bin/ssh-keygen", ["-q", "-t", "ed25519", "-N", "secret", "-f", path])
        XCTAssertEqual(made.status, 0, made.stderr)
        XCTAssertThrowsError(try HostKey.loadOrCreate(at: path)) { error in
            XCTAssertTrue("\(error)".contains("encrypted"), "\(error)")
        }
    }

    func testMalformedKeysAreErrorsAndAreNeverReplaced() throws {
        let valid = OpenSSHKeyFile.encode(Curve25519.Signing.PrivateKey(), comment: "x")
        let lines = valid.split(separator: "\n").map(String.init)
        let cases: [String: String] = [
            "empty": "",
            "garbage": "hello, world\n",
            "pem header only": "-----BEGIN OPENSSH PRIVATE KEY-----\n-----END OPENSSH PRIVATE KEY-----\n",
            "not base64": "-----BEGIN OPENSSH PRIVATE KEY-----\n!!!!\n-----END OPENSSH PRIVATE KEY-----\n",
            "truncated": ([lines[0], String(lines[1].prefix(40))] + [lines[lines.count - 1]]).joined(separator: "\n"),
            "body dropped": ([lines[0], lines[1], lines[lines.count - 1]]).joined(separator: "\n"),
        ]
        for (name, text) in cases {
            let path = directory + "/" + name.replacingOccurrences(of: " ", with: "_")
            try text.write(toFile: path, atomically: true, encoding: .utf8)
            XCTAssertThrowsError(try HostKey.loadOrCreate(at: path), name)
            XCTAssertEqual(try String(contentsOfFile: path, encoding: .utf8), text, "\(name): the file must stay as it was")
            XCTAssertFalse(FileManager.default.fileExists(atPath: path + ".pub"), name)
        }
    }

    func testCorruptedKeyBytesAreCaught() throws {
        // Flip each byte of the decoded body in turn: every result either decodes to a
        // usable key (comment or padding bytes) or throws; none may crash.
        let text = OpenSSHKeyFile.encode(Curve25519.Signing.PrivateKey(), comment: "c")
        let body = text.split(separator: "\n").dropFirst().dropLast().joined()
        let bytes = try XCTUnwrap(Data(base64Encoded: body))
        var failures = 0
        for index in bytes.indices {
            var corrupted = bytes
            corrupted[index] ^= 0xff
            let armored = "-----BEGIN OPENSSH PRIVATE KEY-----\n\(corrupted.base64EncodedString())\n-----END OPENSSH PRIVATE KEY-----\n"
            if (try? OpenSSHKeyFile.decode(armored)) == nil { failures += 1 }
        }
        XCTAssertGreaterThan(failures, bytes.count / 2)
    }

    func testUnreadableKeyIsAnError() throws {
        let path = directory + "/is_a_directory"
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        XCTAssertThrowsError(try HostKey.loadOrCreate(at: path))
    }
}

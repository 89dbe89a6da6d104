@testable import ResumeServer
import XCTest

/// Which kind of algorithm is missing, decided the way swift-nio-ssh negotiates, and what
/// the visitor reads.
final class NegotiationDiagnosisTests: XCTestCase {
    private let ours = AlgorithmOffer.server()

    private func diagnose(_ offer: AlgorithmOffer) -> NegotiationDiagnosis {
        .diagnose(client: offer, server: ours)
    }

    func testOurListsComeFromTheSchemesWithoutRepeats() {
        XCTAssertEqual(ours.ciphersToServer, ["aes256-gcm@openssh.com", "aes128-gcm@openssh.com", "aes256-ctr", "aes128-ctr"])
        XCTAssertEqual(ours.macsToServer, ["hmac-sha2-256-etm@openssh.com", "hmac-sha2-256"])
        XCTAssertEqual(AlgorithmOffer.server(schemes: []).macsToServer, ["hmac-sha2-256"],
                       "nio-ssh lists one MAC even with AEAD schemes only")
    }

    func testOpenSSHDefaultsHaveNothingMissing() {
        XCTAssertEqual(diagnose(KexInitBytes.openSSH).missing, nil)
    }

    func testEachKindIsNamedWithTheClientsListAndOurs() {
        let cipher = diagnose(KexInitBytes.offer(ciphers: ["chacha20-poly1305@openssh.com"]))
        XCTAssertEqual(cipher, NegotiationDiagnosis(missing: .cipher, offered: ["chacha20-poly1305@openssh.com"],
                                                    ours: ours.ciphersToServer))
        let kex = diagnose(KexInitBytes.offer(kex: ["diffie-hellman-group14-sha1"]))
        XCTAssertEqual(kex.missing, .keyExchange)
        XCTAssertEqual(kex.offered, ["diffie-hellman-group14-sha1"], "ext-info-c and kex-strict are markers, not offers")
        XCTAssertEqual(kex.ours.last, "curve25519-sha256@libssh.org")
        XCTAssertEqual(diagnose(KexInitBytes.offer(hostKey: ["ssh-rsa"])).missing, .hostKey)
        XCTAssertEqual(diagnose(KexInitBytes.offer(ciphers: ["aes128-ctr"], macs: ["hmac-md5"])).missing, .mac)
    }

    func testKeyExchangeIsJudgedBeforeTheRest() {
        let nothing = KexInitBytes.offer(kex: ["diffie-hellman-group1-sha1"], hostKey: ["ssh-dss"],
                                         ciphers: ["3des-cbc"], macs: ["hmac-md5"])
        XCTAssertEqual(diagnose(nothing).missing, .keyExchange, "nio-ssh fails at the first step")
    }

    /// OpenSSH ignores the MAC lists when the cipher is an AEAD; swift-nio-ssh 0.15.1 still
    /// wants them to match, so `-c aes128-gcm@openssh.com -m hmac-md5` fails too.
    func testAnAEADCipherStillNeedsAMACMatchInNIOSSH() {
        let gcm = KexInitBytes.offer(ciphers: ["aes128-gcm@openssh.com"], macs: ["hmac-md5"])
        XCTAssertEqual(diagnose(gcm).missing, .mac)
    }

    func testEachDirectionCountsAndMustAgree() {
        var oneWay = KexInitBytes.openSSH
        oneWay.ciphersToClient = ["chacha20-poly1305@openssh.com"]
        XCTAssertEqual(diagnose(oneWay), NegotiationDiagnosis(missing: .cipher, offered: ["chacha20-poly1305@openssh.com"],
                                                              ours: ours.ciphersToServer))
        var twoWays = KexInitBytes.openSSH
        twoWays.ciphersToServer = ["aes128-ctr"]
        twoWays.ciphersToClient = ["aes256-ctr"]
        XCTAssertEqual(diagnose(twoWays).missing, .cipher, "nio-ssh only runs one cipher both ways")
        XCTAssertEqual(diagnose(twoWays).offered, ["aes128-ctr (to server)", "aes256-ctr (to client)"])
    }

    // MARK: - What the visitor reads

    func testTheDescriptionNamesWhatIsMissing() {
        let cipher = diagnose(KexInitBytes.offer(ciphers: ["chacha20-poly1305@openssh.com"]))
        XCTAssertEqual(cipher.description, "no matching cipher: you offer chacha20-poly1305@openssh.com; this server offers "
                       + "aes256-gcm@openssh.com, aes128-gcm@openssh.com, aes256-ctr, aes128-ctr")
        XCTAssertTrue(diagnose(KexInitBytes.offer(hostKey: [])).description
            .hasPrefix("no matching host key algorithm: you offer nothing; this server offers ssh-ed25519"))
        XCTAssertEqual(diagnose(KexInitBytes.openSSH).description,
                       "key exchange failed: no algorithms in common with this server")
    }

    func testAHostileOfferIsSanitizedAndBoundedInTheDescription() {
        let hostile = ["x\u{1B}]0;owned\u{7}\r\nINFO fake", String(repeating: "a", count: 5_000)]
        let text = diagnose(KexInitBytes.offer(ciphers: hostile)).description
        XCTAssertLessThan(text.utf8.count, 400, "OpenSSH prints at most 400 characters")
        XCTAssertTrue(text.unicodeScalars.allSatisfy { $0.value >= 0x20 && $0.value < 0x7F }, text)
        XCTAssertTrue(text.contains("x?]0;owned???INFO fake"), text)
    }

    func testClientTextKeepsPrintableASCIIOnlyAndIsBounded() {
        XCTAssertEqual(ClientText.printable("SSH-2.0-\"a\\b\"\u{0}é\n", limit: 100), "SSH-2.0-?a?b????")
        XCTAssertEqual(ClientText.printable(String(repeating: "z", count: 20), limit: 5), "zzzzz...")
        XCTAssertEqual(ClientText.printable("short", limit: 5), "short")
    }
}

@testable import ResumeServer

/// Builds what a client sends first, for the parser and handler tests: a version line and
/// a plaintext KEXINIT packet with the given lists (framed by the server's own framing,
/// which `NegotiationFailureTests` checks separately).
enum KexInitBytes {
    /// OpenSSH 9.2's defaults, trimmed to what matters here.
    static let openSSH = AlgorithmOffer(
        keyExchange: ["sntrup761x25519-sha512@openssh.com", "curve25519-sha256", "ext-info-c",
                      "kex-strict-c-v00@openssh.com"],
        hostKey: ["ssh-ed25519", "rsa-sha2-512"],
        ciphersToServer: ["chacha20-poly1305@openssh.com", "aes128-ctr", "aes128-gcm@openssh.com"],
        ciphersToClient: ["chacha20-poly1305@openssh.com", "aes128-ctr", "aes128-gcm@openssh.com"],
        macsToServer: ["umac-64-etm@openssh.com", "hmac-sha2-256-etm@openssh.com"],
        macsToClient: ["umac-64-etm@openssh.com", "hmac-sha2-256-etm@openssh.com"])

    static let version = "SSH-2.0-OpenSSH_9.2p1 Debian-2+deb12u6"

    static func payload(_ offer: AlgorithmOffer) -> [UInt8] {
        var bytes: [UInt8] = [20] + Array(repeating: 0xAB, count: 16)
        let lists = [offer.keyExchange, offer.hostKey, offer.ciphersToServer, offer.ciphersToClient,
                     offer.macsToServer, offer.macsToClient, ["none"], ["none"], [], []]
        for list in lists { bytes += string(Array(list.joined(separator: ",").utf8)) }
        return bytes + [0, 0, 0, 0, 0]  // first_kex_packet_follows, reserved
    }

    static func packet(_ offer: AlgorithmOffer) -> [UInt8] { DisconnectPacket.frame(payload(offer)) }

    /// Version line, CR LF, then the KEXINIT packet.
    static func opening(_ offer: AlgorithmOffer = openSSH, version: String = version) -> [UInt8] {
        Array((version + "\r\n").utf8) + packet(offer)
    }

    static func string(_ bytes: [UInt8]) -> [UInt8] {
        [24, 16, 8, 0].map { UInt8(truncatingIfNeeded: UInt32(bytes.count) >> $0) } + bytes
    }

    /// `openSSH` with some lists replaced, as `ssh -c`, `-m` or `-o KexAlgorithms=` would.
    static func offer(kex: [String]? = nil, hostKey: [String]? = nil, ciphers: [String]? = nil,
                      macs: [String]? = nil) -> AlgorithmOffer {
        var offer = openSSH
        if let kex { offer.keyExchange = kex + ["ext-info-c", "kex-strict-c-v00@openssh.com"] }
        if let hostKey { offer.hostKey = hostKey }
        if let ciphers { (offer.ciphersToServer, offer.ciphersToClient) = (ciphers, ciphers) }
        if let macs { (offer.macsToServer, offer.macsToClient) = (macs, macs) }
        return offer
    }
}

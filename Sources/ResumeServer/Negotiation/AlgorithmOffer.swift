import NIOSSH

/// The algorithm name-lists of a KEXINIT that decide a key exchange (RFC 4253 §7.1), in
/// the sender's order of preference: the client's, read off the wire, or ours.
struct AlgorithmOffer: Equatable, Sendable {
    var keyExchange: [String]
    var hostKey: [String]
    var ciphersToServer: [String]
    var ciphersToClient: [String]
    var macsToServer: [String]
    var macsToClient: [String]
}

extension AlgorithmOffer {
    /// What this server's KEXINIT lists. swift-nio-ssh 0.15.1 keeps its key exchange list
    /// internal and fixed, and a server offers the host key algorithms of its keys (ours:
    /// one Ed25519 key); `NegotiationOfferTests` reads nio-ssh's real KEXINIT so a new
    /// nio-ssh that changes either list fails a test instead of a visitor's diagnosis.
    static func server(schemes: [NIOSSHTransportProtection.Type] = TransportSchemes.offered) -> AlgorithmOffer {
        let ciphers = unique(schemes.map { $0.cipherName })
        let macs = unique(schemes.compactMap { $0.macName })
        // nio-ssh lists one MAC even when every scheme is an AEAD that needs none, and it
        // still requires the client's MAC list to match it.
        let macList = macs.isEmpty ? ["hmac-sha2-256"] : macs
        return AlgorithmOffer(
            keyExchange: ["ecdh-sha2-nistp384", "ecdh-sha2-nistp256", "ecdh-sha2-nistp521",
                          "curve25519-sha256", "curve25519-sha256@libssh.org"],
            hostKey: ["ssh-ed25519"],
            ciphersToServer: ciphers, ciphersToClient: ciphers,
            macsToServer: macList, macsToClient: macList)
    }

    /// TransportSchemes pairs each CTR cipher with each MAC, so names repeat; a visitor
    /// reading the list needs each once.
    private static func unique(_ names: [String]) -> [String] {
        var seen = Set<String>()
        return names.filter { seen.insert($0).inserted }
    }
}

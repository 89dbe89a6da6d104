import NIOSSH

/// Every transport protection scheme the server offers, in order of preference.
///
/// swift-nio-ssh negotiates a cipher and a MAC separately but runs them as one scheme, and
/// it picks the first scheme whose cipher and MAC both match what the client chose (the
/// client's preference decides, RFC 4253 §7.1). So each CTR cipher is listed with each MAC:
/// whatever pair a client picks from our lists exists. The KEXINIT lists are built by
/// mapping this array, so each CTR cipher name and each MAC name appears twice in them;
/// that is allowed, and every client tried (OpenSSH, Dropbear, paramiko) reads past it.
///
/// Not offered, and why:
/// - `chacha20-poly1305@openssh.com`: swift-crypto has no stand-alone Poly1305 (its
///   `ChaChaPoly` is the IETF AEAD, a different MAC input), so it would mean writing the
///   primitive by hand; and without strict key exchange (swift-nio-ssh has none) it is
///   the cipher Terrapin (CVE-2023-48795) breaks.
/// - `hmac-sha2-512(-etm)`: its 64-byte key is longer than a SHA-256 exchange hash, and
///   swift-nio-ssh 0.15.1 derives keys by truncating one hash (no RFC 4253 §7.2
///   extension): with curve25519-sha256 the key would be wrong, and debug builds assert.
/// - CBC modes and SHA-1 MACs: what ssh-audit flags, and no client here needs them.
enum TransportSchemes {
    /// AES-GCM first (swift-nio-ssh's own, an AEAD), then AES-CTR with encrypt-then-MAC,
    /// then AES-CTR with `hmac-sha2-256` over the plaintext, which only clients without
    /// `-etm` pick (Debian 12's Dropbear 2022.83 among them).
    static var offered: [NIOSSHTransportProtection.Type] {
        encryptThenMACOnly + [
            AESCTRTransportProtection<AES256CTR, HMACSHA256>.self,
            AESCTRTransportProtection<AES128CTR, HMACSHA256>.self,
        ]
    }

    /// The same without encrypt-and-MAC `hmac-sha2-256` (which ssh-audit warns about): no
    /// finding added, but Debian 12's dbclient can't connect.
    static var encryptThenMACOnly: [NIOSSHTransportProtection.Type] {
        FilteringTransportProtection.schemes + [
            AESCTRTransportProtection<AES256CTR, HMACSHA256ETM>.self,
            AESCTRTransportProtection<AES128CTR, HMACSHA256ETM>.self,
        ]
    }
}

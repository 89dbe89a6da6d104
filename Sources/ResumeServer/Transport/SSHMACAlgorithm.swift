import Crypto
import Foundation

/// An SSH MAC built on swift-crypto's HMAC: its wire name, its hash, and where it sits.
///
/// RFC 6668 (`hmac-sha2-256`) computes `HMAC(key, uint32 sequence_number || packet)` over the
/// unencrypted packet, length field included ("encrypt-and-MAC"). OpenSSH's `-etm` variants
/// (its PROTOCOL file, "Encrypt-then-MAC MAC algorithms") send the length in the clear and
/// MAC the length and the *ciphertext*, so nothing is decrypted before the packet is
/// authenticated. Key and tag are both the digest's length (RFC 6668 §2).
protocol SSHMACAlgorithm {
    associatedtype Hash: HashFunction
    static var name: String { get }
    static var encryptThenMAC: Bool { get }
}

extension SSHMACAlgorithm {
    static var keyBytes: Int { Hash.Digest.byteCount }
    static var tagBytes: Int { Hash.Digest.byteCount }

    /// The MAC of one packet, keyed per direction and bound to its sequence number.
    static func authenticationCode(key: SymmetricKey, sequenceNumber: UInt32,
                                   packet: UnsafeRawBufferPointer) -> HMAC<Hash>.MAC {
        var hmac = HMAC<Hash>(key: key)
        withUnsafeBytes(of: sequenceNumber.bigEndian) { hmac.update(data: $0) }
        hmac.update(data: packet)
        return hmac.finalize()
    }

    /// Whether `tag` is this packet's MAC. swift-crypto's `==` between a MAC and bytes is
    /// its constant-time `safeCompare`, so a forger learns nothing from how long a wrong
    /// tag took to reject.
    static func isValid(tag: UnsafeRawBufferPointer, key: SymmetricKey, sequenceNumber: UInt32,
                        packet: UnsafeRawBufferPointer) -> Bool {
        authenticationCode(key: key, sequenceNumber: sequenceNumber, packet: packet) == tag
    }
}

/// `hmac-sha2-256` (RFC 6668): the MAC over the plaintext. Dropbear 2022.83 (Debian 12's
/// dbclient) knows only this one and `hmac-sha1`.
enum HMACSHA256: SSHMACAlgorithm {
    typealias Hash = SHA256
    static var name: String { "hmac-sha2-256" }
    static var encryptThenMAC: Bool { false }
}

/// `hmac-sha2-256-etm@openssh.com`: the MAC over the length and the ciphertext.
enum HMACSHA256ETM: SSHMACAlgorithm {
    typealias Hash = SHA256
    static var name: String { "hmac-sha2-256-etm@openssh.com" }
    static var encryptThenMAC: Bool { true }
}

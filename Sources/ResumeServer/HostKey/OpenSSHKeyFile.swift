import Crypto
import Foundation

/// Reads and writes an unencrypted Ed25519 key in OpenSSH's own private key format
/// ("openssh-key-v1", PROTOCOL.key in the OpenSSH sources), so `ssh-keygen` can
/// inspect the server's key and an owner can bring a key made by `ssh-keygen`.
public enum OpenSSHKeyFile {
    static let magic = Array("openssh-key-v1".utf8) + [0]
    static let keyType = "ssh-ed25519"
    static let beginLine = "-----BEGIN OPENSSH PRIVATE KEY-----"
    static let endLine = "-----END OPENSSH PRIVATE KEY-----"

    /// A parsed key and the comment stored with it.
    public struct Contents {
        public var key: Curve25519.Signing.PrivateKey
        public var comment: String
    }

    // MARK: - Writing

    /// The PEM-armored file text for `key`.
    public static func encode(_ key: Curve25519.Signing.PrivateKey, comment: String) -> String {
        let publicKey = Array(key.publicKey.rawRepresentation)
        var publicBlob = SSHWireWriter()
        publicBlob.writeString(keyType)
        publicBlob.writeBytes(publicKey)

        // Both check integers hold the same random value: a reader of an encrypted key
        // uses them to see whether the passphrase was right.
        let check = UInt32.random(in: .min ... .max)
        var secret = SSHWireWriter()
        secret.writeUInt32(check)
        secret.writeUInt32(check)
        secret.writeString(keyType)
        secret.writeBytes(publicKey)
        secret.writeBytes(Array(key.rawRepresentation) + publicKey)  // OpenSSH stores seed || public key
        secret.writeString(comment)
        // Cipher "none" still pads the section to its 8-byte block size with 1, 2, 3, ...
        var pad: UInt8 = 1
        while secret.bytes.count % 8 != 0 {
            secret.bytes.append(pad)
            pad += 1
        }

        var file = SSHWireWriter()
        file.bytes = magic
        file.writeString("none")  // cipher
        file.writeString("none")  // kdf
        file.writeBytes([])       // kdf options
        file.writeUInt32(1)       // number of keys
        file.writeBytes(publicBlob.bytes)
        file.writeBytes(secret.bytes)

        let base64 = Data(file.bytes).base64EncodedString()
        var lines = [beginLine]
        var index = base64.startIndex
        while index < base64.endIndex {
            let end = base64.index(index, offsetBy: 70, limitedBy: base64.endIndex) ?? base64.endIndex
            lines.append(String(base64[index..<end]))
            index = end
        }
        lines.append(endLine)
        return lines.joined(separator: "\n") + "\n"
    }

    // MARK: - Reading

    /// Parses file text; throws `HostKeyError.malformed` / `.unsupported` saying what is wrong.
    public static func decode(_ text: String) throws -> Contents {
        let lines = text.split(whereSeparator: \.isNewline).map { $0.trimmingCharacters(in: .whitespaces) }
        guard let begin = lines.firstIndex(of: beginLine), let end = lines.firstIndex(of: endLine), begin < end else {
            throw HostKeyError.malformed("not an OpenSSH private key (no BEGIN/END OPENSSH PRIVATE KEY lines)")
        }
        guard let data = Data(base64Encoded: lines[(begin + 1)..<end].joined()) else {
            throw HostKeyError.malformed("the key body is not valid base64")
        }
        var reader = SSHWireReader(Array(data))
        guard try reader.readRaw(magic.count) == magic else {
            throw HostKeyError.malformed("missing the openssh-key-v1 header")
        }
        let cipher = try reader.readString()
        let kdf = try reader.readString()
        _ = try reader.readBytes()
        guard cipher == "none", kdf == "none" else {
            throw HostKeyError.unsupported("the key is encrypted (cipher \(cipher)); a server cannot ask for a passphrase, so use an unencrypted key")
        }
        guard try reader.readUInt32() == 1 else {
            throw HostKeyError.unsupported("the file holds more than one key")
        }
        var publicBlob = SSHWireReader(try reader.readBytes())
        let publicType = try publicBlob.readString()
        guard publicType == keyType else {
            throw HostKeyError.unsupported("the key is \(publicType), not Ed25519")
        }
        let publicKey = try publicBlob.readBytes()

        var secret = SSHWireReader(try reader.readBytes())
        guard try secret.readUInt32() == secret.readUInt32() else {
            throw HostKeyError.malformed("the check integers differ (corrupt or encrypted key)")
        }
        guard try secret.readString() == keyType else {
            throw HostKeyError.malformed("the private part is not Ed25519")
        }
        let secretPublic = try secret.readBytes()
        let secretKey = try secret.readBytes()
        let comment = try secret.readString()
        guard publicKey.count == 32, secretPublic == publicKey, secretKey.count == 64,
              Array(secretKey[32...]) == publicKey else {
            throw HostKeyError.malformed("the Ed25519 key has the wrong length or its halves disagree")
        }
        let key: Curve25519.Signing.PrivateKey
        do {
            key = try Curve25519.Signing.PrivateKey(rawRepresentation: secretKey[0..<32])
        } catch {
            throw HostKeyError.malformed("the Ed25519 seed is not usable: \(error)")
        }
        guard Array(key.publicKey.rawRepresentation) == publicKey else {
            throw HostKeyError.malformed("the public key does not belong to the private key")
        }
        return Contents(key: key, comment: comment)
    }

    // MARK: - Public key text

    /// The wire form of the public key, which fingerprints are computed over.
    static func publicKeyBlob(_ key: Curve25519.Signing.PublicKey) -> [UInt8] {
        var blob = SSHWireWriter()
        blob.writeString(keyType)
        blob.writeBytes(Array(key.rawRepresentation))
        return blob.bytes
    }

    /// `SHA256:<unpadded base64>`, as `ssh-keygen -l` and the ssh client print it.
    public static func fingerprint(_ key: Curve25519.Signing.PublicKey) -> String {
        let digest = SHA256.hash(data: publicKeyBlob(key))
        let base64 = Data(digest).base64EncodedString().replacingOccurrences(of: "=", with: "")
        return "SHA256:\(base64)"
    }

    /// The same line as `ssh-keygen -l -f KEY`: bits, fingerprint, comment, type.
    public static func fingerprintLine(_ key: Curve25519.Signing.PublicKey, comment: String) -> String {
        "256 \(fingerprint(key)) \(comment.isEmpty ? "no comment" : comment) (ED25519)"
    }

    /// The `.pub` line: `ssh-ed25519 AAAA... comment`.
    public static func publicKeyLine(_ key: Curve25519.Signing.PublicKey, comment: String) -> String {
        let base = "\(keyType) \(Data(publicKeyBlob(key)).base64EncodedString())"
        return comment.isEmpty ? base : "\(base) \(comment)"
    }
}

// MARK: - SSH wire encoding (RFC 4251 §5), just what the key format needs

struct SSHWireWriter {
    var bytes: [UInt8] = []

    mutating func writeUInt32(_ value: UInt32) {
        bytes += [UInt8(value >> 24), UInt8((value >> 16) & 0xff), UInt8((value >> 8) & 0xff), UInt8(value & 0xff)]
    }

    mutating func writeBytes(_ value: [UInt8]) {
        writeUInt32(UInt32(value.count))
        bytes += value
    }

    mutating func writeString(_ value: String) { writeBytes(Array(value.utf8)) }
}

struct SSHWireReader {
    private let bytes: [UInt8]
    private var offset = 0

    init(_ bytes: [UInt8]) { self.bytes = bytes }

    mutating func readRaw(_ count: Int) throws -> [UInt8] {
        guard count >= 0, count <= bytes.count - offset else {
            throw HostKeyError.malformed("the key data ends too early")
        }
        defer { offset += count }
        return Array(bytes[offset..<(offset + count)])
    }

    mutating func readUInt32() throws -> UInt32 {
        try readRaw(4).reduce(0) { $0 << 8 | UInt32($1) }
    }

    mutating func readBytes() throws -> [UInt8] {
        try readRaw(Int(try readUInt32()))
    }

    mutating func readString() throws -> String {
        String(decoding: try readBytes(), as: UTF8.self)
    }
}

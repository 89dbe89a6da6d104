import NIOCore
import NIOSSH

/// Wraps one of swift-nio-ssh's own AES-GCM transport protections and passes every
/// decrypted packet through `ChannelRequestFilter`.
///
/// `NIOSSHTransportProtection` is public and sits exactly where packets are decrypted,
/// just before the parser: the one seam where a bad request can be fixed without forking
/// the package. The cryptography stays swift-nio-ssh's; this class only forwards.
/// Subclasses pick which bundled scheme they wrap, by its wire name.
class FilteringTransportProtection: NIOSSHTransportProtection {
    /// The bundled scheme with this wire name; subclasses override `wrappedName`.
    class var wrappedName: String { "" }

    static var wrapped: NIOSSHTransportProtection.Type? {
        Constants.bundledTransportProtectionSchemes.first { $0.cipherName == wrappedName }
    }

    class var cipherName: String { wrappedName }
    class var macName: String? { wrapped?.macName ?? nil }
    class var cipherBlockSize: Int { wrapped?.cipherBlockSize ?? 16 }
    class var keySizes: ExpectedKeySizes { wrapped?.keySizes ?? .init(ivSize: 12, encryptionKeySize: 32, macKeySize: 16) }

    private let inner: NIOSSHTransportProtection

    required init(initialKeys: NIOSSHSessionKeys) throws {
        guard let wrapped = Self.wrapped else { throw MissingScheme(name: Self.wrappedName) }
        inner = try wrapped.init(initialKeys: initialKeys)
    }

    var macBytes: Int { inner.macBytes }
    var lengthEncrypted: Bool { inner.lengthEncrypted }

    func updateKeys(_ newKeys: NIOSSHSessionKeys) throws { try inner.updateKeys(newKeys) }

    func decryptFirstBlock(_ source: inout ByteBuffer) throws { try inner.decryptFirstBlock(&source) }

    func decryptAndVerifyRemainingPacket(_ source: inout ByteBuffer, sequenceNumber: UInt32) throws -> ByteBuffer {
        let payload = try inner.decryptAndVerifyRemainingPacket(&source, sequenceNumber: sequenceNumber)
        return ChannelRequestFilter.rewrite(payload) ?? payload
    }

    func encryptPacket(_ destination: inout ByteBuffer, sequenceNumber: UInt32) throws {
        try inner.encryptPacket(&destination, sequenceNumber: sequenceNumber)
    }

    /// The schemes to offer, in swift-nio-ssh's order of preference: each bundled scheme
    /// that has a filtering wrapper is replaced by it; any other is offered as is.
    static var schemes: [NIOSSHTransportProtection.Type] {
        let wrappers: [FilteringTransportProtection.Type] = [FilteringAES256GCM.self, FilteringAES128GCM.self]
        return Constants.bundledTransportProtectionSchemes.map { scheme in
            wrappers.first { $0.wrappedName == scheme.cipherName } ?? scheme
        }
    }
}

final class FilteringAES256GCM: FilteringTransportProtection {
    override class var wrappedName: String { "aes256-gcm@openssh.com" }
}

final class FilteringAES128GCM: FilteringTransportProtection {
    override class var wrappedName: String { "aes128-gcm@openssh.com" }
}

/// swift-nio-ssh no longer bundles the scheme a wrapper expects (a newer version): such a
/// wrapper is never offered by `schemes`, so this only guards against misuse.
struct MissingScheme: Error {
    var name: String
}

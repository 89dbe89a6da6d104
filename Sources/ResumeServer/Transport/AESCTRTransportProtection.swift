import Crypto
import NIOCore
import NIOSSH

/// `aes128-ctr` / `aes256-ctr` (RFC 4344) with an HMAC-SHA2 MAC, as a swift-nio-ssh transport
/// protection scheme.
///
/// Why: swift-nio-ssh bundles only AES-GCM, and clients without it (Debian 12's dbclient,
/// Dropbear 2022.83; paramiko before 3.5) could not connect at all.
/// `NIOSSHTransportProtection` is public, so a cipher-plus-MAC scheme plugs in without a
/// fork; the primitives are swift-crypto's (AES-CTR from `_CryptoExtras`, HMAC from
/// `Crypto`), only the SSH framing is ours.
///
/// How swift-nio-ssh drives it (SSHPacketParser): once a block has arrived it calls
/// `decryptFirstBlock`, then reads `packet_length` from the first four bytes of the buffer,
/// bounds it, and waits until `4 + packet_length + macBytes` bytes are there before calling
/// `decryptAndVerifyRemainingPacket` with exactly those bytes. A short read therefore never
/// reaches this class: the parser waits for more. Anything wrong with a whole packet throws,
/// and the connection is closed; nothing here traps on what a peer sent.
///
/// Like `FilteringTransportProtection`, every payload goes through `ChannelRequestFilter`,
/// so `ssh -X` or `~B` does not drop a connection that negotiated one of these schemes.
final class AESCTRTransportProtection<Cipher: AESCTRKeySize, MAC: SSHMACAlgorithm>: NIOSSHTransportProtection {
    static var cipherName: String { Cipher.name }
    static var macName: String? { MAC.name }
    static var cipherBlockSize: Int { CTRKeystream.blockSize }
    static var keySizes: ExpectedKeySizes {
        .init(ivSize: CTRKeystream.blockSize, encryptionKeySize: Cipher.keyBytes, macKeySize: MAC.keyBytes)
    }

    private var inbound: Direction
    private var outbound: Direction

    var macBytes: Int { MAC.tagBytes }

    /// With encrypt-then-MAC the length travels in the clear (and is MACed); otherwise it is
    /// inside the first encrypted block. The serializer pads accordingly.
    var lengthEncrypted: Bool { !MAC.encryptThenMAC }

    init(initialKeys: NIOSSHSessionKeys) throws {
        (inbound, outbound) = try Self.directions(initialKeys)
    }

    func updateKeys(_ newKeys: NIOSSHSessionKeys) throws {
        (inbound, outbound) = try Self.directions(newKeys)
    }

    // MARK: - Inbound

    func decryptFirstBlock(_ source: inout ByteBuffer) throws {
        let start = source.readerIndex
        if MAC.encryptThenMAC {
            // The length is plaintext; check it now rather than wait for a packet that
            // can never be valid.
            guard let length = source.getInteger(at: start, as: UInt32.self) else {
                throw TransportProtectionError(kind: .packetLength, detail: "fewer than 4 bytes of length")
            }
            try Self.checkEncryptThenMACLength(length)
        } else {
            // Decrypted in place: the parser reads the length from here, and the next call
            // gets this same buffer with the first block already plaintext.
            try inbound.keystream.apply(to: &source, at: start, length: CTRKeystream.blockSize)
            guard let length = source.getInteger(at: start, as: UInt32.self) else {
                throw TransportProtectionError(kind: .packetLength, detail: "fewer than 4 bytes of length")
            }
            try Self.checkEncryptAndMACLength(length)
        }
    }

    func decryptAndVerifyRemainingPacket(_ source: inout ByteBuffer, sequenceNumber: UInt32) throws -> ByteBuffer {
        let start = source.readerIndex
        let packetBytes = source.readableBytes - MAC.tagBytes  // length field, body, padding
        guard packetBytes >= 4, let length = source.getInteger(at: start, as: UInt32.self),
              Int(length) + 4 == packetBytes
        else {
            throw TransportProtectionError(
                kind: .packetLength, detail: "\(source.readableBytes) bytes do not hold one packet and its MAC")
        }
        if MAC.encryptThenMAC {
            try Self.checkEncryptThenMACLength(length)
            // Authenticate the ciphertext before decrypting a byte of it.
            try verify(source, packetBytes: packetBytes, sequenceNumber: sequenceNumber)
            try inbound.keystream.apply(to: &source, at: start + 4, length: packetBytes - 4)
        } else {
            try Self.checkEncryptAndMACLength(length)
            let rest = packetBytes - CTRKeystream.blockSize  // the first block is done
            try inbound.keystream.apply(to: &source, at: start + CTRKeystream.blockSize, length: rest)
            try verify(source, packetBytes: packetBytes, sequenceNumber: sequenceNumber)
        }

        // Only authenticated plaintext from here on.
        guard let paddingLength = source.getInteger(at: start + 4, as: UInt8.self), paddingLength >= 4 else {
            throw TransportProtectionError(kind: .padding, detail: "fewer than 4 bytes of padding")
        }
        let payloadLength = packetBytes - 5 - Int(paddingLength)
        guard payloadLength > 0, let payload = source.getSlice(at: start + 5, length: payloadLength) else {
            throw TransportProtectionError(
                kind: .padding, detail: "padding of \(paddingLength) leaves no payload in \(packetBytes) bytes")
        }
        source.moveReaderIndex(forwardBy: source.readableBytes)
        return ChannelRequestFilter.rewrite(payload) ?? payload
    }

    // MARK: - Outbound

    func encryptPacket(_ destination: inout ByteBuffer, sequenceNumber: UInt32) throws {
        // swift-nio-ssh has written `length || padding_length || payload || padding`, padded
        // for `lengthEncrypted` and our block size; the MAC is appended after it.
        let start = destination.readerIndex
        let packetBytes = destination.readableBytes
        let encryptedFrom = MAC.encryptThenMAC ? 4 : 0
        guard packetBytes - encryptedFrom >= CTRKeystream.blockSize,
              (packetBytes - encryptedFrom) % CTRKeystream.blockSize == 0
        else {
            throw TransportProtectionError(
                kind: .packetLength, detail: "outbound packet of \(packetBytes) bytes is not padded to blocks")
        }
        if MAC.encryptThenMAC {
            try outbound.keystream.apply(to: &destination, at: start + 4, length: packetBytes - 4)
            let tag = Self.code(destination, packetBytes: packetBytes, key: outbound.macKey,
                                sequenceNumber: sequenceNumber)
            tag.withUnsafeBytes { _ = destination.writeBytes($0) }
        } else {
            let tag = Self.code(destination, packetBytes: packetBytes, key: outbound.macKey,
                                sequenceNumber: sequenceNumber)
            try outbound.keystream.apply(to: &destination, at: start, length: packetBytes)
            tag.withUnsafeBytes { _ = destination.writeBytes($0) }
        }
    }

    // MARK: - Helpers

    /// One direction's keys: the cipher's key and counter, and the MAC key.
    private struct Direction {
        var keystream: CTRKeystream
        var macKey: SymmetricKey
    }

    private static func directions(_ keys: NIOSSHSessionKeys) throws -> (inbound: Direction, outbound: Direction) {
        let sizes = keySizes
        for (what, key, expected) in [("inbound cipher", keys.inboundEncryptionKey, sizes.encryptionKeySize),
                                      ("outbound cipher", keys.outboundEncryptionKey, sizes.encryptionKeySize),
                                      ("inbound MAC", keys.inboundMACKey, sizes.macKeySize),
                                      ("outbound MAC", keys.outboundMACKey, sizes.macKeySize)]
        where key.bitCount != expected * 8 {
            throw TransportProtectionError(
                kind: .keySize,
                detail: "\(cipherName) with \(MAC.name): \(what) key is \(key.bitCount / 8) bytes, not \(expected)")
        }
        return (Direction(keystream: try CTRKeystream(key: keys.inboundEncryptionKey, iv: keys.initialInboundIV),
                          macKey: keys.inboundMACKey),
                Direction(keystream: try CTRKeystream(key: keys.outboundEncryptionKey, iv: keys.initialOutboundIV),
                          macKey: keys.outboundMACKey))
    }

    /// Encrypt-and-MAC: the whole packet, length included, is whole blocks, and at least one
    /// block holds the length, the padding length and 4 bytes of padding (RFC 4253 §6).
    private static func checkEncryptAndMACLength(_ length: UInt32) throws {
        guard length >= 12, (length + 4) % UInt32(CTRKeystream.blockSize) == 0 else {
            throw TransportProtectionError(kind: .packetLength, detail: "packet length \(length) is not whole blocks")
        }
    }

    /// Encrypt-then-MAC: everything after the length is whole blocks (OpenSSH's PROTOCOL file).
    private static func checkEncryptThenMACLength(_ length: UInt32) throws {
        guard length >= UInt32(CTRKeystream.blockSize), length % UInt32(CTRKeystream.blockSize) == 0 else {
            throw TransportProtectionError(kind: .packetLength, detail: "packet length \(length) is not whole blocks")
        }
    }

    private func verify(_ source: ByteBuffer, packetBytes: Int, sequenceNumber: UInt32) throws {
        let valid = source.withUnsafeReadableBytes { readable in
            MAC.isValid(tag: UnsafeRawBufferPointer(rebasing: readable[packetBytes...]), key: inbound.macKey,
                        sequenceNumber: sequenceNumber,
                        packet: UnsafeRawBufferPointer(rebasing: readable[..<packetBytes]))
        }
        guard valid else {
            throw TransportProtectionError(
                kind: .authenticationFailed, detail: "\(MAC.name) of packet \(sequenceNumber) does not match")
        }
    }

    private static func code(_ buffer: ByteBuffer, packetBytes: Int, key: SymmetricKey,
                             sequenceNumber: UInt32) -> HMAC<MAC.Hash>.MAC {
        buffer.withUnsafeReadableBytes { readable in
            MAC.authenticationCode(key: key, sequenceNumber: sequenceNumber,
                                   packet: UnsafeRawBufferPointer(rebasing: readable[..<packetBytes]))
        }
    }
}

/// The AES key length of a CTR cipher, and its wire name.
protocol AESCTRKeySize {
    static var name: String { get }
    static var keyBytes: Int { get }
}

enum AES128CTR: AESCTRKeySize {
    static var name: String { "aes128-ctr" }
    static var keyBytes: Int { 16 }
}

enum AES256CTR: AESCTRKeySize {
    static var name: String { "aes256-ctr" }
    static var keyBytes: Int { 32 }
}

/// Why a packet (or a key from key exchange) was refused. Thrown out of the transport
/// layer, it closes the connection; `ErrorCloser` logs its description.
struct TransportProtectionError: Error, Equatable, CustomStringConvertible {
    enum Kind: Equatable {
        case keySize, ivSize, packetLength, padding, authenticationFailed
    }

    var kind: Kind
    var detail: String

    var description: String { "transport protection: \(kind): \(detail)" }
}

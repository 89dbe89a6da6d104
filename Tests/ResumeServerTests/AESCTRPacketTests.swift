import Crypto
import NIOCore
import NIOSSH
import XCTest

@testable import ResumeServer

typealias AES128EtM = AESCTRTransportProtection<AES128CTR, HMACSHA256ETM>
typealias AES256EtM = AESCTRTransportProtection<AES256CTR, HMACSHA256ETM>
typealias AES128EaM = AESCTRTransportProtection<AES128CTR, HMACSHA256>
typealias AES256EaM = AESCTRTransportProtection<AES256CTR, HMACSHA256>

/// The AES-CTR schemes on whole packets: paramiko's vectors both ways, then everything a
/// hostile peer can change (MAC, ciphertext, length, padding, sequence number, packet
/// boundaries), which must each end in a thrown error, never a trap.
final class AESCTRPacketTests: XCTestCase {
    static var cases: [(scheme: NIOSSHTransportProtection.Type, vector: PacketVector)] { [
        (AES128EtM.self, PacketVectors.aes128EtM),
        (AES256EaM.self, PacketVectors.aes256EncryptAndMACSequenceWrap),
        (AES128EtM.self, PacketVectors.aes128EtMCounterWrap),
        (AES256EaM.self, PacketVectors.aes256EncryptAndMACCounterCarry),
    ] }

    // MARK: - paramiko's packets

    func testDecryptsParamikoPackets() throws {
        for (scheme, vector) in Self.cases {
            var reader = try ParserContract(scheme: scheme.init(initialKeys: try vectorKeys(vector, asInbound: true)),
                                            sequenceNumber: vector.firstSequenceNumber)
            try reader.append(Array(vector.wire.map(fromHex).joined()))
            for payload in vector.payloads {
                XCTAssertEqual(try reader.next().map(toHex), payload, "\(scheme.cipherName) \(scheme.macName ?? "")")
            }
            XCTAssertNil(try reader.next())
        }
    }

    func testEncryptsAsParamikoDoes() throws {
        for (scheme, vector) in Self.cases {
            let protection = try scheme.init(initialKeys: try vectorKeys(vector, asInbound: false))
            var sequenceNumber = vector.firstSequenceNumber  // the wrap vector goes 0xFFFFFFFF, 0
            for (payload, wire) in zip(vector.payloads, vector.wire) {
                var packet = try plaintextPacket(payload: fromHex(payload), protection: protection)
                try protection.encryptPacket(&packet, sequenceNumber: sequenceNumber)
                XCTAssertEqual(toHex(packet), wire, "\(scheme.cipherName) \(scheme.macName ?? "") #\(sequenceNumber)")
                sequenceNumber &+= 1
            }
        }
    }

    /// The parser offers whatever has arrived; a packet cut anywhere must mean "wait".
    func testOneByteAtATimeWaitsForTheWholePacket() throws {
        for (scheme, vector) in Self.cases {
            var reader = try ParserContract(scheme: scheme.init(initialKeys: try vectorKeys(vector, asInbound: true)),
                                            sequenceNumber: vector.firstSequenceNumber)
            for (wire, payload) in zip(try vector.wire.map(fromHex), vector.payloads) {
                for byte in wire.dropLast() {
                    try reader.append([byte])
                    XCTAssertNil(try reader.next())
                }
                try reader.append([wire[wire.count - 1]])
                XCTAssertEqual(try reader.next().map(toHex), payload)
            }
        }
    }

    // MARK: - Tampering

    func testAFlippedBitAnywhereIsRefused() throws {
        for (scheme, vector) in Self.cases {
            let wire = try fromHex(vector.wire[0])
            let etm = !(try scheme.init(initialKeys: try vectorKeys(vector, asInbound: true))).lengthEncrypted
            // The length field itself is left to the next test: a changed length makes a
            // different packet boundary, not a bad MAC.
            for index in 4..<wire.count {
                var tampered = wire
                tampered[index] ^= 0x01
                var reader = try ParserContract(scheme: scheme.init(initialKeys: try vectorKeys(vector, asInbound: true)),
                                                sequenceNumber: vector.firstSequenceNumber)
                XCTAssertThrowsError(try { try reader.append(tampered); _ = try reader.next() }(),
                                     "\(scheme.cipherName) \(scheme.macName ?? "") byte \(index)") { error in
                    // Encrypt-and-MAC: byte 4 is the padding length, inside the MAC.
                    let kind = (error as? TransportProtectionError)?.kind
                    XCTAssertEqual(kind, .authenticationFailed, "etm \(etm), byte \(index): \(error)")
                }
            }
        }
    }

    func testAChangedLengthIsRefusedOrWaitedFor() throws {
        for (scheme, vector) in Self.cases {
            let wire = try fromHex(vector.wire[0])
            for index in 0..<4 {
                for bit in 0..<8 {
                    var tampered = wire
                    tampered[index] ^= 1 << bit
                    var reader = try ParserContract(scheme: scheme.init(initialKeys: try vectorKeys(vector, asInbound: true)),
                                                    sequenceNumber: vector.firstSequenceNumber)
                    do {
                        try reader.append(tampered)
                        // A longer, still aligned length: the parser would wait for bytes that
                        // the MAC will then refuse. Nothing may come out.
                        let payload = try reader.next()
                        XCTAssertNil(payload, "byte \(index) bit \(bit)")
                    } catch let error as TransportProtectionError {
                        XCTAssertTrue([.packetLength, .authenticationFailed].contains(error.kind), "\(error)")
                    }
                }
            }
        }
    }

    func testTheWrongSequenceNumberIsRefused() throws {
        for (scheme, vector) in Self.cases {
            var reader = try ParserContract(scheme: scheme.init(initialKeys: try vectorKeys(vector, asInbound: true)),
                                            sequenceNumber: vector.firstSequenceNumber &+ 1)
            try reader.append(try fromHex(vector.wire[0]))
            XCTAssertThrowsError(try reader.next()) {
                XCTAssertEqual(($0 as? TransportProtectionError)?.kind, .authenticationFailed)
            }
        }
    }

    /// Replaying the first packet in place of the second: right MAC key, wrong sequence
    /// number and keystream position.
    func testAReplayedPacketIsRefused() throws {
        for (scheme, vector) in Self.cases {
            var reader = try ParserContract(scheme: scheme.init(initialKeys: try vectorKeys(vector, asInbound: true)),
                                            sequenceNumber: vector.firstSequenceNumber)
            let first = try fromHex(vector.wire[0])
            try reader.append(first + first)
            XCTAssertNotNil(try reader.next())
            XCTAssertThrowsError(try reader.next())
        }
    }

    // MARK: - Lengths and padding a peer chooses

    func testImpossibleLengthsAreRefusedBeforeWaiting() throws {
        let protection = try AES128EtM(initialKeys: randomKeys(AES128EtM.self))
        for length: UInt32 in [0, 1, 4, 15, 17, 33, 0x7FFF_FFFF, 0xFFFF_FFF0 + 1, .max] {
            var buffer = ByteBuffer()
            buffer.writeInteger(length)
            buffer.writeBytes([UInt8](repeating: 0, count: 12))
            XCTAssertThrowsError(try protection.decryptFirstBlock(&buffer), "\(length)") {
                XCTAssertEqual(($0 as? TransportProtectionError)?.kind, .packetLength)
            }
        }
    }

    /// Calls the second step with buffers the parser would never pass (it always passes
    /// `4 + length + macBytes`), to show they throw instead of trapping.
    func testMalformedSlicesThrow() throws {
        for scheme in [AES128EtM.self, AES256EaM.self] as [NIOSSHTransportProtection.Type] {
            for size in [0, 3, 4, 20, 31, 32, 35, 36, 47, 48, 63] {
                let protection = try scheme.init(initialKeys: randomKeys(scheme))
                var buffer = ByteBuffer(bytes: (0..<size).map { UInt8(truncatingIfNeeded: $0 * 37) })
                XCTAssertThrowsError(try protection.decryptAndVerifyRemainingPacket(&buffer, sequenceNumber: 0),
                                     "\(scheme.macName ?? "") \(size)")
            }
        }
    }

    func testPaddingIsCheckedAfterTheMAC() throws {
        for scheme in [AES128EtM.self, AES256EaM.self] as [NIOSSHTransportProtection.Type] {
            // Authentic packets that say: 3 bytes of padding; and more padding than packet.
            for paddingLength: UInt8 in [3, 200] {
                let keys = randomKeys(scheme)
                let sender = try scheme.init(initialKeys: mirrored(keys))
                var packet = try plaintextPacket(payload: [94, 1, 2, 3], protection: sender)
                packet.setInteger(paddingLength, at: packet.readerIndex + 4)
                try sender.encryptPacket(&packet, sequenceNumber: 9)
                var reader = ParserContract(scheme: try scheme.init(initialKeys: keys), sequenceNumber: 9)
                try reader.append(Array(packet.readableBytesView))
                XCTAssertThrowsError(try reader.next()) {
                    XCTAssertEqual(($0 as? TransportProtectionError)?.kind, .padding, "\($0)")
                }
            }
        }
    }

    // MARK: - Keys

    func testKeyAndIVSizesAreChecked() throws {
        let good = randomKeys(AES256EtM.self)
        var shortKey = good
        shortKey.inboundEncryptionKey = SymmetricKey(size: .bits128)
        XCTAssertThrowsError(try AES256EtM(initialKeys: shortKey)) {
            XCTAssertEqual(($0 as? TransportProtectionError)?.kind, .keySize)
        }
        var shortMAC = good
        shortMAC.outboundMACKey = SymmetricKey(size: .bits128)
        XCTAssertThrowsError(try AES256EtM(initialKeys: shortMAC))
        var gcmIV = good
        gcmIV.initialInboundIV = Array(gcmIV.initialInboundIV.prefix(12))
        XCTAssertThrowsError(try AES256EtM(initialKeys: gcmIV)) {
            XCTAssertEqual(($0 as? TransportProtectionError)?.kind, .ivSize)
        }
        let protection = try AES256EtM(initialKeys: good)
        XCTAssertThrowsError(try protection.updateKeys(shortKey))
    }

    /// After a rekey both directions start from the new IVs.
    func testUpdateKeysRestartsBothDirections() throws {
        for (scheme, vector) in Self.cases {
            let protection = try scheme.init(initialKeys: randomKeys(scheme))
            try protection.updateKeys(try vectorKeys(vector, asInbound: true))
            var reader = ParserContract(scheme: protection, sequenceNumber: vector.firstSequenceNumber)
            try reader.append(Array(try vector.wire.map(fromHex).joined()))
            XCTAssertEqual(try reader.next().map(toHex), vector.payloads[0])

            let outbound = try scheme.init(initialKeys: randomKeys(scheme))
            try outbound.updateKeys(try vectorKeys(vector, asInbound: false))
            var packet = try plaintextPacket(payload: fromHex(vector.payloads[0]), protection: outbound)
            try outbound.encryptPacket(&packet, sequenceNumber: vector.firstSequenceNumber)
            XCTAssertEqual(toHex(packet), vector.wire[0])
        }
    }

    // MARK: - What the server sees

    func testNamesAndSizes() {
        XCTAssertEqual(AES128EtM.cipherName, "aes128-ctr")
        XCTAssertEqual(AES256EaM.cipherName, "aes256-ctr")
        XCTAssertEqual(AES128EtM.macName, "hmac-sha2-256-etm@openssh.com")
        XCTAssertEqual(AES256EaM.macName, "hmac-sha2-256")
        XCTAssertEqual(AES128EtM.keySizes, ExpectedKeySizes(ivSize: 16, encryptionKeySize: 16, macKeySize: 32))
        XCTAssertEqual(AES256EaM.keySizes, ExpectedKeySizes(ivSize: 16, encryptionKeySize: 32, macKeySize: 32))
        XCTAssertEqual(AES128EtM.cipherBlockSize, 16)
    }

    /// Every cipher offered is offered with every MAC offered: swift-nio-ssh negotiates the
    /// two separately and then needs one scheme holding the pair the client chose.
    func testEveryOfferedCipherComesWithEveryOfferedMAC() {
        for list in [TransportSchemes.offered, TransportSchemes.encryptThenMACOnly] {
            let macs = Set(list.compactMap { $0.macName })
            for cipher in Set(list.filter { $0.macName != nil }.map { $0.cipherName }) {
                for mac in macs {
                    XCTAssertTrue(list.contains { $0.cipherName == cipher && $0.macName == mac }, "\(cipher) + \(mac)")
                }
            }
        }
        XCTAssertEqual(TransportSchemes.offered.map { "\($0.cipherName) \($0.macName ?? "-")" }, [
            "aes256-gcm@openssh.com -", "aes128-gcm@openssh.com -",
            "aes256-ctr hmac-sha2-256-etm@openssh.com", "aes128-ctr hmac-sha2-256-etm@openssh.com",
            "aes256-ctr hmac-sha2-256", "aes128-ctr hmac-sha2-256",
        ])
    }

    /// `ssh -X` over AES-CTR: the `x11-req` payload is trimmed as it is for AES-GCM.
    func testChannelRequestsAreFilteredToo() throws {
        let keys = randomKeys(AES128EaM.self)
        let sender = try AES128EaM(initialKeys: mirrored(keys))
        var request = ByteBuffer()
        request.writeInteger(UInt8(98))
        request.writeInteger(UInt32(0))
        request.writeInteger(UInt32(7))
        request.writeString("x11-req")
        request.writeInteger(UInt8(0))
        request.writeBytes([0, 0, 0, 0, 0, 0, 0, 0, 0])  // the fields the parser cannot read
        var packet = try plaintextPacket(payload: Array(request.readableBytesView), protection: sender)
        try sender.encryptPacket(&packet, sequenceNumber: 4)
        var reader = ParserContract(scheme: try AES128EaM(initialKeys: keys), sequenceNumber: 4)
        try reader.append(Array(packet.readableBytesView))
        XCTAssertEqual(try reader.next()?.readableBytes, request.readableBytes - 9)
    }
}

// MARK: - Helpers

/// Drives a scheme exactly as swift-nio-ssh 0.15.1's `SSHPacketParser` does (read from its
/// source; the type is internal): `decryptFirstBlock` once a block has arrived, the length
/// from the buffer's first four bytes, then `decryptAndVerifyRemainingPacket` with exactly
/// `4 + length + macBytes` bytes once they are all there, and the sequence number wrapping.
struct ParserContract {
    let scheme: NIOSSHTransportProtection
    var sequenceNumber: UInt32
    private var buffer = ByteBuffer()
    private var awaitedLength: UInt32?

    init(scheme: NIOSSHTransportProtection, sequenceNumber: UInt32) {
        self.scheme = scheme
        self.sequenceNumber = sequenceNumber
    }

    mutating func append(_ bytes: [UInt8]) throws {
        buffer.writeBytes(bytes)
    }

    mutating func next() throws -> ByteBuffer? {
        if awaitedLength == nil {
            guard buffer.readableBytes >= type(of: scheme).cipherBlockSize else { return nil }
            try scheme.decryptFirstBlock(&buffer)
            let length = try XCTUnwrap(buffer.getInteger(at: buffer.readerIndex, as: UInt32.self))
            guard length <= 35_000 else { throw TransportProtectionError(kind: .packetLength, detail: "parser's bound") }
            awaitedLength = length + UInt32(scheme.macBytes)
        }
        guard let length = awaitedLength, var packet = buffer.readSlice(length: Int(length) + 4) else { return nil }
        let payload = try scheme.decryptAndVerifyRemainingPacket(&packet, sequenceNumber: sequenceNumber)
        XCTAssertEqual(packet.readableBytes, 0, "the whole packet is consumed")
        awaitedLength = nil
        sequenceNumber &+= 1
        return payload
    }
}

/// `length || padding_length || payload || zero padding`, padded as swift-nio-ssh's
/// serializer and paramiko both pad (at least 4 bytes, to the block, the length counted
/// only when it is encrypted).
func plaintextPacket(payload: [UInt8], protection: NIOSSHTransportProtection) throws -> ByteBuffer {
    let blockSize = type(of: protection).cipherBlockSize
    let counted = payload.count + (protection.lengthEncrypted ? 5 : 1)
    var padding = blockSize - counted % blockSize
    if padding < 4 { padding += blockSize }
    var packet = ByteBuffer()
    packet.writeInteger(UInt32(1 + payload.count + padding))
    packet.writeInteger(UInt8(padding))
    packet.writeBytes(payload)
    packet.writeBytes([UInt8](repeating: 0, count: padding))
    return packet
}

/// The vector's direction as our inbound (we decrypt what paramiko sent) or outbound (we
/// must send what paramiko sent); the other direction gets unrelated keys.
func vectorKeys(_ vector: PacketVector, asInbound: Bool) throws -> NIOSSHSessionKeys {
    let key = SymmetricKey(data: try fromHex(vector.key))
    let macKey = SymmetricKey(data: try fromHex(vector.macKey))
    let iv = try fromHex(vector.iv)
    let other = SymmetricKey(size: key.bitCount == 128 ? .bits128 : .bits256)
    let otherMAC = SymmetricKey(size: .bits256)
    let otherIV = [UInt8](repeating: 0x5A, count: 16)
    return asInbound
        ? NIOSSHSessionKeys(initialInboundIV: iv, initialOutboundIV: otherIV, inboundEncryptionKey: key,
                            outboundEncryptionKey: other, inboundMACKey: macKey, outboundMACKey: otherMAC)
        : NIOSSHSessionKeys(initialInboundIV: otherIV, initialOutboundIV: iv, inboundEncryptionKey: other,
                            outboundEncryptionKey: key, inboundMACKey: otherMAC, outboundMACKey: macKey)
}

func randomKeys(_ scheme: NIOSSHTransportProtection.Type) -> NIOSSHSessionKeys {
    let sizes = scheme.keySizes
    func key(_ bytes: Int) -> SymmetricKey { SymmetricKey(size: SymmetricKeySize(bitCount: bytes * 8)) }
    func iv() -> [UInt8] { (0..<sizes.ivSize).map { _ in UInt8.random(in: 0...255) } }
    return NIOSSHSessionKeys(initialInboundIV: iv(), initialOutboundIV: iv(),
                             inboundEncryptionKey: key(sizes.encryptionKeySize),
                             outboundEncryptionKey: key(sizes.encryptionKeySize),
                             inboundMACKey: key(sizes.macKeySize), outboundMACKey: key(sizes.macKeySize))
}

/// The peer's view of the same keys.
func mirrored(_ keys: NIOSSHSessionKeys) -> NIOSSHSessionKeys {
    NIOSSHSessionKeys(initialInboundIV: keys.initialOutboundIV, initialOutboundIV: keys.initialInboundIV,
                      inboundEncryptionKey: keys.outboundEncryptionKey, outboundEncryptionKey: keys.inboundEncryptionKey,
                      inboundMACKey: keys.outboundMACKey, outboundMACKey: keys.inboundMACKey)
}

import _CryptoExtras
import Crypto
import Foundation
import NIOCore

/// The 128-bit counter block of SSH's AES-CTR, one per direction (RFC 4344 §4).
///
/// Why our own counter: swift-crypto's `AES._CTR` is one-shot (it starts from the nonce it
/// is given and forgets where it stopped), while SSH runs one keystream through every
/// packet of a direction. Packets are always whole blocks here, so the position is a
/// block count and never needs a partial-block buffer.
struct CTRCounter: Equatable {
    /// The counter as a 128-bit big-endian integer, split in two halves.
    private(set) var high: UInt64
    private(set) var low: UInt64

    /// RFC 4344: the initial counter is the IV from key exchange, exactly one block long.
    init(iv: [UInt8]) throws {
        guard iv.count == 16 else {
            throw TransportProtectionError(kind: .ivSize, detail: "AES-CTR needs a 16-byte IV, got \(iv.count)")
        }
        high = iv[0..<8].reduce(0) { $0 << 8 | UInt64($1) }
        low = iv[8..<16].reduce(0) { $0 << 8 | UInt64($1) }
    }

    /// Moves past `blocks` blocks of keystream, modulo 2^128 as RFC 4344 asks ("X = (X + 1)
    /// mod 2**L"): a counter that starts near the top wraps rather than traps.
    mutating func advance(blocks: Int) {
        let (sum, carry) = low.addingReportingOverflow(UInt64(blocks))
        low = sum
        if carry { high &+= 1 }
    }

    /// The counter block in network byte order, as `AES._CTR.Nonce` takes it.
    var bytes: [UInt8] {
        var result = [UInt8](repeating: 0, count: 16)
        for i in 0..<8 {
            result[i] = UInt8(truncatingIfNeeded: high >> (56 - 8 * UInt64(i)))
            result[8 + i] = UInt8(truncatingIfNeeded: low >> (56 - 8 * UInt64(i)))
        }
        return result
    }
}

/// One direction's AES-CTR state: the key and where its keystream has got to.
struct CTRKeystream {
    static let blockSize = 16

    private let key: SymmetricKey
    private(set) var counter: CTRCounter

    init(key: SymmetricKey, iv: [UInt8]) throws {
        self.key = key
        counter = try CTRCounter(iv: iv)
    }

    /// XORs the next `length` bytes of keystream into `buffer` at `index`, in place.
    ///
    /// CTR encryption and decryption are the same operation. `length` must be whole blocks:
    /// SSH pads every packet to the block size (RFC 4253 §6), and a partial block would
    /// leave the keystream mid-block for the next packet. The one-shot `AES._CTR` call
    /// carries the counter across the low 32 bits itself (BoringSSL's ctr96_inc), so a
    /// packet that crosses that boundary stays correct; `advance` mirrors it here.
    mutating func apply(to buffer: inout ByteBuffer, at index: Int, length: Int) throws {
        guard length > 0 else { return }
        let offset = index - buffer.readerIndex
        guard length % Self.blockSize == 0, offset >= 0, offset <= buffer.readableBytes - length else {
            throw TransportProtectionError(
                kind: .packetLength,
                detail: "\(length) bytes at offset \(offset) is not whole blocks inside the packet")
        }
        let nonce = try AES._CTR.Nonce(nonceBytes: counter.bytes)
        let output = try buffer.withUnsafeReadableBytes { readable in
            try AES._CTR.encrypt(UnsafeRawBufferPointer(rebasing: readable[offset..<(offset + length)]),
                                 using: key, nonce: nonce)
        }
        output.withUnsafeBytes { _ = buffer.setBytes($0, at: index) }
        counter.advance(blocks: length / Self.blockSize)
    }
}

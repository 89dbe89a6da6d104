import Crypto
import Foundation
import NIOCore
import XCTest

@testable import ResumeServer

/// Known answers for the two primitives under the AES-CTR schemes, through our own code
/// paths (`CTRKeystream`, `SSHMACAlgorithm`), not just swift-crypto's.
final class AESCTRPrimitiveVectorTests: XCTestCase {
    // MARK: - AES-CTR: NIST SP 800-38A F.5.1/F.5.5 and RFC 3686 §6

    static let nistCounter = "f0f1f2f3f4f5f6f7f8f9fafbfcfdfeff"
    static let nistPlaintext = "6bc1bee22e409f96e93d7e117393172a" + "ae2d8a571e03ac9c9eb76fac45af8e51"
        + "30c81c46a35ce411e5fbc1191a0a52ef" + "f69f2445df4f9b17ad2b417be66c3710"

    func testNISTAES128CTR() throws {
        try assertCTR(key: "2b7e151628aed2a6abf7158809cf4f3c", counter: Self.nistCounter, plaintext: Self.nistPlaintext,
                      ciphertext: "874d6191b620e3261bef6864990db6ce" + "9806f66b7970fdff8617187bb9fffdff"
                          + "5ae4df3edbd5d35e5b4f09020db03eab" + "1e031dda2fbe03d1792170a0f3009cee")
    }

    func testNISTAES256CTR() throws {
        try assertCTR(key: "603deb1015ca71be2b73aef0857d77811f352c073b6108d72d9810a30914dff4", counter: Self.nistCounter,
                      plaintext: Self.nistPlaintext,
                      ciphertext: "601ec313775789a5b7a7f504bbf3d228" + "f443e3ca4d62b59aca84e990cacaf5c5"
                          + "2b0930daa23de94ce87017ba2d84988d" + "dfc9c58db67aada613c2dd08457941a6")
    }

    func testRFC3686Vectors() throws {
        // Test vectors #1, #2 and #7: nonce || IV || block counter 1 is the 16-byte counter block.
        try assertCTR(key: "ae6852f8121067cc4bf7a5765577f39e", counter: "00000030000000000000000000000001",
                      plaintext: "53696e676c6520626c6f636b206d7367", ciphertext: "e4095d4fb7a7b3792d6175a3261311b8")
        try assertCTR(key: "7e24067817fae0d743d6ce1f32539163", counter: "006cb6dbc0543b59da48d90b00000001",
                      plaintext: "000102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f",
                      ciphertext: "5104a106168a72d9790d41ee8edad388eb2e1efc46da57c8fce630df9141be28")
        try assertCTR(key: "776beff2851db06f4c8a0542c8696f6c6a81af1eec96b4d37fc1d689e6c1c104",
                      counter: "00000060db5672c97aa8f0b200000001",
                      plaintext: "53696e676c6520626c6f636b206d7367", ciphertext: "145ad01dbf824ec7560863dc71e3e0c0")
    }

    /// Encrypts in one call and block by block (as consecutive packets do): both must give
    /// the vector, so the counter carried between calls is right.
    private func assertCTR(key: String, counter: String, plaintext: String, ciphertext: String,
                           file: StaticString = #filePath, line: UInt = #line) throws {
        let key = SymmetricKey(data: try fromHex(key))
        var whole = try CTRKeystream(key: key, iv: try fromHex(counter))
        var buffer = ByteBuffer(bytes: try fromHex(plaintext))
        try whole.apply(to: &buffer, at: buffer.readerIndex, length: buffer.readableBytes)
        XCTAssertEqual(toHex(buffer), ciphertext, "one call", file: file, line: line)

        var stepwise = try CTRKeystream(key: key, iv: try fromHex(counter))
        var blocks = ByteBuffer(bytes: try fromHex(plaintext))
        for offset in stride(from: 0, to: blocks.readableBytes, by: 16) {
            try stepwise.apply(to: &blocks, at: blocks.readerIndex + offset, length: 16)
        }
        XCTAssertEqual(toHex(blocks), ciphertext, "block by block", file: file, line: line)
        XCTAssertEqual(stepwise.counter, whole.counter, file: file, line: line)
    }

    func testPartialBlocksAreRefusedNotTrapped() throws {
        var keystream = try CTRKeystream(key: SymmetricKey(size: .bits128), iv: [UInt8](repeating: 0, count: 16))
        var buffer = ByteBuffer(bytes: [UInt8](repeating: 0, count: 40))
        XCTAssertThrowsError(try keystream.apply(to: &buffer, at: buffer.readerIndex, length: 20))
        XCTAssertThrowsError(try keystream.apply(to: &buffer, at: buffer.readerIndex + 32, length: 16))  // past the end
        XCTAssertThrowsError(try keystream.apply(to: &buffer, at: buffer.readerIndex - 16, length: 16))  // before it
        XCTAssertThrowsError(try CTRKeystream(key: SymmetricKey(size: .bits128), iv: [UInt8](repeating: 0, count: 12)))
    }

    // MARK: - The 128-bit counter

    func testCounterCarriesAndWraps() throws {
        var counter = try CTRCounter(iv: try fromHex("000000000000000000000000fffffffe"))
        counter.advance(blocks: 3)
        XCTAssertEqual(toHex(counter.bytes), "00000000000000000000000100000001")

        var top = try CTRCounter(iv: [UInt8](repeating: 0xFF, count: 16))
        top.advance(blocks: 2)  // RFC 4344: mod 2^128
        XCTAssertEqual(toHex(top.bytes), "00000000000000000000000000000001")

        var halves = try CTRCounter(iv: try fromHex("00000000000000ffffffffffffffffff"))
        halves.advance(blocks: 1)  // the carry crosses the two 64-bit halves
        XCTAssertEqual(toHex(halves.bytes), "00000000000001000000000000000000")
    }

    // MARK: - HMAC-SHA-256: RFC 4231 §4

    /// Each vector's data is split as SSH's MAC input is, `uint32 sequence || packet`, so the
    /// sequence number's encoding is checked too. Test case 5 (a truncated tag) does not
    /// apply: SSH uses the whole tag.
    func testRFC4231HMACSHA256() throws {
        let cases: [(key: [UInt8], data: [UInt8], mac: String)] = [
            ([UInt8](repeating: 0x0B, count: 20), Array("Hi There".utf8),
             "b0344c61d8db38535ca8afceaf0bf12b881dc200c9833da726e9376c2e32cff7"),
            (Array("Jefe".utf8), Array("what do ya want for nothing?".utf8),
             "5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843"),
            ([UInt8](repeating: 0xAA, count: 20), [UInt8](repeating: 0xDD, count: 50),
             "773ea91e36800e46854db8ebd09181a72959098b3ef8c122d9635514ced565fe"),
            (Array(1...25), [UInt8](repeating: 0xCD, count: 50),
             "82558a389a443c0ea4cc819899f2083a85f0faa3e578f8077a2e3ff46729665b"),
            ([UInt8](repeating: 0xAA, count: 131), Array("Test Using Larger Than Block-Size Key - Hash Key First".utf8),
             "60e431591ee0b67f0d8a26aacbf5b77f8e0bc6213728c5140546040f0ee37f54"),
            ([UInt8](repeating: 0xAA, count: 131),
             Array(("This is a test using a larger than block-size key and a larger than block-size data. "
                    + "The key needs to be hashed before being used by the HMAC algorithm.").utf8),
             "9b09ffa71b942fcb27635fbcd5b0e944bfdc63644f0713938a7f51535c3a35e2"),
        ]
        for (index, vector) in cases.enumerated() {
            let sequence = vector.data.prefix(4).reduce(UInt32(0)) { $0 << 8 | UInt32($1) }
            let packet = Array(vector.data.dropFirst(4))
            let key = SymmetricKey(data: vector.key)
            for algorithm in [HMACSHA256.self, HMACSHA256ETM.self] as [any SSHMACAlgorithm.Type] {
                let mac = packet.withUnsafeBytes { algorithm.tagHex(key: key, sequenceNumber: sequence, packet: $0) }
                XCTAssertEqual(mac, vector.mac, "RFC 4231 test case \(index < 4 ? index + 1 : index + 2), \(algorithm.name)")
            }
            let tag = try fromHex(vector.mac)
            var wrong = tag
            wrong[31] ^= 1
            packet.withUnsafeBytes { packet in
                tag.withUnsafeBytes { XCTAssertTrue(HMACSHA256.isValid(tag: $0, key: key, sequenceNumber: sequence, packet: packet)) }
                wrong.withUnsafeBytes { XCTAssertFalse(HMACSHA256.isValid(tag: $0, key: key, sequenceNumber: sequence, packet: packet)) }
                tag.prefix(16).withUnsafeBytes {
                    XCTAssertFalse(HMACSHA256.isValid(tag: $0, key: key, sequenceNumber: sequence, packet: packet))
                }
                tag.withUnsafeBytes {
                    XCTAssertFalse(HMACSHA256.isValid(tag: $0, key: key, sequenceNumber: sequence &+ 1, packet: packet))
                }
            }
        }
    }

    func testMACSizesFollowRFC6668() {
        XCTAssertEqual(HMACSHA256.keyBytes, 32)
        XCTAssertEqual(HMACSHA256.tagBytes, 32)
        XCTAssertEqual(HMACSHA256ETM.tagBytes, 32)
    }
}

extension SSHMACAlgorithm {
    static func tagHex(key: SymmetricKey, sequenceNumber: UInt32, packet: UnsafeRawBufferPointer) -> String {
        toHex(Array(authenticationCode(key: key, sequenceNumber: sequenceNumber, packet: packet)))
    }
}

// MARK: - Hex, for vectors

struct BadHex: Error {
    var text: String
}

func fromHex(_ hex: String) throws -> [UInt8] {
    let digits = Array(hex.utf8)
    guard digits.count % 2 == 0 else { throw BadHex(text: hex) }
    return try stride(from: 0, to: digits.count, by: 2).map { index in
        guard let byte = UInt8(String(decoding: digits[index..<index + 2], as: UTF8.self), radix: 16) else {
            throw BadHex(text: hex)
        }
        return byte
    }
}

func toHex<Bytes: Sequence>(_ bytes: Bytes) -> String where Bytes.Element == UInt8 {
    bytes.map { String(format: "%02x", $0) }.joined()
}

func toHex(_ buffer: ByteBuffer) -> String {
    toHex(buffer.readableBytesView)
}

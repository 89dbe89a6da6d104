import NIOCore
@testable import ResumeServer
import XCTest

final class ProxyHeaderTests: XCTestCase {
    static func header(command: UInt8 = 0x21, family: UInt8 = 0x11, body: [UInt8]) -> [UInt8] {
        ProxyHeader.signature + [command, family, UInt8(body.count >> 8), UInt8(body.count & 0xFF)] + body
    }

    static let ipv4Body: [UInt8] = [203, 0, 113, 7, 127, 0, 0, 1, 0xC3, 0x50, 0x08, 0xAE]

    private func parse(_ bytes: [UInt8]) -> ProxyHeader.Parse {
        ProxyHeader.parse(ByteBuffer(bytes: bytes))
    }

    func testIPv4SourceAndLength() {
        let bytes = Self.header(body: Self.ipv4Body)
        XCTAssertEqual(parse(bytes + Array("SSH-2.0-x\r\n".utf8)), .header(source: "203.0.113.7", length: 28))
    }

    func testIPv6Source() {
        var body = [UInt8](repeating: 0, count: 36)
        body[0] = 0x20; body[1] = 0x01; body[2] = 0x0d; body[3] = 0xb8; body[15] = 1
        XCTAssertEqual(parse(Self.header(family: 0x21, body: body)), .header(source: "2001:db8::1", length: 52))
    }

    func testLocalAndUnspecifiedUseThePeer() {
        XCTAssertEqual(parse(Self.header(command: 0x20, family: 0x00, body: [])), .header(source: nil, length: 16))
        XCTAssertEqual(parse(Self.header(family: 0x00, body: [])), .header(source: nil, length: 16))
    }

    func testTLVsAfterTheAddressesAreSkipped() {
        let tlv: [UInt8] = [0x04, 0x00, 0x03, 0x61, 0x62, 0x63]
        XCTAssertEqual(parse(Self.header(body: Self.ipv4Body + tlv)), .header(source: "203.0.113.7", length: 34))
    }

    func testEveryPrefixIsIncomplete() {
        let bytes = Self.header(body: Self.ipv4Body)
        for count in 0..<bytes.count {
            XCTAssertEqual(parse(Array(bytes.prefix(count))), .incomplete, "prefix \(count)")
        }
    }

    func testGarbageIsInvalid() {
        let cases: [[UInt8]] = [
            Array("SSH-2.0-OpenSSH_9.2\r\n".utf8),
            Array("PROXY TCP4 1.2.3.4 5.6.7.8 1 2\r\n".utf8),  // v1 is not accepted
            [0x0A],
            Self.header(command: 0x11, body: Self.ipv4Body),  // version 1 in a v2 frame
            Self.header(command: 0x2F, body: Self.ipv4Body),  // unknown command
            Self.header(family: 0x31, body: [UInt8](repeating: 0, count: 216)),  // AF_UNIX
            Self.header(body: [1, 2, 3]),  // address block too short
            ProxyHeader.signature + [0x21, 0x11, 0xFF, 0xFF],  // 64 KiB announced
        ]
        for bytes in cases {
            guard case .invalid = parse(bytes) else { return XCTFail("accepted \(bytes)") }
        }
    }

    func testRandomBytesNeverCrash() {
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<5_000 {
            let count = Int.random(in: 0..<64, using: &generator)
            var bytes = (0..<count).map { _ in UInt8.random(in: 0...255, using: &generator) }
            if Bool.random(using: &generator) { bytes = ProxyHeader.signature + bytes }
            _ = parse(bytes)
        }
    }
}

import NIOCore
@testable import ResumeServer
import XCTest

/// Inputs found by `scripts/fuzz` (FuzzServer), kept as regression tests.
final class ChannelRequestFilterHostileTests: XCTestCase {
    /// A request whose name is not UTF-8 ("\xE4\x8Aeak") with a 3-byte payload: the
    /// rewrite must drop only the payload, not re-encode the name (it came out as
    /// "\u{FFFD}eak", six bytes under a changed length).
    func testNonUTF8NameIsKeptByteForByte() throws {
        let crash: [UInt8] = [0x62, 0x00, 0x00, 0x00, 0x07, 0x00, 0x00, 0x00, 0x05, 0xE4, 0x8A, 0x65, 0x61, 0x6B,
                              0x00, 0x00, 0x00, 0x03, 0xE8]
        var packet = ByteBufferAllocator().buffer(capacity: crash.count)
        packet.writeBytes(crash)
        let rewritten = try XCTUnwrap(ChannelRequestFilter.rewrite(packet))
        XCTAssertEqual(Array(rewritten.readableBytesView), Array(crash.prefix(15)))
        XCTAssertLessThan(rewritten.readableBytes, packet.readableBytes, "only ever drops the payload")
    }
}

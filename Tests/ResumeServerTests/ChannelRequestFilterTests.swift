import NIOCore
@testable import ResumeServer
import XCTest

final class ChannelRequestFilterTests: XCTestCase {
    private func request(_ name: String, wantReply: Bool, payload: (inout ByteBuffer) -> Void = { _ in }) -> ByteBuffer {
        var buffer = ByteBufferAllocator().buffer(capacity: 64)
        buffer.writeInteger(UInt8(98))
        buffer.writeInteger(UInt32(7))
        buffer.writeInteger(UInt32(name.utf8.count))
        buffer.writeString(name)
        buffer.writeInteger(UInt8(wantReply ? 1 : 0))
        payload(&buffer)
        return buffer
    }

    private func writeString(_ string: String, to buffer: inout ByteBuffer) {
        buffer.writeInteger(UInt32(string.utf8.count))
        buffer.writeString(string)
    }

    func testX11RequestLosesItsPayload() throws {
        // What `ssh -X` sends (RFC 4254 §6.3.1): single connection, protocol, cookie, screen.
        let x11 = request("x11-req", wantReply: true) { buffer in
            buffer.writeInteger(UInt8(0))
            self.writeString("MIT-MAGIC-COOKIE-1", to: &buffer)
            self.writeString("0123456789abcdef0123456789abcdef", to: &buffer)
            buffer.writeInteger(UInt32(0))
        }
        let rewritten = try XCTUnwrap(ChannelRequestFilter.rewrite(x11))
        XCTAssertEqual(rewritten, request("x11-req", wantReply: true))
    }

    func testBreakRequestLosesItsPayload() throws {
        let breakRequest = request("break", wantReply: false) { $0.writeInteger(UInt32(1000)) }
        XCTAssertEqual(ChannelRequestFilter.rewrite(breakRequest), request("break", wantReply: false))
    }

    func testRequestsTheParserKnowsAreUntouched() {
        let exec = request("exec", wantReply: true) { self.writeString("json", to: &$0) }
        XCTAssertNil(ChannelRequestFilter.rewrite(exec))
        let windowChange = request("window-change", wantReply: false) { buffer in
            for value in [80, 24, 0, 0] { buffer.writeInteger(UInt32(value)) }
        }
        XCTAssertNil(ChannelRequestFilter.rewrite(windowChange))
        // An unknown request with no payload already parses: leave it.
        XCTAssertNil(ChannelRequestFilter.rewrite(request("auth-agent-req@openssh.com", wantReply: true)))
    }

    func testOtherMessagesAndShortPacketsAreUntouched() {
        var data = ByteBufferAllocator().buffer(capacity: 16)
        data.writeInteger(UInt8(94))  // CHANNEL_DATA
        data.writeInteger(UInt32(0))
        data.writeInteger(UInt32(3))
        data.writeString("abc")
        XCTAssertNil(ChannelRequestFilter.rewrite(data))
        var truncated = request("x11-req", wantReply: true)
        truncated.moveWriterIndex(to: truncated.writerIndex - 3)
        XCTAssertNil(ChannelRequestFilter.rewrite(truncated))
        XCTAssertNil(ChannelRequestFilter.rewrite(ByteBufferAllocator().buffer(capacity: 0)))
        var hugeName = ByteBufferAllocator().buffer(capacity: 16)
        hugeName.writeInteger(UInt8(98))
        hugeName.writeInteger(UInt32(0))
        hugeName.writeInteger(UInt32.max)
        XCTAssertNil(ChannelRequestFilter.rewrite(hugeName))
    }

    func testEveryBundledSchemeIsWrapped() {
        let names = FilteringTransportProtection.schemes.map { $0.cipherName }
        XCTAssertEqual(names, ["aes256-gcm@openssh.com", "aes128-gcm@openssh.com"])
        XCTAssertTrue(FilteringTransportProtection.schemes.allSatisfy { $0 is FilteringTransportProtection.Type })
    }
}

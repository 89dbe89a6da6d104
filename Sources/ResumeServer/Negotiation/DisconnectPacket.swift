/// An SSH_MSG_DISCONNECT (RFC 4253 §11.1) framed as a plaintext packet (§6), for a
/// connection whose key exchange failed: until keys are exchanged nothing is encrypted
/// and there is no MAC, so it can be written straight to the socket.
enum DisconnectPacket {
    /// SSH_DISCONNECT_KEY_EXCHANGE_FAILED.
    static let keyExchangeFailed: UInt32 = 3

    static func plaintext(reason: UInt32, description: String) -> [UInt8] {
        var payload: [UInt8] = [1]  // SSH_MSG_DISCONNECT
        appendUInt32(reason, to: &payload)
        appendString(Array(description.utf8), to: &payload)
        appendString([], to: &payload)  // language tag
        return frame(payload)
    }

    /// length, padding length, payload, random padding: at least 4 bytes of it, and the
    /// whole a multiple of 8 (the block size before a cipher is chosen).
    static func frame(_ payload: [UInt8]) -> [UInt8] {
        var padding = 8 - (5 + payload.count) % 8
        if padding < 4 { padding += 8 }
        var packet: [UInt8] = []
        appendUInt32(UInt32(1 + payload.count + padding), to: &packet)
        packet.append(UInt8(padding))
        packet += payload
        var random = SystemRandomNumberGenerator()
        packet += (0..<padding).map { _ in UInt8.random(in: .min ... .max, using: &random) }
        return packet
    }

    private static func appendUInt32(_ value: UInt32, to bytes: inout [UInt8]) {
        bytes += [24, 16, 8, 0].map { UInt8(truncatingIfNeeded: value >> $0) }
    }

    private static func appendString(_ string: [UInt8], to bytes: inout [UInt8]) {
        appendUInt32(UInt32(string.count), to: &bytes)
        bytes += string
    }
}

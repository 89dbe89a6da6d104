import NIOCore

/// Rewrites channel requests that swift-nio-ssh 0.15.1 cannot parse, before it parses them.
///
/// Why: the parser reads a channel request's name and want-reply flag, and for a name it
/// does not know (`x11-req`, `break`, ...) it stops there. The type-specific fields stay
/// unread, the packet parser sees leftover bytes, throws `invalidPacketFormat`, and the
/// whole connection drops (upstream issue 221). `ssh -X` with DISPLAY set sends `x11-req`
/// before the shell, so every such visitor would lose the session.
///
/// For a request whose name the parser does not know, the payload after want-reply is
/// dropped. The parser then reads the request completely, and swift-nio-ssh itself answers
/// it with CHANNEL_FAILURE (it fails every unknown request that wants a reply), which is
/// exactly "refused without dropping the connection".
package enum ChannelRequestFilter {
    static let channelRequestMessage: UInt8 = 98

    /// Every request name the 0.15.1 parser reads completely (SSHMessages.swift,
    /// readChannelRequestMessage). Anything else gets its payload trimmed.
    static let namesTheParserReads: Set<String> = [
        "exec", "exit-status", "env", "exit-signal", "pty-req", "shell", "subsystem",
        "window-change", "xon-xoff", "signal",
    ]

    /// Returns a trimmed copy of `payload` if it is a channel request the parser would
    /// choke on, else nil (use the payload as it is). Never throws: a payload too short to
    /// read is left for the real parser to reject.
    package static func rewrite(_ payload: ByteBuffer) -> ByteBuffer? {
        var reader = payload
        guard reader.readInteger(as: UInt8.self) == channelRequestMessage,
              reader.readInteger(as: UInt32.self) != nil,  // recipient channel
              let nameLength = reader.readInteger(as: UInt32.self),
              nameLength <= 256,  // request names are short; leave absurd ones to the parser
              let name = reader.readString(length: Int(nameLength)),
              reader.readInteger(as: UInt8.self) != nil  // want reply
        else { return nil }
        guard !namesTheParserReads.contains(name), reader.readableBytes > 0 else { return nil }

        // The header exactly as it came, not re-encoded from `name`: a name that is not
        // UTF-8 reads with U+FFFD in it and would go out longer and changed (found by fuzzing).
        let headerLength = reader.readerIndex - payload.readerIndex
        var trimmed = ByteBufferAllocator().buffer(capacity: headerLength)
        trimmed.writeBytes(payload.readableBytesView.prefix(headerLength))
        return trimmed
    }
}

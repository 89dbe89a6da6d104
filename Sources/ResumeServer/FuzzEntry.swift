import NIOCore

/// Exists for fuzzing (`Sources/FuzzServer`, run by `scripts/fuzz`): the request filter is
/// internal, and a fuzz build can't use `@testable import`. Nothing else calls it.
public enum ServerFuzzEntry {
    /// Feeds `bytes` to what a client controls: as a channel request packet to
    /// `ChannelRequestFilter.rewrite`, and as the exec command, the TERM value and the
    /// window size a request carries. Traps when an output breaks its promise.
    public static func feed(_ bytes: [UInt8]) {
        var packet = ByteBufferAllocator().buffer(capacity: bytes.count)
        packet.writeBytes(bytes)
        if let rewritten = ChannelRequestFilter.rewrite(packet) {
            // Only ever drops the payload: a prefix of the original, and still a request.
            precondition(rewritten.readableBytes < packet.readableBytes, "rewrite did not shrink")
            precondition(rewritten.readableBytesView.elementsEqual(
                packet.readableBytesView.prefix(rewritten.readableBytes)), "rewrite is not a prefix")
        }

        let text = String(decoding: bytes, as: UTF8.self)
        for hasTerminal in [false, true] {
            switch SessionCommand.route(exec: text, hasTerminal: hasTerminal) {
            case .unknown(let echoed):
                precondition(echoed.count <= 80, "unknown command echoed whole")
            case .show(let page?):
                precondition(SessionCommand.pages.contains(page), "routed to a page that does not exist")
            default:
                break
            }
        }

        // TERM: a name the client chose; the database lookup is a file test, so keep it short.
        let name = TerminalName.sanitize(String(text.prefix(70)))
        precondition(TerminalName.isWellFormed(name), "sanitize returned an ill-formed name")

        if bytes.count >= 16 {
            let columns = bytes[0..<8].reduce(0) { $0 << 8 | Int($1) }
            let rows = bytes[8..<16].reduce(0) { $0 << 8 | Int($1) }
            for (c, r) in [(columns, rows), (Int(Int32(truncatingIfNeeded: columns)), Int(UInt32(truncatingIfNeeded: rows)))] {
                let size = WindowSize(columns: c, rows: r)
                precondition((1...WindowSize.maximum).contains(size.columns), "columns not clamped")
                precondition((1...WindowSize.maximum).contains(size.rows), "rows not clamped")
            }
        }
    }
}

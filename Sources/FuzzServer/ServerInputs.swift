import NIOCore
import ResumeServer

/// What a client controls, fed with one fuzz input: a channel request packet for
/// `ChannelRequestFilter.rewrite`, and the exec command, TERM value and window size a
/// request carries. Traps when an output breaks its promise, which is what libFuzzer
/// reports. It lives here, not in ResumeServer, and sees the internals it checks through
/// their `package` access.
enum ServerInputs {
    static func feed(_ bytes: [UInt8]) {
        checkRequestFilter(bytes)
        let text = String(decoding: bytes, as: UTF8.self)
        checkRouting(text)
        checkTerminalName(text)
        checkWindowSize(bytes)
    }

    /// The rewrite only ever drops the payload: a prefix of the original, and shorter.
    static func checkRequestFilter(_ bytes: [UInt8]) {
        var packet = ByteBufferAllocator().buffer(capacity: bytes.count)
        packet.writeBytes(bytes)
        guard let rewritten = ChannelRequestFilter.rewrite(packet) else { return }
        precondition(rewritten.readableBytes < packet.readableBytes, "rewrite did not shrink")
        precondition(rewritten.readableBytesView.elementsEqual(packet.readableBytesView.prefix(rewritten.readableBytes)),
                     "rewrite is not a prefix")
    }

    static func checkRouting(_ text: String) {
        for hasTerminal in [false, true] {
            switch SessionCommand.route(exec: text, hasTerminal: hasTerminal) {
            case .unknown(let echoed):
                precondition(echoed.count <= 80, "unknown command echoed whole")
            case .show(let page?):
                precondition(hasTerminal && SessionCommand.isPageName(page) && !page.hasPrefix("-"), "routed to a page that can't be one")
            default:
                break
            }
        }
    }

    /// TERM: a name the client chose; the database lookup is a file test, so keep it short.
    static func checkTerminalName(_ text: String) {
        let name = TerminalName.sanitize(String(text.prefix(70)))
        precondition(TerminalName.isWellFormed(name), "sanitize returned an ill-formed name")
    }

    /// Sizes as SSH carries them (UInt32) and beyond, negative ones included.
    static func checkWindowSize(_ bytes: [UInt8]) {
        guard bytes.count >= 16 else { return }
        let columns = bytes[0..<8].reduce(0) { $0 << 8 | Int($1) }
        let rows = bytes[8..<16].reduce(0) { $0 << 8 | Int($1) }
        for (c, r) in [(columns, rows), (Int(Int32(truncatingIfNeeded: columns)), Int(UInt32(truncatingIfNeeded: rows)))] {
            let size = WindowSize(columns: c, rows: r)
            precondition((1...WindowSize.maximum).contains(size.columns), "columns not clamped")
            precondition((1...WindowSize.maximum).contains(size.rows), "rows not clamped")
        }
    }
}

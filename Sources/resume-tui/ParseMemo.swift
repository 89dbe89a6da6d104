import ResumeModel
import Synchronization

/// The parse of each file read, by its path, kept with the bytes it was made from.
///
/// For the server's sessions: the session starter reads `--file` once while it warms up,
/// and every session it forks reads the file again, since the owner may have changed it
/// since. When the bytes are the same, the session takes the starter's parse instead of
/// parsing again: 0.6 of the 4.7 ms of CPU a session cost the server in `scripts/spike`
/// (`perf record` over its ramp), and for a long file far more. A parse depends on the
/// bytes and the path (which may name the language) only.
enum ParseMemo {
    private static let parses = Mutex<[String: (bytes: [UInt8], result: ParseResult)]>([:])

    /// The parse of `bytes` read from `path`: the one kept if the bytes match, else
    /// `parse()`'s, kept for next time.
    static func result(path: String, bytes: [UInt8], parse: () -> ParseResult) -> ParseResult {
        if let kept = parses.withLock({ $0[path] }), kept.bytes == bytes { return kept.result }
        let result = parse()
        parses.withLock { $0[path] = (bytes, result) }
        return result
    }
}

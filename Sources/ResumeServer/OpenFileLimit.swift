import Glibc

/// The open-file limit, raised at start as far as the hard limit allows.
///
/// Every visitor holds descriptors: the connection's socket, and for a session the pty
/// (or three pipes) and the relay's ends. The usual soft limit of 1024 would turn
/// visitors away at a few hundred sessions, long before memory or CPU run out.
public struct OpenFileLimit: Equatable, Sendable {
    /// The soft limit before and after, and the hard limit that bounds it.
    public var before: UInt64
    public var after: UInt64
    public var hard: UInt64

    /// Raises the soft limit to the hard one; the limits as they are if that fails.
    public static func raise() -> OpenFileLimit? {
        var limit = rlimit()
        guard getrlimit(Int32(RLIMIT_NOFILE.rawValue), &limit) == 0 else { return nil }
        let before = UInt64(limit.rlim_cur)
        if limit.rlim_cur < limit.rlim_max {
            var raised = limit
            raised.rlim_cur = limit.rlim_max
            if setrlimit(Int32(RLIMIT_NOFILE.rawValue), &raised) == 0 { limit = raised }
        }
        return OpenFileLimit(before: before, after: UInt64(limit.rlim_cur), hard: UInt64(limit.rlim_max))
    }

    /// Descriptors one interactive session holds: its socket and two of the pty master
    /// (the relay's reading and writing copies; resizing uses the first). Measured: three
    /// sessions took nine more entries in /proc/PID/fd.
    public static let perSession: UInt64 = 3

    /// How many sessions the limit leaves room for, with `reserve` descriptors kept for
    /// the listener, the log and the handshakes in flight.
    public func sessions(reserve: UInt64 = 64) -> UInt64 {
        after > reserve ? (after - reserve) / Self.perSession : 0
    }

    /// One line for the log: what was obtained and what it allows.
    public var description: String {
        let raised = after > before ? "raised from \(before) to \(after)" : "\(after)"
        return "open files: \(raised) (hard limit \(hard)): room for about \(sessions()) sessions"
    }
}

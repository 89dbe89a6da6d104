import Glibc

/// How many sessions this host can hold at once, when the owner doesn't say
/// (`--max-sessions`): the least of what memory, open files and ptys allow.
///
/// A session is one child process on its own pty. Measured (bench/RESULTS.md, "Spike"),
/// one spawned afresh costs about 2.3 MiB of PSS: the binary's pages are shared, so what
/// each adds is its own heap and stack. One forked from the session starter holds 0.5 MiB
/// of its own idle, 1.2 MiB once its visitor has been through everything at 80x24, and
/// about 3 MiB at 200x60 or more (`scripts/bench.d/busy_session.py`);
/// `WindowSize.maximumCells` bounds the rest. So 2.3 MiB stays the figure either way.
///
/// Half the memory at that rate leaves the other half to the host, the page cache and
/// résumés larger than ours; a 1 GB VM gets about 200 sessions, a 24 GB host about 5,000.
/// Where systemd caps the service (MemoryMax=), three quarters of that cap count instead,
/// so the cap is never what turns visitors away.
public struct SessionCapacity: Equatable, Sendable {
    /// What each bound allows, nil where it couldn't be read.
    public var byMemory: Int?
    public var byOpenFiles: Int?
    public var byPtys: Int?

    public static let bytesPerSession: UInt64 = 2_300 * 1_024 * 1_024 / 1_000
    /// Ptys kept for the host's own logins and the other programs that use them.
    public static let reservedPtys = 64

    public init(byMemory: Int?, byOpenFiles: Int?, byPtys: Int?) {
        self.byMemory = byMemory
        self.byOpenFiles = byOpenFiles
        self.byPtys = byPtys
    }

    /// Reads the host: /proc/meminfo, the cgroup's memory.max, the open-file limit
    /// (raise it first: `OpenFileLimit.raise()`) and /proc/sys/kernel/pty.
    public static func ofThisHost(openFiles: OpenFileLimit?) -> SessionCapacity {
        let total = meminfo("MemTotal").map { $0 / 2 }
        let capped = cgroupMemoryMax().map { $0 / 4 * 3 }
        let budget = [total, capped].compactMap { $0 }.min()
        var byPtys: Int?
        if let max = number(in: "/proc/sys/kernel/pty/max"), let used = number(in: "/proc/sys/kernel/pty/nr") {
            byPtys = Swift.max(Int(max) - Int(used) - reservedPtys, 0)
        }
        return SessionCapacity(byMemory: budget.map { Int($0 / bytesPerSession) },
                               byOpenFiles: openFiles.map { Int(min($0.sessions(), UInt64(Int.max))) },
                               byPtys: byPtys)
    }

    /// The default `--max-sessions`: the least bound, at least 1; 64 when none could be read.
    public var sessions: Int {
        [byMemory, byOpenFiles, byPtys].compactMap { $0 }.min().map { Swift.max($0, 1) } ?? 64
    }

    /// Which bound sets `sessions`, in the words of the log line.
    public var bound: String {
        let bounds: [(String, Int?)] = [("memory", byMemory), ("open files", byOpenFiles), ("ptys (kernel.pty.max)", byPtys)]
        return bounds.filter { $0.1 == sessions }.map(\.0).first ?? "a fallback"
    }

    /// One line for the log: what each bound allows and which one holds.
    public var description: String {
        func figure(_ value: Int?) -> String { value.map(String.init) ?? "unknown" }
        return "capacity: \(sessions) sessions, bound by \(bound) (memory \(figure(byMemory)), "
            + "open files \(figure(byOpenFiles)), ptys \(figure(byPtys)))"
    }

    // MARK: - Reading the host

    private static func meminfo(_ key: String) -> UInt64? {
        guard let text = contents(of: "/proc/meminfo") else { return nil }
        for line in text.split(separator: "\n") where line.hasPrefix(key + ":") {
            let digits = line.dropFirst(key.count + 1).filter { $0.isNumber }
            return UInt64(digits).map { $0 * 1_024 }
        }
        return nil
    }

    /// The memory cap of the cgroup (v2) this process runs in, nil when there is none.
    private static func cgroupMemoryMax() -> UInt64? {
        guard let membership = contents(of: "/proc/self/cgroup"),
              let line = membership.split(separator: "\n").first(where: { $0.hasPrefix("0::") }) else { return nil }
        return number(in: "/sys/fs/cgroup" + line.dropFirst(3) + "/memory.max")
    }

    /// A file holding one number; nil for "max", a missing file or anything else.
    private static func number(in path: String) -> UInt64? {
        contents(of: path).flatMap { UInt64($0.filter { !$0.isWhitespace }) }
    }

    private static func contents(of path: String) -> String? {
        let fd = open(path, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { return nil }
        defer { close(fd) }
        var bytes: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 4096)
        while bytes.count < 1 << 20 {
            let count = chunk.withUnsafeMutableBytes { read(fd, $0.baseAddress, $0.count) }
            if count < 0 && errno == EINTR { continue }
            if count <= 0 { break }
            bytes += chunk[0..<count]
        }
        return String(decoding: bytes, as: UTF8.self)
    }
}

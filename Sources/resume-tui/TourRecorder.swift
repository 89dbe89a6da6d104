import CPTY
import Foundation

/// Records the tour as an asciicast v2 file (what `asciinema play` plays).
///
/// The tour runs as this same program on a pseudo-terminal of the chosen size, and
/// every byte it writes is stored with its time: the recording is exactly what a
/// terminal would have shown, not a re-creation.
struct TourRecorder {
    var width = 80
    var height = 24
    var arguments: [String]

    func record(to path: String) throws {
        guard FileManager.default.createFile(atPath: path, contents: nil),
              let file = FileHandle(forWritingAtPath: path) else {
            throw Failure("resume-tui: cannot write \(path)", status: 1)
        }
        defer { try? file.close() }
        var slave = [CChar](repeating: 0, count: 256)
        let master = cpty_open_master(&slave, slave.count)
        guard master >= 0 else { throw Failure("resume-tui: cannot open a pseudo-terminal", status: 1) }
        defer { close(master) }
        _ = cpty_set_window_size(master, UInt16(height), UInt16(width))

        let header: [String: Any] = [
            "version": 2, "width": width, "height": height, "timestamp": Int(Date().timeIntervalSince1970),
            "title": "resume-tui tour", "env": ["TERM": "xterm-256color", "SHELL": "/bin/sh"],
        ]
        try file.write(contentsOf: JSONSerialization.data(withJSONObject: header, options: [.sortedKeys]) + Data("\n".utf8))

        let executable = (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe")) ?? CommandLine.arguments[0]
        let argv = ([executable] + arguments).map { strdup($0) } + [nil]
        let environment: [String] = ["TERM=xterm-256color", "LANG=C.UTF-8", "PATH=/usr/bin:/bin"]
        let envp = environment.map { strdup($0) } + [nil]
        defer { (argv + envp).forEach { free($0) } }
        let pid = slave.withUnsafeBufferPointer { cpty_spawn_on_terminal(executable, argv, envp, $0.baseAddress) }
        guard pid > 0 else { throw Failure("resume-tui: cannot start the tour: \(String(cString: strerror(errno)))", status: 1) }

        let start = Date()
        var pending = Data()  // a UTF-8 sequence split across reads waits for its end
        func emit(_ bytes: Data) throws {
            let time = (Date().timeIntervalSince(start) * 1_000_000).rounded() / 1_000_000
            let text = String(decoding: bytes, as: UTF8.self)
            let event = try JSONSerialization.data(withJSONObject: [time, "o", text] as [Any], options: [.withoutEscapingSlashes])
            try file.write(contentsOf: event + Data("\n".utf8))
        }
        var buffer = [UInt8](repeating: 0, count: 65536)
        while true {
            let count = read(master, &buffer, buffer.count)
            if count < 0 && errno == EINTR { continue }
            // After the tour exits, reading the master fails with EIO: that is the end.
            if count <= 0 { break }
            pending.append(contentsOf: buffer[0..<count])
            // One screen update reaches the pty in several reads; what follows within a
            // few milliseconds belongs to the same frame and goes into the same event, so
            // a player never shows half a frame, even at high speed.
            if Self.moreFollowsShortly(master), pending.count < 1 << 20 { continue }
            let complete = Self.completeUTF8Prefix(pending)
            guard complete > 0 else { continue }
            try emit(pending.prefix(complete))
            pending.removeFirst(complete)
        }
        if !pending.isEmpty { try emit(pending) }
        var exitCode: Int32 = -1, signal: Int32 = -1
        while cpty_try_reap(pid, &exitCode, &signal) == 0 { usleep(10_000) }
    }

    /// Whether `fd` has more to read within 3 ms.
    static func moreFollowsShortly(_ fd: Int32) -> Bool {
        var entry = pollfd(fd: fd, events: Int16(POLLIN), revents: 0)
        return poll(&entry, 1, 3) > 0 && entry.revents & Int16(POLLIN) != 0
    }

    /// How many leading bytes of `data` end on a UTF-8 character boundary.
    static func completeUTF8Prefix(_ data: Data) -> Int {
        var end = data.count
        var back = 0
        while back < 4, end - back - 1 >= 0 {
            let byte = data[data.startIndex + end - back - 1]
            if byte & 0xC0 != 0x80 {
                let length = byte < 0x80 ? 1 : byte >= 0xF0 ? 4 : byte >= 0xE0 ? 3 : byte >= 0xC0 ? 2 : 1
                if length > back + 1 { end -= back + 1 }
                break
            }
            back += 1
        }
        return end
    }
}

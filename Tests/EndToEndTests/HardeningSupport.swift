import Foundation
import XCTest

/// A raw TCP client for the hardening tests: connects from a chosen loopback address
/// (127.0.0.0/8 is all loopback on Linux, so 127.0.0.2 is "another visitor"), sends
/// arbitrary bytes and reads what comes back. Every call has a timeout.
final class RawSocket {
    let fd: Int32

    /// Connects to 127.0.0.1:`port` from `source` (port chosen by the kernel).
    init(port: Int, from source: String = "127.0.0.1") throws {
        fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard fd >= 0 else { throw HarnessError("socket: \(errno)") }
        var local = sockaddr_in()
        local.sin_family = sa_family_t(AF_INET)
        local.sin_addr.s_addr = inet_addr(source)
        var remote = sockaddr_in()
        remote.sin_family = sa_family_t(AF_INET)
        remote.sin_port = in_port_t(UInt16(port).bigEndian)
        remote.sin_addr.s_addr = inet_addr("127.0.0.1")
        let size = socklen_t(MemoryLayout<sockaddr_in>.size)
        let bound = withUnsafePointer(to: &local) { $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(fd, $0, size) } }
        let connected = withUnsafePointer(to: &remote) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { connect(fd, $0, size) }
        }
        guard bound == 0, connected == 0 else {
            close(fd)
            throw HarnessError("connect from \(source): errno \(errno)")
        }
    }

    deinit { close(fd) }

    func send(_ bytes: [UInt8]) {
        var offset = 0
        while offset < bytes.count {
            let n = bytes[offset...].withUnsafeBytes { Glibc.send(fd, $0.baseAddress, $0.count, Int32(MSG_NOSIGNAL)) }
            if n <= 0 { return }  // the server may close while we are still sending: that is fine
            offset += n
        }
    }

    func send(_ text: String) { send(Array(text.utf8)) }

    /// Reads until `done` holds for what was read, the server closes, or `timeout` passes.
    /// Returns the bytes and whether the server closed (EOF or reset).
    func read(timeout: TimeInterval, until done: ([UInt8]) -> Bool = { _ in false }) -> (bytes: [UInt8], closed: Bool) {
        var received: [UInt8] = []
        let deadline = Date().addingTimeInterval(timeout)
        var buffer = [UInt8](repeating: 0, count: 65536)
        while Date() < deadline {
            var poller = pollfd(fd: fd, events: Int16(POLLIN), revents: 0)
            let remaining = Int32(max(1, deadline.timeIntervalSinceNow * 1000))
            guard poll(&poller, 1, min(remaining, 100)) >= 0 else { break }
            if poller.revents == 0 { continue }
            let n = recv(fd, &buffer, buffer.count, Int32(MSG_DONTWAIT))
            if n == 0 { return (received, true) }
            if n < 0 {
                if errno == EAGAIN || errno == EINTR { continue }
                return (received, true)  // ECONNRESET
            }
            received += buffer[0..<n]
            if done(received) { return (received, false) }
        }
        return (received, false)
    }

    /// Reads until the server closes; nil if it did not within `timeout`.
    func waitForClose(timeout: TimeInterval) -> [UInt8]? {
        let result = read(timeout: timeout)
        return result.closed ? result.bytes : nil
    }
}

extension SSHServerHarness {
    /// Open descriptors of the server process (/proc/PID/fd).
    var openDescriptors: Int {
        (try? FileManager.default.contentsOfDirectory(atPath: "/proc/\(pid)/fd").count) ?? -1
    }

    /// Whether `pid` runs a program of its own: the server's child, between fork and
    /// exec, is still the server's binary, and its environment still the server's.
    func hasExecuted(_ pid: pid_t) -> Bool {
        let executable = { (pid: pid_t) in try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/\(pid)/exe") }
        guard let own = executable(self.pid), let child = executable(pid) else { return false }
        return child != own
    }

    /// The environment of a process, from /proc/PID/environ.
    static func environment(of pid: pid_t) -> [String: String] {
        guard let data = FileManager.default.contents(atPath: "/proc/\(pid)/environ") else { return [:] }
        var result: [String: String] = [:]
        for entry in data.split(separator: 0) {
            let text = String(decoding: entry, as: UTF8.self)
            guard let equals = text.firstIndex(of: "=") else { continue }
            result[String(text[..<equals])] = String(text[text.index(after: equals)...])
        }
        return result
    }
}

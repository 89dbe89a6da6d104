import Foundation
import XCTest

/// A real terminal for end-to-end tests: a detached tmux session on a private server
/// socket, running one command at a fixed size. Tests type with `send(keys:)` and read
/// the screen with `screen()`, as a person would.
final class TmuxSession {
    let socket: String
    let name = "t"
    private(set) var exitFile: String

    /// Starts `command` (a shell command line) in a `width`x`height` terminal.
    /// `TERM` inside tmux is `term`; `environment` is exported before the command.
    init(_ command: String, width: Int = 80, height: Int = 24, term: String = "xterm-256color", environment: [String: String] = [:]) throws {
        let id = UUID().uuidString.prefix(8)
        socket = NSTemporaryDirectory() + "resume-tui-tmux-\(id)"
        exitFile = NSTemporaryDirectory() + "resume-tui-exit-\(id)"
        var exports = environment.map { "export \($0.key)=\(Self.quote($0.value));" }.joined(separator: " ")
        exports += " export TERM=\(Self.quote(term));"
        // The exit status is written to a file so a test can assert how the program ended;
        // the pane then stays open so its last screen can still be read.
        let script = "\(exports) \(command); echo $? > \(exitFile); printf '\\n[exited]'; sleep 600"
        try Self.tmux(socket, ["-f", "/dev/null", "new-session", "-d", "-s", name, "-x", "\(width)", "-y", "\(height)", "sh", "-c", script])
        try Self.tmux(socket, ["set-option", "-t", name, "status", "off"])
        try Self.tmux(socket, ["set-option", "-t", name, "-g", "escape-time", "0"])
    }

    deinit { _ = try? Self.tmux(socket, ["kill-server"]) }

    /// Types keys: tmux key names ("Down", "C-c", "Enter") or literal text with `literal: true`.
    func send(_ keys: String..., literal: Bool = false) throws {
        try Self.tmux(socket, ["send-keys", "-t", name] + (literal ? ["-l"] : []) + keys)
    }

    /// The visible screen as text, one line per row, trailing spaces trimmed.
    func screen() throws -> String {
        try Self.tmux(socket, ["capture-pane", "-p", "-t", name])
    }

    /// The screen with SGR escapes, to check highlighting.
    func screenWithAttributes() throws -> String {
        try Self.tmux(socket, ["capture-pane", "-p", "-e", "-t", name])
    }

    /// Any other tmux command against this session's server (`show-buffer`, `set-option`).
    @discardableResult
    func command(_ arguments: String...) throws -> String {
        try Self.tmux(socket, arguments)
    }

    func resize(width: Int, height: Int) throws {
        try Self.tmux(socket, ["resize-window", "-t", name, "-x", "\(width)", "-y", "\(height)"])
    }

    /// Waits until `predicate` holds for the screen, or fails the test after `timeout` seconds.
    @discardableResult
    func waitFor(_ description: String, timeout: TimeInterval = 10, file: StaticString = #filePath, line: UInt = #line,
                 _ predicate: (String) -> Bool) throws -> String {
        let deadline = Date().addingTimeInterval(timeout)
        var last = ""
        while Date() < deadline {
            last = try screen()
            if predicate(last) { return last }
            Thread.sleep(forTimeInterval: 0.05)
        }
        XCTFail("timed out waiting for \(description); the screen was:\n\(last)", file: file, line: line)
        return last
    }

    /// Waits until the viewer's footer (the last row a frame draws) says what `predicate`
    /// wants: the settled marker of a state. See `Footer` for why not a line of the body.
    @discardableResult
    func waitForFooter(_ description: String, timeout: TimeInterval = 10, file: StaticString = #filePath, line: UInt = #line,
                       _ predicate: (Footer) -> Bool) throws -> String {
        try waitFor("a footer that says \(description)", timeout: timeout, file: file, line: line) { predicate(Footer($0)) }
    }

    /// Waits until the screen contains `text`.
    @discardableResult
    func waitFor(text: String, timeout: TimeInterval = 10, file: StaticString = #filePath, line: UInt = #line) throws -> String {
        try waitFor("\"\(text)\"", timeout: timeout, file: file, line: line) { $0.contains(text) }
    }

    /// The command's exit status once it has ended, waiting up to `timeout` seconds.
    func exitStatus(timeout: TimeInterval = 10) -> Int32? {
        let deadline = Date().addingTimeInterval(timeout)
        while Date() < deadline {
            if let text = try? String(contentsOfFile: exitFile, encoding: .utf8),
               let status = Int32(text.trimmingCharacters(in: .whitespacesAndNewlines)) {
                return status
            }
            Thread.sleep(forTimeInterval: 0.05)
        }
        return nil
    }

    /// The process ID of the program the pane's shell runs (`executable`, a child of the
    /// shell), so a test can signal exactly that process and no other.
    func programPID(executable: URL = Binary.url) throws -> pid_t {
        let text = try Self.tmux(socket, ["display-message", "-p", "-t", name, "#{pane_pid}"])
        guard let shell = pid_t(text.trimmingCharacters(in: .whitespacesAndNewlines)) else {
            throw HarnessError("no pane pid in \(text.debugDescription)")
        }
        let target = executable.resolvingSymlinksInPath().path
        let found = SSHServerHarness.processes().filter { $0.parent == shell }.map(\.pid).filter { pid in
            (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/\(pid)/exe")) == target
        }
        guard found.count == 1, let pid = found.first else { throw HarnessError("\(found.count) copies of \(target) under pid \(shell)") }
        return pid
    }

    static func quote(_ s: String) -> String { "'" + s.replacingOccurrences(of: "'", with: "'\\''") + "'" }

    @discardableResult
    static func tmux(_ socket: String, _ arguments: [String]) throws -> String {
        // tmux itself wants a TERM even when detached; CI may have none.
        var environment = ProcessInfo.processInfo.environment
        if (environment["TERM"] ?? "").isEmpty || environment["TERM"] == "dumb" { environment["TERM"] = "xterm-256color" }
        // `swift test` sets NO_COLOR for its own output; the programs under test must see
        // an ordinary terminal (tests that want NO_COLOR export it themselves).
        environment["NO_COLOR"] = nil
        // The locale picks the résumé's language: every test starts from none said (tests
        // that want one export it), whatever the machine running the suite is set to.
        for name in environment.keys where name.hasPrefix("LC_") { environment.removeValue(forKey: name) }
        environment["LANG"] = "C.UTF-8"
        let result = try Process.capture(URL(fileURLWithPath: "/usr/bin/tmux"), ["-S", socket] + arguments, environment: environment)
        guard result.status == 0 else {
            throw NSError(domain: "tmux", code: Int(result.status), userInfo: [NSLocalizedDescriptionKey: "tmux \(arguments.joined(separator: " ")): \(result.stderr)"])
        }
        return result.stdout
    }
}

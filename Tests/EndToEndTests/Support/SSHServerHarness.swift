import Foundation
import XCTest

/// A `resume-tui serve` on a random loopback port, for end-to-end tests with the real
/// OpenSSH client. Everything has a timeout so a hung server fails a test, not CI.
final class SSHServerHarness: @unchecked Sendable {
    let directory: String
    let keyPath: String
    let process: SpawnedProgram
    private(set) var port = 0
    /// What the server printed on stdout before "listening on" (host key, fingerprint).
    private(set) var banner: [String] = []
    let logPath: String

    /// Starts the server and waits (up to 10 s) for its "listening on" line. It serves
    /// `resume` (`--file`) unless `arguments` name a file of their own: the tests never
    /// depend on the résumé built into the binary, which a fork replaces.
    init(arguments: [String] = [], resume: Fixture = .english, keyPath: String? = nil, directory: String? = nil) throws {
        let directory = try directory ?? Self.makeDirectory()
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        self.directory = directory
        self.keyPath = keyPath ?? directory + "/host_ed25519"
        logPath = directory + "/server.log"
        process = try SpawnedProgram(
            Binary.url.path,
            ["serve", "--host", "127.0.0.1", "--port", "0", "--host-key", self.keyPath]
                + (arguments.contains("--file") ? [] : ["--file", resume.path]) + arguments,
            environment: Self.environment([:]), stderrFile: logPath)

        let deadline = Date().addingTimeInterval(10)
        var text = ""
        while Date() < deadline, process.isRunning {
            text += process.readOutput(timeout: 0.2)
            if let found = text.range(of: #"listening on 127\.0\.0\.1:[0-9]+\n"#, options: .regularExpression) {
                port = Int(text[found].dropLast().split(separator: ":").last ?? "") ?? 0
                banner = text[..<found.lowerBound].split(separator: "\n").map(String.init)
                break
            }
        }
        if port == 0 {
            throw HarnessError("server did not start; stdout: \(text); log: \(log)")
        }
    }

    deinit {
        // SIGTERM, not SIGKILL: a killed server would orphan the sessions it runs.
        if process.isRunning { _ = terminate(timeout: 5) }
        try? FileManager.default.removeItem(atPath: directory)
    }

    var pid: pid_t { process.pid }
    var log: String { (try? String(contentsOfFile: logPath, encoding: .utf8)) ?? "" }

    /// The options every test passes: no known-hosts file, no prompt possible (BatchMode).
    var sshOptions: [String] {
        ["-p", String(port), "-o", "StrictHostKeyChecking=no", "-o", "UserKnownHostsFile=/dev/null",
         "-o", "LogLevel=ERROR", "-o", "BatchMode=yes", "-o", "ConnectTimeout=5"]
    }

    /// The same options as one shell-quoted string, for commands run inside tmux.
    var sshCommandLine: String {
        (["ssh"] + sshOptions).map(TmuxSession.quote).joined(separator: " ")
    }

    /// Runs `ssh OPTIONS extra... 127.0.0.1 command...` to completion.
    func ssh(_ extra: [String], command: [String] = [], stdin: Data? = nil, environment: [String: String] = [:],
             timeout: TimeInterval = 15) throws -> (status: Int32, stdout: String, stderr: String) {
        try Self.run("/usr/bin/ssh", sshOptions + extra + ["127.0.0.1"] + command, stdin: stdin,
                     environment: environment, timeout: timeout)
    }

    /// Starts ssh without waiting for it (for tests that kill it or keep it running).
    /// Its stdin stays open, so the session lasts until the test ends it.
    func startSSH(_ extra: [String], command: [String] = [], environment: [String: String] = [:]) throws -> SpawnedProgram {
        try SpawnedProgram("/usr/bin/ssh", sshOptions + extra + ["127.0.0.1"] + command,
                           environment: Self.environment(environment), input: .open, captureOutput: false)
    }

    /// Sends SIGTERM and waits up to `timeout` for the server to exit; returns its status.
    func terminate(timeout: TimeInterval = 10) -> Int32? {
        kill(pid, SIGTERM)
        return process.wait(timeout: timeout)
    }

    // MARK: - Processes

    /// Process IDs of the server's sessions: its children, but for the session starter
    /// (named resume-starter), which lives as long as the server.
    func children() -> [pid_t] {
        Self.processes().filter { $0.parent == pid && $0.name != "resume-starter" }.map(\.pid)
    }

    /// The session starter's pid, while the server has one.
    func starter() -> pid_t? {
        Self.processes().first { $0.parent == pid && $0.name == "resume-starter" }?.pid
    }

    /// Processes (any parent) in the given process groups: a child's whole family.
    static func members(ofGroups groups: Set<pid_t>) -> [pid_t] {
        processes().filter { groups.contains($0.group) }.map(\.pid)
    }

    /// Every process as (pid, parent, process group, name), from /proc/PID/stat; zombies included.
    static func processes() -> [(pid: pid_t, parent: pid_t, group: pid_t, name: String)] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: "/proc")) ?? []
        return names.compactMap { name -> (pid_t, pid_t, pid_t, String)? in
            guard let pid = pid_t(name),
                  let stat = try? String(contentsOfFile: "/proc/\(name)/stat", encoding: .utf8),
                  let open = stat.range(of: " ("), let close = stat.range(of: ")", options: .backwards) else { return nil }
            // "pid (comm) state ppid pgrp ...": comm may hold spaces and parentheses.
            let fields = stat[close.upperBound...].split(separator: " ")
            guard fields.count > 3, let parent = pid_t(fields[1]), let group = pid_t(fields[2]) else { return nil }
            return (pid, parent, group, String(stat[open.upperBound..<close.lowerBound]))
        }
    }

    /// Polls `condition` every 50 ms until it holds or `timeout` passes.
    @discardableResult
    static func eventually(timeout: TimeInterval, _ condition: () -> Bool) -> Bool {
        let deadline = Date().addingTimeInterval(timeout)
        while Date() < deadline {
            if condition() { return true }
            Thread.sleep(forTimeInterval: 0.05)
        }
        return condition()
    }

    // MARK: - Running programs

    static func environment(_ extra: [String: String]) -> [String: String] {
        var environment = ProcessInfo.processInfo.environment
        environment.removeValue(forKey: "SSH_AUTH_SOCK")  // no agent: nothing to offer
        environment.removeValue(forKey: "DISPLAY")
        // ssh sends LANG and LC_* (Debian's ssh_config has SendEnv), and the server reads
        // them as the visitor's language: every test starts from "none said", whatever
        // the machine running the suite is set to. C.UTF-8 keeps tmux drawing UTF-8.
        for name in environment.keys where name.hasPrefix("LC_") { environment.removeValue(forKey: name) }
        environment["LANG"] = "C.UTF-8"
        environment.merge(extra) { _, new in new }
        return environment
    }

    static func run(_ program: String, _ arguments: [String], stdin: Data? = nil, environment: [String: String] = [:],
                    timeout: TimeInterval) throws -> (status: Int32, stdout: String, stderr: String) {
        let spawned = try SpawnedProgram(program, arguments, environment: Self.environment(environment),
                                         input: stdin.map { .data($0) } ?? .null)
        return spawned.finish(timeout: timeout)
    }

    /// A fresh folder for a server's key, log and scripts.
    static func makeDirectory() throws -> String {
        let directory = NSTemporaryDirectory() + "resume-tui-ssh-" + UUID().uuidString.prefix(8)
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        return directory
    }

    /// Writes an executable shell script (a stand-in session program) and returns its path.
    static func script(in directory: String, _ name: String, _ body: String) throws -> String {
        let path = directory + "/" + name
        try ("#!/bin/sh\n" + body + "\n").write(toFile: path, atomically: true, encoding: .utf8)
        chmod(path, 0o755)
        return path
    }
}

/// tmux for the SSH tests, driven through `SpawnedProgram` (see there why not `Process`).
/// Same idea as `TmuxSession`: a private server socket, one pane, a fixed size.
final class SSHTmux {
    let socket: String
    let exitFile: String

    init(_ command: String, width: Int, height: Int, term: String = "xterm-256color") throws {
        let id = UUID().uuidString.prefix(8)
        socket = NSTemporaryDirectory() + "resume-tui-ssh-tmux-\(id)"
        exitFile = NSTemporaryDirectory() + "resume-tui-ssh-exit-\(id)"
        let script = "export TERM=\(TmuxSession.quote(term)); \(command); echo $? > \(exitFile); sleep 600"
        // new-session starts a tmux server that outlives the client: no pipes to it.
        let start = try SpawnedProgram("/usr/bin/tmux", ["-S", socket, "-f", "/dev/null", "new-session", "-d",
                                                         "-x", "\(width)", "-y", "\(height)", "sh", "-c", script],
                                       environment: SSHServerHarness.environment([:]), captureOutput: false)
        guard start.wait(timeout: 10) == 0 else { throw HarnessError("tmux new-session failed") }
        _ = try tmux(["set-option", "-g", "status", "off"])
    }

    deinit {
        _ = try? tmux(["kill-server"])
        try? FileManager.default.removeItem(atPath: exitFile)
    }

    @discardableResult
    func tmux(_ arguments: [String]) throws -> String {
        let result = try SSHServerHarness.run("/usr/bin/tmux", ["-S", socket] + arguments, timeout: 10)
        guard result.status == 0 else { throw HarnessError("tmux \(arguments): \(result.stderr)") }
        return result.stdout
    }

    func screen() throws -> String { try tmux(["capture-pane", "-p"]) }

    func resize(width: Int, height: Int) throws {
        try tmux(["resize-window", "-x", "\(width)", "-y", "\(height)"])
    }

    func send(_ keys: String) throws { try tmux(["send-keys", keys]) }

    /// Waits until the screen contains `text`; fails the test (and returns false) after `timeout`.
    @discardableResult
    func waitFor(text: String, timeout: TimeInterval = 10, file: StaticString = #filePath, line: UInt = #line) -> Bool {
        var last = ""
        let found = SSHServerHarness.eventually(timeout: timeout) {
            last = (try? screen()) ?? ""
            return last.contains(text)
        }
        if !found { XCTFail("timed out waiting for \(text.debugDescription); the screen was:\n\(last)", file: file, line: line) }
        return found
    }

    func exitStatus(timeout: TimeInterval) -> Int32? {
        var status: Int32?
        SSHServerHarness.eventually(timeout: timeout) {
            status = (try? String(contentsOfFile: exitFile, encoding: .utf8))
                .flatMap { Int32($0.trimmingCharacters(in: .whitespacesAndNewlines)) }
            return status != nil
        }
        return status
    }
}

struct HarnessError: Error, CustomStringConvertible {
    var description: String
    init(_ description: String) { self.description = description }
}

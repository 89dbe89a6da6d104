import Foundation

/// A program started with posix_spawn and reaped with waitpid, for the SSH tests.
///
/// Why not Foundation's `Process`: on this platform its `waitUntilExit` sometimes never
/// returns for a child that exits at once (seen with `tmux new-session -d`: the child
/// is a zombie, and the test hangs instead of failing). Here every wait has a timeout.
final class SpawnedProgram: @unchecked Sendable {
    enum Input {
        case null
        case data(Data)
        /// A pipe left open until `closeInput()`: the program sees no EOF meanwhile.
        case open
    }

    let pid: pid_t
    private var inputFD: Int32 = -1
    private var outputFD: Int32 = -1
    private var errorFD: Int32 = -1
    private var status: Int32?
    private let lock = NSLock()
    /// One spawn at a time: a pipe created on one thread must not leak into a program
    /// spawned on another, or that program would hold it open and hide the EOF.
    private static let spawnLock = NSLock()

    /// Starts `path`. Outputs are captured in pipes unless `captureOutput` is false (then /dev/null).
    /// With `stderrFile`, standard error is appended to that file instead of a pipe.
    init(_ path: String, _ arguments: [String], environment: [String: String], input: Input = .null,
         captureOutput: Bool = true, stderrFile: String? = nil) throws {
        var fileActions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&fileActions)
        defer { posix_spawn_file_actions_destroy(&fileActions) }
        var childEnds: [Int32] = []
        var parentIn: Int32 = -1, parentOut: Int32 = -1, parentErr: Int32 = -1

        Self.spawnLock.lock()
        defer { Self.spawnLock.unlock() }
        func pipePair() -> (Int32, Int32) {
            var fds: [Int32] = [-1, -1]
            pipe(&fds)
            _ = fcntl(fds[0], F_SETFD, FD_CLOEXEC)
            _ = fcntl(fds[1], F_SETFD, FD_CLOEXEC)
            return (fds[0], fds[1])
        }
        switch input {
        case .null:
            posix_spawn_file_actions_addopen(&fileActions, 0, "/dev/null", O_RDONLY, 0)
        case .data, .open:
            let (read, write) = pipePair()
            posix_spawn_file_actions_adddup2(&fileActions, read, 0)
            childEnds.append(read)
            parentIn = write
        }
        if captureOutput {
            let (outRead, outWrite) = pipePair()
            posix_spawn_file_actions_adddup2(&fileActions, outWrite, 1)
            childEnds.append(outWrite)
            parentOut = outRead
            if let stderrFile {
                posix_spawn_file_actions_addopen(&fileActions, 2, stderrFile, O_WRONLY | O_APPEND | O_CREAT, 0o644)
            } else {
                let (errRead, errWrite) = pipePair()
                posix_spawn_file_actions_adddup2(&fileActions, errWrite, 2)
                childEnds.append(errWrite)
                parentErr = errRead
            }
        } else {
            posix_spawn_file_actions_addopen(&fileActions, 1, "/dev/null", O_WRONLY, 0)
            posix_spawn_file_actions_addopen(&fileActions, 2, "/dev/null", O_WRONLY, 0)
        }
        let argv: [UnsafeMutablePointer<CChar>?] = ([path] + arguments).map { strdup($0) } + [nil]
        let envp: [UnsafeMutablePointer<CChar>?] = environment.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer { (argv + envp).forEach { free($0) } }
        var pid: pid_t = 0
        let rc = posix_spawn(&pid, path, &fileActions, nil, argv, envp)
        childEnds.forEach { close($0) }
        guard rc == 0 else {
            [parentIn, parentOut, parentErr].filter { $0 >= 0 }.forEach { close($0) }
            throw HarnessError("posix_spawn \(path): \(String(cString: strerror(rc)))")
        }
        self.pid = pid
        inputFD = parentIn
        outputFD = parentOut
        errorFD = parentErr
        if case .data(let data) = input {
            // Small inputs only (a line or two): fits in the pipe buffer, no deadlock.
            data.withUnsafeBytes { _ = write(parentIn, $0.baseAddress, $0.count) }
            closeInput()
        }
    }

    deinit {
        if exitStatus == nil {
            kill(pid, SIGKILL)
            _ = wait(timeout: 2)
        }
        [inputFD, outputFD, errorFD].filter { $0 >= 0 }.forEach { close($0) }
    }

    func closeInput() {
        lock.withLock {
            if inputFD >= 0 { close(inputFD) }
            inputFD = -1
        }
    }

    /// The exit status once the program has ended (128 + signal if killed), else nil.
    var exitStatus: Int32? {
        lock.withLock {
            if let status { return status }
            var raw: Int32 = 0
            guard waitpid(pid, &raw, WNOHANG) == pid else { return nil }
            let signal = raw & 0x7f
            status = signal == 0 ? (raw >> 8) & 0xff : 128 + signal
            return status
        }
    }

    var isRunning: Bool { exitStatus == nil }

    /// Waits up to `timeout` seconds; nil if the program is still running.
    func wait(timeout: TimeInterval) -> Int32? {
        let deadline = Date().addingTimeInterval(timeout)
        while Date() < deadline {
            if let status = exitStatus { return status }
            Thread.sleep(forTimeInterval: 0.02)
        }
        return exitStatus
    }

    /// Reads both outputs to EOF and waits for the end; after `timeout` the program is
    /// killed (its outputs then end too, unless something it started still holds them).
    func finish(timeout: TimeInterval) -> (status: Int32, stdout: String, stderr: String) {
        let killer = DispatchWorkItem { [pid] in kill(pid, SIGKILL) }
        DispatchQueue.global().asyncAfter(deadline: .now() + timeout, execute: killer)
        defer { killer.cancel() }
        final class Box: @unchecked Sendable { var data = Data() }
        let errors = Box()
        let group = DispatchGroup()
        let errorFD = self.errorFD
        group.enter()
        DispatchQueue.global().async {
            errors.data = Self.readAll(errorFD)
            group.leave()
        }
        let output = Self.readAll(outputFD)
        group.wait()
        let status = wait(timeout: timeout + 1) ?? -1
        return (status, String(decoding: output, as: UTF8.self), String(decoding: errors.data, as: UTF8.self))
    }

    /// Reads what standard output has within `timeout` seconds ("" at EOF or on timeout).
    func readOutput(timeout: TimeInterval) -> String {
        var descriptor = pollfd(fd: outputFD, events: Int16(POLLIN), revents: 0)
        guard outputFD >= 0, poll(&descriptor, 1, Int32(timeout * 1000)) > 0 else { return "" }
        var buffer = [UInt8](repeating: 0, count: 4096)
        let n = read(outputFD, &buffer, buffer.count)
        return n > 0 ? String(decoding: buffer[0..<n], as: UTF8.self) : ""
    }

    private static func readAll(_ fd: Int32) -> Data {
        guard fd >= 0 else { return Data() }
        var data = Data()
        var buffer = [UInt8](repeating: 0, count: 65536)
        while true {
            let n = read(fd, &buffer, buffer.count)
            if n > 0 { data.append(contentsOf: buffer[0..<n]) } else if n < 0 && errno == EINTR { continue } else { break }
        }
        return data
    }
}

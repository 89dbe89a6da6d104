import CPTY
import Foundation

/// Starts a session's child without fork (NOTES.md: fork in a multi-threaded NIO
/// process can deadlock before exec): the session starter forks it from its own
/// single-threaded process, or else posix_spawn in the CPTY target starts it afresh.
enum Spawner {
    struct SpawnError: Error, CustomStringConvertible {
        var step: String
        var code: Int32
        var description: String { "\(step): \(String(cString: strerror(code)))" }
    }

    /// A child on its own pty: `master` is for the relay and for TIOCSWINSZ.
    struct OnTerminal {
        var pid: pid_t
        var master: CInt
    }

    /// A child on pipes; the parent's ends.
    struct OnPipes {
        var pid: pid_t
        var stdinWrite: CInt
        var stdoutRead: CInt
        var stderrRead: CInt
    }

    static func onTerminal(_ invocation: ChildInvocation, size: WindowSize, starter: SessionStarter?) throws -> OnTerminal {
        var slave = [CChar](repeating: 0, count: 128)
        let master = cpty_open_master(&slave, slave.count)
        guard master >= 0 else { throw SpawnError(step: "posix_openpt", code: errno) }
        // Sized before the child starts, so its first screen already has the right shape.
        _ = cpty_set_window_size(master, UInt16(size.rows), UInt16(size.columns))
        if let starter {
            // The starter's session makes the slave its controlling terminal (TIOCSCTTY).
            let opened = open(slave, O_RDWR | O_NOCTTY | O_CLOEXEC)
            if opened >= 0 {
                let pid = starter.start(invocation, descriptors: [opened])
                close(opened)
                if let pid { return OnTerminal(pid: pid, master: master) }
            }
        }
        let pid = withCStrings(invocation) { argv, envp in
            cpty_spawn_on_terminal(invocation.executable, argv, envp, slave)
        }
        guard pid > 0 else {
            let code = errno
            close(master)
            throw SpawnError(step: "posix_spawn", code: code)
        }
        return OnTerminal(pid: pid, master: master)
    }

    static func onPipes(_ invocation: ChildInvocation, starter: SessionStarter?) throws -> OnPipes {
        var opened: [CInt] = []
        func makePipe() throws -> (read: CInt, write: CInt) {
            var fds: [CInt] = [-1, -1]
            guard cpty_pipe(&fds) == 0 else { throw SpawnError(step: "pipe", code: errno) }
            opened += fds
            return (fds[0], fds[1])
        }
        do {
            let input = try makePipe(), output = try makePipe(), errors = try makePipe()
            let started = starter?.start(invocation, descriptors: [input.read, output.write, errors.write])
            let pid = started ?? withCStrings(invocation) { argv, envp in
                cpty_spawn_with_pipes(invocation.executable, argv, envp, input.read, output.write, errors.write)
            }
            let code = errno
            // The child's ends belong to the child now; holding them would hide its EOF.
            close(input.read)
            close(output.write)
            close(errors.write)
            guard pid > 0 else {
                close(input.write)
                close(output.read)
                close(errors.read)
                throw SpawnError(step: "posix_spawn", code: code)
            }
            return OnPipes(pid: pid, stdinWrite: input.write, stdoutRead: output.read, stderrRead: errors.read)
        } catch {
            opened.forEach { close($0) }
            throw error
        }
    }

    /// NULL-terminated argv and envp for the duration of `body`.
    private static func withCStrings<R>(_ invocation: ChildInvocation,
                                        _ body: (UnsafePointer<UnsafeMutablePointer<CChar>?>, UnsafePointer<UnsafeMutablePointer<CChar>?>) -> R) -> R {
        let argv: [UnsafeMutablePointer<CChar>?] = ([invocation.executable] + invocation.arguments).map { strdup($0) } + [nil]
        let envp: [UnsafeMutablePointer<CChar>?] = invocation.environment.map { strdup($0) } + [nil]
        defer {
            argv.forEach { free($0) }
            envp.forEach { free($0) }
        }
        return argv.withUnsafeBufferPointer { a in
            envp.withUnsafeBufferPointer { e in
                // Both buffers are non-empty (they end with nil), so baseAddress exists.
                body(a.baseAddress!, e.baseAddress!)
            }
        }
    }
}

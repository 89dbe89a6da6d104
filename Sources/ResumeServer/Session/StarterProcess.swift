import CPTY
import Glibc

/// The session starter's own loop (`resume-tui session-starter`, started by `serve`; see
/// `SessionStarter`). Single-threaded on purpose: only a process with one thread can be
/// forked safely, so nothing here touches NIO, Dispatch or anything that starts a thread.
public enum StarterProcess {
    /// Longest request taken: a command line and an environment of a few hundred bytes.
    static let largestRequest = 64 * 1024

    /// Serves requests on descriptor 3 until the server closes its end, then exits.
    /// `warmUp` runs once before the first request, so what it initialises is already
    /// done in every session; `run` is the session itself, given its command line
    /// without the program's name, in the forked process (it never returns).
    public static func serve(warmUp: () -> Void, run: ([String]) -> Never) -> Never {
        let socket: CInt = 3
        guard cpty_is_seqpacket_socket(socket) != 0 else {
            let said = "resume-tui: \(SessionStarter.command) is started by `resume-tui serve`, not by hand\n"
            _ = said.withCString { write(STDERR_FILENO, $0, strlen($0)) }
            exit(2)
        }
        guard cpty_die_with_parent() == 0 else { exit(0) }
        cpty_set_process_name("resume-starter")
        warmUp()
        guard cpty_starter_reply(socket, 0) == 0 else { exit(0) }  // ready
        var buffer = [CChar](repeating: 0, count: largestRequest)
        while true {
            var descriptors: [CInt] = [-1, -1, -1]
            var count: CInt = 0
            let length = cpty_starter_receive(socket, &buffer, buffer.count, &descriptors, 3, &count)
            if length == 0 { exit(0) }  // the server has closed its end
            if length < 0 {
                if errno == EMSGSIZE { _ = cpty_starter_reply(socket, -EMSGSIZE); continue }
                exit(0)
            }
            let passed = Array(descriptors.prefix(Int(count)))
            let reply = start(Array(buffer.prefix(length)), descriptors: passed, socket: socket, run: run)
            passed.forEach { close($0) }
            _ = cpty_starter_reply(socket, reply)
        }
    }

    /// Forks one session; returns its pid, or -errno, to send back.
    private static func start(_ message: [CChar], descriptors: [CInt], socket: CInt, run: ([String]) -> Never) -> CInt {
        guard let request = Request(message), request.descriptorCount == descriptors.count else { return -EINVAL }
        // Nothing buffered may be written twice, by the starter and by the session.
        fflush(nil)
        let pid = cpty_starter_fork()
        if pid < 0 { return -errno }
        if pid > 0 { return pid }
        // The session.
        let entered = descriptors.withUnsafeBufferPointer { fds in
            cpty_starter_enter_session(socket, fds.baseAddress, CInt(fds.count), request.terminal ? 1 : 0)
        }
        guard entered == 0 else { _exit(127) }
        clearenv()
        for entry in request.environment {
            guard let equals = entry.firstIndex(of: "=") else { continue }
            setenv(String(entry[..<equals]), String(entry[entry.index(after: equals)...]), 1)
        }
        run(Array(request.arguments.dropFirst()))
    }

    /// What the server asked for: fields separated by NUL (see `SessionStarter.start`).
    struct Request {
        var terminal: Bool
        var arguments: [String]
        var environment: [String]
        var descriptorCount: Int { terminal ? 1 : 3 }

        init?(_ message: [CChar]) {
            let fields = message.split(separator: 0, omittingEmptySubsequences: false)
                .map { String(decoding: $0.map { UInt8(bitPattern: $0) }, as: UTF8.self) }
            guard fields.count >= 2, ["pty", "pipes"].contains(fields[0]), let count = Int(fields[1]),
                  count >= 1, fields.count >= 2 + count else { return nil }
            terminal = fields[0] == "pty"
            arguments = Array(fields[2..<(2 + count)])
            environment = Array(fields[(2 + count)...])
        }
    }
}

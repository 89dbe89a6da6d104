import Glibc

/// How a child ended.
enum ChildExit: Equatable, CustomStringConvertible {
    case exited(Int32)
    case signaled(Int32)

    var description: String {
        switch self {
        case .exited(let code): return "exit \(code)"
        case .signaled(let signal): return "signal \(ChildExit.signalName(signal))"
        }
    }

    /// The name SSH's exit-signal uses (RFC 4254 §6.10: without "SIG").
    static func signalName(_ signal: Int32) -> String {
        switch signal {
        case SIGHUP: return "HUP"
        case SIGINT: return "INT"
        case SIGKILL: return "KILL"
        case SIGTERM: return "TERM"
        case SIGSEGV: return "SEGV"
        case SIGABRT: return "ABRT"
        case SIGPIPE: return "PIPE"
        case SIGQUIT: return "QUIT"
        case SIGILL: return "ILL"
        case SIGFPE: return "FPE"
        default: return "USR1"  // RFC 4254 has no generic name; USR1 is harmless
        }
    }
}

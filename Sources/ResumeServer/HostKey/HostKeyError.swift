/// Why the host key could not be used. The server refuses to start rather than
/// replace a key it cannot read: a new key would change the fingerprint that
/// visitors have pinned, which looks exactly like an attack to them.
public enum HostKeyError: Error, Equatable, CustomStringConvertible {
    case malformed(String)
    case unsupported(String)
    case unreadable(path: String, reason: String)
    case unwritable(path: String, reason: String)
    case invalid(path: String, underlying: String)

    public var description: String {
        switch self {
        case .malformed(let why): return "malformed key: \(why)"
        case .unsupported(let why): return "unsupported key: \(why)"
        case .unreadable(let path, let reason): return "cannot read host key \(path): \(reason)"
        case .unwritable(let path, let reason): return "cannot create host key \(path): \(reason)"
        case .invalid(let path, let underlying): return "host key \(path) is not usable (\(underlying)); fix or remove it, it is never replaced silently"
        }
    }
}

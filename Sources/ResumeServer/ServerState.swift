import Foundation
import NIOCore

/// What the whole server shares across event loops: counts for the limits, and the
/// connections and children that a shutdown must end. Every access takes the lock;
/// nothing here blocks or calls out while holding it.
final class ServerState: @unchecked Sendable {
    /// What to do with a new TCP connection.
    enum Admission: Equatable {
        /// Serve it.
        case serve
        /// Finish the handshake, then tell the visitor the server is busy and close.
        case busy
        /// Close at once: too many sockets are open to even say so politely.
        case reject
    }

    private let lock = NSLock()
    private let limits: ServerConfiguration.Limits
    private var connections: [ObjectIdentifier: Channel] = [:]
    private var perAddress: [String: Int] = [:]
    private var children: Set<pid_t> = []
    private var sessions = 0
    private var shuttingDown = false

    init(limits: ServerConfiguration.Limits) {
        self.limits = limits
    }

    // MARK: - Connections

    func admit(_ channel: Channel, address: String) -> Admission {
        lock.withLock {
            if shuttingDown || connections.count >= limits.maxConnections { return .reject }
            connections[ObjectIdentifier(channel)] = channel
            let count = perAddress[address, default: 0]
            perAddress[address] = count + 1
            return count >= limits.maxPerAddress ? .busy : .serve
        }
    }

    func release(_ channel: Channel, address: String) {
        lock.withLock {
            guard connections.removeValue(forKey: ObjectIdentifier(channel)) != nil else { return }
            let count = perAddress[address, default: 1] - 1
            perAddress[address] = count > 0 ? count : nil
        }
    }

    var openConnections: [Channel] { lock.withLock { Array(connections.values) } }

    // MARK: - Sessions and children

    /// Takes a session slot, or returns false when the server is at its limit.
    func reserveSession() -> Bool {
        lock.withLock {
            guard !shuttingDown, sessions < limits.maxSessions else { return false }
            sessions += 1
            return true
        }
    }

    func releaseSession() {
        lock.withLock { sessions = max(0, sessions - 1) }
    }

    func childStarted(_ pid: pid_t) { _ = lock.withLock { children.insert(pid) } }
    func childReaped(_ pid: pid_t) { _ = lock.withLock { children.remove(pid) } }
    var liveChildren: Set<pid_t> { lock.withLock { children } }

    // MARK: - Shutdown

    /// Refuses every new connection and session from now on.
    func beginShutdown() { lock.withLock { shuttingDown = true } }
    var isShuttingDown: Bool { lock.withLock { shuttingDown } }
}

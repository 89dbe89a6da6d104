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
        /// Close at once, before any SSH: too many sockets are open to even say so
        /// politely, too many handshakes are pending, or the address connects too fast.
        case reject(Refusal)
    }

    /// Why a connection was closed at once; for the log.
    enum Refusal: String, Equatable {
        case shuttingDown = "shutting down"
        case tooManyConnections = "too many connections"
        case tooManyStartups = "too many pending handshakes"
        case tooManyStartupsFromAddress = "too many pending handshakes from this address"
        case tooFast = "too many connections per second from this address"
    }

    /// One address's token bucket for `maxRatePerAddress`.
    private struct Bucket {
        var tokens: Double
        var updated: NIODeadline
    }

    private let lock = NSLock()
    private let limits: ServerConfiguration.Limits
    private var connections: [ObjectIdentifier: Channel] = [:]
    /// A connection admitted and not yet logged in (it holds a MaxStartups slot).
    private struct Pending {
        let address: String
        let channel: Channel
        let since: NIODeadline
        /// Whether the client has sent anything yet (its version line comes first).
        var spoke = false
    }

    /// Connections admitted and not yet logged in (MaxStartups).
    private var pending: [ObjectIdentifier: Pending] = [:]
    /// The same, counted per address: one address may hold `maxPerAddress` of the slots,
    /// so a single host's silent sockets cannot lock everyone else out.
    private var pendingPerAddress: [String: Int] = [:]
    private var buckets: [String: Bucket] = [:]
    private var lastPrune = NIODeadline.now()
    private var perAddress: [String: Int] = [:]
    private var children: Set<pid_t> = []
    private var sessions = 0
    private var shuttingDown = false

    init(limits: ServerConfiguration.Limits) {
        self.limits = limits
    }

    // MARK: - Connections

    /// Decides about a new connection. Order matters: the rate is charged first, so an
    /// address hammering a full server still runs out of tokens.
    ///
    /// When every handshake slot is taken, a newcomer takes the slot of the oldest
    /// connection that has not said a word yet (a real client sends its version line at
    /// once; a socket that never speaks is only holding a slot), which is closed. Only
    /// when every pending client has spoken is the newcomer refused. So a flood of silent
    /// sockets, from as many addresses as it likes, can't keep a visitor out.
    func admit(_ channel: Channel, address: String, now: NIODeadline = .now()) -> Admission {
        let address = AddressKey.forLimits(address)
        let (admission, evicted) = lock.withLock { () -> (Admission, Channel?) in
            if shuttingDown { return (.reject(.shuttingDown), nil) }
            if !takeToken(address, now: now) { return (.reject(.tooFast), nil) }
            if connections.count >= limits.maxConnections { return (.reject(.tooManyConnections), nil) }
            let pendingHere = pendingPerAddress[address, default: 0]
            if pendingHere >= limits.maxPerAddress { return (.reject(.tooManyStartupsFromAddress), nil) }
            var evicted: Channel?
            if pending.count >= limits.maxStartups {
                guard let victim = pending.filter({ !$0.value.spoke }).min(by: { $0.value.since < $1.value.since }) else {
                    return (.reject(.tooManyStartups), nil)
                }
                evicted = victim.value.channel
                finishHandshake(victim.key)
            }
            let id = ObjectIdentifier(channel)
            connections[id] = channel
            pending[id] = Pending(address: address, channel: channel, since: now)
            pendingPerAddress[address] = pendingPerAddress[address, default: 0] + 1
            let count = perAddress[address, default: 0]
            perAddress[address] = count + 1
            return (count >= limits.maxPerAddress ? .busy : .serve, evicted)
        }
        // Closing runs handlers: never with the lock held.
        evicted?.close(promise: nil)
        return admission
    }

    /// The client sent its first bytes: its slot is no longer one a newcomer may take.
    func spoke(_ channel: Channel) {
        lock.withLock { pending[ObjectIdentifier(channel)]?.spoke = true }
    }

    /// The connection logged in: it no longer holds a MaxStartups slot.
    func authenticated(_ channel: Channel) {
        lock.withLock { finishHandshake(ObjectIdentifier(channel)) }
    }

    /// Called with the lock held.
    private func finishHandshake(_ id: ObjectIdentifier) {
        guard let entry = pending.removeValue(forKey: id) else { return }
        let count = pendingPerAddress[entry.address, default: 1] - 1
        pendingPerAddress[entry.address] = count > 0 ? count : nil
    }

    var pendingHandshakes: Int { lock.withLock { pending.count } }
    var bucketCount: Int { lock.withLock { buckets.count } }

    /// Token bucket: `maxRatePerAddress` tokens a second, holding at most that many.
    /// Called with the lock held.
    private func takeToken(_ address: String, now: NIODeadline) -> Bool {
        let rate = limits.maxRatePerAddress
        guard rate > 0 else { return true }
        let capacity = max(rate, 1)
        pruneBuckets(now: now, rate: rate, capacity: capacity)
        var bucket = buckets[address] ?? Bucket(tokens: capacity, updated: now)
        let elapsed = Double((now - bucket.updated).nanoseconds) / 1e9
        bucket.tokens = min(capacity, bucket.tokens + max(0, elapsed) * rate)
        bucket.updated = now
        defer { buckets[address] = bucket }
        guard bucket.tokens >= 1 else { return false }
        bucket.tokens -= 1
        return true
    }

    /// Forgets buckets that have refilled (they equal a fresh one), at most once a
    /// second, so a scan of many addresses cannot grow the table without bound.
    private func pruneBuckets(now: NIODeadline, rate: Double, capacity: Double) {
        guard buckets.count > 1024, now - lastPrune > .seconds(1) else { return }
        lastPrune = now
        let refill = TimeAmount.fractionalSeconds(capacity / rate)
        buckets = buckets.filter { now - $0.value.updated < refill }
    }

    func release(_ channel: Channel, address: String) {
        let address = AddressKey.forLimits(address)
        lock.withLock {
            finishHandshake(ObjectIdentifier(channel))
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

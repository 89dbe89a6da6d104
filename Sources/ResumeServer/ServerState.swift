import CPTY
import Glibc
import NIOCore
import Synchronization

/// What the whole server shares across event loops: counts for the limits, and the
/// connections and children that a shutdown must end. Every access takes the lock (a
/// `Mutex` around `Books`); nothing here blocks or calls out while holding it.
final class ServerState: Sendable {
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

    /// Why a connection was refused; for the log and the count the server reports when it
    /// stops. All but the last two close it at once, before any SSH.
    enum Refusal: String, Equatable, CaseIterable {
        case shuttingDown = "shutting down"
        case tooManyConnections = "too many connections"
        case tooManyStartups = "too many pending handshakes"
        case tooManyStartupsFromAddress = "too many pending handshakes from this address"
        case tooFast = "too many connections per second from this address"
        /// The client offered no key exchange, host key, cipher or MAC we have.
        case negotiationFailed = "negotiation failed"
        /// The client had not logged in when the handshake timeout came.
        case handshakeTimeout = "handshake timeout"
    }

    /// One address's token bucket for `maxRatePerAddress`.
    fileprivate struct Bucket {
        var tokens: Double
        var updated: NIODeadline
    }

    private let limits: ServerConfiguration.Limits
    private let books: Mutex<Books>

    /// Everything the lock guards.
    fileprivate struct Books {
        var connections: [ObjectIdentifier: Channel] = [:]
        /// Connections admitted and not yet logged in (MaxStartups).
        var pending: [ObjectIdentifier: Pending] = [:]
        /// The same, counted per address: one address may hold `maxPerAddress` of the
        /// slots, so a single host's silent sockets cannot lock everyone else out.
        var pendingPerAddress: [String: Int] = [:]
        var buckets: [String: Bucket] = [:]
        var lastPrune = NIODeadline.now()
        var perAddress: [String: Int] = [:]
        var children: Set<pid_t> = []
        var sessions = 0
        var shuttingDown = false
        var refusals: [Refusal: Int] = [:]
    }

    /// A connection admitted and not yet logged in (it holds a MaxStartups slot).
    fileprivate struct Pending {
        let address: String
        let channel: Channel
        let since: NIODeadline
        /// Whether the client has sent anything yet (its version line comes first).
        var spoke = false
    }

    init(limits: ServerConfiguration.Limits) {
        self.limits = limits
        books = Mutex(Books())
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
        let limits = self.limits
        let (admission, evicted) = books.withLock { books in
            let decision = books.admit(channel, address: address, now: now, limits: limits)
            if case .reject(let why) = decision.0 { books.refusals[why, default: 0] += 1 }
            return decision
        }
        // Closing runs handlers: never with the lock held.
        evicted?.close(promise: nil)
        return admission
    }

    /// The client sent its first bytes: its slot is no longer one a newcomer may take.
    func spoke(_ channel: Channel) {
        books.withLock { $0.pending[ObjectIdentifier(channel)]?.spoke = true }
    }

    /// The connection logged in: it no longer holds a MaxStartups slot.
    func authenticated(_ channel: Channel) {
        books.withLock { $0.finishHandshake(ObjectIdentifier(channel)) }
    }

    var pendingHandshakes: Int { books.withLock { $0.pending.count } }
    var bucketCount: Int { books.withLock { $0.buckets.count } }

    func release(_ channel: Channel, address: String) {
        let address = AddressKey.forLimits(address)
        books.withLock { books in
            books.finishHandshake(ObjectIdentifier(channel))
            guard books.connections.removeValue(forKey: ObjectIdentifier(channel)) != nil else { return }
            let count = books.perAddress[address, default: 1] - 1
            books.perAddress[address] = count > 0 ? count : nil
        }
    }

    var openConnections: [Channel] { books.withLock { Array($0.connections.values) } }

    /// Counts a refusal decided after admission (a failed negotiation).
    func refused(_ why: Refusal) {
        books.withLock { $0.refusals[why, default: 0] += 1 }
    }

    /// Refused connections so far, by reason.
    var refusals: [Refusal: Int] { books.withLock { $0.refusals } }

    /// The counts as one log value, in `Refusal` order, zeros left out: "none" if nothing
    /// was refused.
    var refusalSummary: String {
        let counts = refusals
        let parts = Refusal.allCases.compactMap { why in counts[why].map { "\(why.rawValue): \($0)" } }
        return parts.isEmpty ? "none" : parts.joined(separator: ", ")
    }

    // MARK: - Sessions and children

    /// Takes a session slot, or returns false when the server is at its limit.
    func reserveSession() -> Bool {
        let maxSessions = limits.maxSessions
        return books.withLock { books in
            guard !books.shuttingDown, books.sessions < maxSessions else { return false }
            books.sessions += 1
            return true
        }
    }

    /// Returns whether that was the last session.
    @discardableResult
    func releaseSession() -> Bool {
        let idle = books.withLock { books in
            books.sessions = max(0, books.sessions - 1)
            return books.sessions == 0
        }
        // The allocator keeps the high-water mark of a crowd (50 KiB a session held,
        // measured) after it leaves; with no one left, give it back to the system.
        if idle { cpty_release_free_memory() }
        return idle
    }

    /// Gives the allocator's free memory back again if there is still no session: what
    /// the last sessions' connections and handlers held is freed after their children
    /// are reaped (`ChildProcess` asks a little later).
    func releaseFreeMemoryIfIdle() {
        if books.withLock({ $0.sessions == 0 }) { cpty_release_free_memory() }
    }

    func childStarted(_ pid: pid_t) { _ = books.withLock { $0.children.insert(pid) } }
    func childReaped(_ pid: pid_t) { _ = books.withLock { $0.children.remove(pid) } }
    var liveChildren: Set<pid_t> { books.withLock { $0.children } }

    // MARK: - Shutdown

    /// Refuses every new connection and session from now on.
    func beginShutdown() { books.withLock { $0.shuttingDown = true } }
}

// MARK: - The books, always under the lock

extension ServerState.Books {
    /// See `ServerState.admit`. Returns the connection to close to make room, if any.
    mutating func admit(_ channel: Channel, address: String, now: NIODeadline,
                        limits: ServerConfiguration.Limits) -> (ServerState.Admission, Channel?) {
        if shuttingDown { return (.reject(.shuttingDown), nil) }
        if !takeToken(address, now: now, rate: limits.maxRatePerAddress) { return (.reject(.tooFast), nil) }
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
        pending[id] = ServerState.Pending(address: address, channel: channel, since: now)
        pendingPerAddress[address] = pendingPerAddress[address, default: 0] + 1
        let count = perAddress[address, default: 0]
        perAddress[address] = count + 1
        return (count >= limits.maxPerAddress ? .busy : .serve, evicted)
    }

    mutating func finishHandshake(_ id: ObjectIdentifier) {
        guard let entry = pending.removeValue(forKey: id) else { return }
        let count = pendingPerAddress[entry.address, default: 1] - 1
        pendingPerAddress[entry.address] = count > 0 ? count : nil
    }

    /// Token bucket: `rate` tokens a second, holding at most that many.
    mutating func takeToken(_ address: String, now: NIODeadline, rate: Double) -> Bool {
        guard rate > 0 else { return true }
        let capacity = max(rate, 1)
        pruneBuckets(now: now, rate: rate, capacity: capacity)
        var bucket = buckets[address] ?? ServerState.Bucket(tokens: capacity, updated: now)
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
    mutating func pruneBuckets(now: NIODeadline, rate: Double, capacity: Double) {
        guard buckets.count > 1024, now - lastPrune > .seconds(1) else { return }
        lastPrune = now
        let refill = TimeAmount.fractionalSeconds(capacity / rate)
        buckets = buckets.filter { now - $0.value.updated < refill }
    }
}

import NIOCore
import Synchronization

/// A repeating timer confined to one event loop, so its closure may use the loop's
/// non-Sendable state (NIO's `scheduleRepeatedTask` wants a Sendable closure).
/// It keeps itself alive until cancelled: a child's reaper must outlive its session.
///
/// Timers of one loop and one period share a single task of the loop (`TickGroup`):
/// each session had three of its own, and with 5,000 sessions open the loops spent a
/// sixth of a core keeping 15,000 tasks in order (NIO's scheduled-task heap, `perf
/// record` over `scripts/spike`), on the threads that open new sessions. A timer's first
/// run is therefore at its group's next tick, within one `period` from now.
final class RepeatingTimer {
    private var group: TickGroup?
    private let id: Int

    /// Must be created on `loop`.
    init(loop: EventLoop, period: TimeAmount, _ body: @escaping () -> Void) {
        let group = TickGroup.on(loop, period: period)
        self.group = group
        self.id = group.add(body)
    }

    func cancel() {
        group?.remove(id)
        group = nil
    }
}

/// The timers of one event loop that share a period: one scheduled task runs all of
/// them, and is scheduled only while there is one.
final class TickGroup {
    private let loop: EventLoop
    private let period: TimeAmount
    private let key: Key
    private var bodies: [Int: () -> Void] = [:]
    private var nextID = 0
    private var next: Scheduled<Void>?

    private init(loop: EventLoop, period: TimeAmount, key: Key) {
        self.loop = loop
        self.period = period
        self.key = key
    }

    /// The groups of every loop that has timers; a group is only ever used on its own
    /// loop, so the lock guards the table, not the groups. A group leaves the table when
    /// its last timer is cancelled, so a loop shut down is not kept.
    private struct Key: Hashable {
        var loop: ObjectIdentifier
        var period: Int64
    }
    private struct Table: @unchecked Sendable {
        var groups: [Key: TickGroup] = [:]
    }
    private static let table = Mutex(Table())

    /// `loop`'s group for `period`, made if it has none. Call on `loop`.
    static func on(_ loop: EventLoop, period: TimeAmount) -> TickGroup {
        loop.preconditionInEventLoop()
        let key = Key(loop: ObjectIdentifier(loop as AnyObject), period: period.nanoseconds)
        return table.withLock { table in
            if let group = table.groups[key] { return group }
            let group = TickGroup(loop: loop, period: period, key: key)
            table.groups[key] = group
            return group
        }
    }

    /// How many timers the group runs: for tests.
    var count: Int { bodies.count }

    func add(_ body: @escaping () -> Void) -> Int {
        nextID += 1
        bodies[nextID] = body
        if next == nil { schedule() }
        return nextID
    }

    func remove(_ id: Int) {
        bodies[id] = nil
        guard bodies.isEmpty else { return }
        next?.cancel()
        next = nil
        let key = self.key
        TickGroup.table.withLock { table in
            if table.groups[key] === self { table.groups[key] = nil }
        }
    }

    private func schedule() {
        next = loop.assumeIsolated().scheduleTask(in: period) { [self] in
            next = nil
            // A body may cancel any timer, its own included, or start one: each runs only
            // if it is still there when its turn comes, and one started now waits a period.
            for id in Array(bodies.keys) {
                bodies[id]?()
            }
            if !bodies.isEmpty, next == nil { schedule() }
        }
    }
}

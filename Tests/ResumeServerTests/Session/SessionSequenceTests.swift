@testable import ResumeServer
import TestSupport
import XCTest

/// Thousands of seeded random sessions: a visitor sending anything in any order, and a
/// child that behaves as a real one can (each output ends once, it exits once, the drain
/// limit only after it was scheduled). Whatever the order, the machine never throws and
/// keeps the promises a visitor relies on.
final class SessionSequenceTests: XCTestCase {
    func testRandomSessionsKeepTheirPromises() {
        for seed in 0..<3_000 {
            var random = SeededGenerator(seed: UInt64(seed))
            var world = World()
            for _ in 0..<(10 + random.below(60)) {
                guard let event = world.next(&random) else { break }
                world.handle(event, seed: seed)
                if world.failed { return }
            }
        }
    }
}

/// One random session: what may happen next, and the checks on what the machine does.
private struct World {
    var machine = Machine()
    var failed = false
    // What the simulated child can still do.
    var childRuns = false
    var inputPending = false
    var openOutputs: [ChildStream] = []
    var exited = false
    var drainScheduled = false
    var timersStarted = false
    var dataSent = 0
    // What the machine has done, for the promises.
    var written: [String] = []
    var inputClosed = false
    var exitSent = false
    var released = false
    var ended = false

    mutating func next(_ random: inout SeededGenerator) -> SessionEvent<String>? {
        var candidates: [SessionEvent<String>] = [
            .ptyRequest(xterm, wantReply: random.below(2) == 0), .windowChange(WindowSize(columns: 60, rows: 20)),
            .shell(wantReply: true), .exec(["json", "help", "talks", "bogus", "plain"][random.below(5)], wantReply: true),
            .environment(name: "LANG", value: "en_US.UTF-8", wantReply: true), .subsystem(wantReply: false), .signal, .endOfInput,
        ]
        dataSent += 1
        candidates += Array(repeating: .data("\(dataSent)"), count: 4)
        if random.below(30) == 0 { candidates.append(.channelClosed) }
        if childRuns {
            if inputPending { candidates += [.childInputReady, .childInputReady, .childInputFailed] }
            for stream in openOutputs { candidates += [.childOutput("out", stream), .childOutputEnded(stream)] }
            if !exited { candidates.append(.childExited(.exited(Int32(random.below(3))))) }
            if drainScheduled { candidates.append(.drainTimeLimit) }
            if timersStarted { candidates += [.idleTimeout(seconds: 1), .sessionTooLong(seconds: 1)] }
        }
        return candidates[random.below(candidates.count)]
    }

    mutating func handle(_ event: SessionEvent<String>, seed: Int) {
        let before = machine.state.name
        let actions: [Action]
        do {
            actions = try machine.handle(event)
        } catch {
            return fail("seed \(seed): \(error)")
        }
        let wanted: Bool
        switch event {
        case .ptyRequest(_, let want), .shell(let want), .exec(_, let want), .environment(_, _, let want), .subsystem(let want):
            wanted = want
        default:
            wanted = false
        }
        let replies = actions.filter { if case .reply = $0 { return true } else { return false } }
        if replies.count > (wanted ? 1 : 0) { return fail("seed \(seed): \(replies.count) replies to \(event)") }
        if wanted, replies.isEmpty { return fail("seed \(seed): no reply to \(event) in \(before)") }
        for action in actions { perform(action, after: event, seed: seed) }
        switch event {
        case .childInputReady, .childInputFailed: inputPending = false
        case .childOutputEnded(let stream): openOutputs.removeAll { $0 == stream }
        case .childExited: exited = true
        case .drainTimeLimit: drainScheduled = false
        case .idleTimeout, .sessionTooLong: timersStarted = false  // SessionTimeouts reports one
        default: break
        }
    }

    private mutating func perform(_ action: Action, after event: SessionEvent<String>, seed: Int) {
        switch action {
        case .start(_, let terminal, _):
            // The handler reports the outcome at once: mostly a child.
            if (seed + dataSent) % 5 == 0 {
                handle(.startRefused(.busy), seed: seed)
            } else {
                childRuns = true
                inputPending = true
                openOutputs = terminal == nil ? [.output, .errors] : [.output]
                handle(.started, seed: seed)
            }
        case .startTimers: timersStarted = true
        case .scheduleDrainLimit: drainScheduled = true
        case .writeToChild(let chunk):
            if inputClosed { fail("seed \(seed): input written after the child's stdin was closed") }
            if let last = written.last, let previous = Int(last), let next = Int(chunk), next <= previous {
                fail("seed \(seed): input out of order: \(chunk) after \(last)")
            }
            written.append(chunk)
        case .closeChildInput:
            if inputClosed { fail("seed \(seed): stdin closed twice") }
            inputClosed = true
        case .sendToVisitor, .say:
            if exitSent { fail("seed \(seed): \(action) after exit-status") }
        case .sendExit:
            if exitSent { fail("seed \(seed): exit-status twice") }
            exitSent = true
        case .release:
            if released { fail("seed \(seed): released twice") }
            released = true
        case .log(.ended), .log(.answered):
            if ended { fail("seed \(seed): the end logged twice") }
            ended = true
        case .reply, .flushToChild, .resizeTerminal, .resumeReading, .hangUpChild, .log(.started):
            break
        }
    }

    private mutating func fail(_ message: String) {
        failed = true
        XCTFail(message)
    }
}

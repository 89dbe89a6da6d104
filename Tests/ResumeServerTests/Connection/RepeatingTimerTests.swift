import NIOCore
import NIOEmbedded
@testable import ResumeServer
import XCTest

/// The timers every session keeps (its limits, its connection's, its child's reaper):
/// those of one loop and one period run from one task of the loop, and each still runs
/// once a period until it is cancelled.
final class RepeatingTimerTests: XCTestCase {
    private let loop = EmbeddedEventLoop()

    func testTimersOfOneLoopAndPeriodShareOneTaskAndEachRunsOnceAPeriod() {
        var runs = [0, 0, 0]
        let timers = (0..<3).map { index in RepeatingTimer(loop: loop, period: .seconds(1)) { runs[index] += 1 } }
        var slower = 0
        let slow = RepeatingTimer(loop: loop, period: .seconds(2)) { slower += 1 }
        XCTAssertEqual(TickGroup.on(loop, period: .seconds(1)).count, 3)
        XCTAssertEqual(TickGroup.on(loop, period: .seconds(2)).count, 1)
        XCTAssertEqual(TickGroup.on(EmbeddedEventLoop(), period: .seconds(1)).count, 0, "another loop has its own")

        loop.advanceTime(by: .milliseconds(999))
        XCTAssertEqual(runs, [0, 0, 0])
        loop.advanceTime(by: .milliseconds(1))
        XCTAssertEqual(runs, [1, 1, 1])
        loop.advanceTime(by: .seconds(3))
        XCTAssertEqual(runs, [4, 4, 4])
        XCTAssertEqual(slower, 2)
        timers.forEach { $0.cancel() }
        slow.cancel()
    }

    func testACancelledTimerNeverRunsAgainAndAnEmptyGroupIsGone() {
        var kept = 0, dropped = 0
        let keep = RepeatingTimer(loop: loop, period: .seconds(1)) { kept += 1 }
        let drop = RepeatingTimer(loop: loop, period: .seconds(1)) { dropped += 1 }
        loop.advanceTime(by: .seconds(1))
        drop.cancel()
        loop.advanceTime(by: .seconds(5))
        XCTAssertEqual(kept, 6)
        XCTAssertEqual(dropped, 1)

        let group = TickGroup.on(loop, period: .seconds(1))
        keep.cancel()
        XCTAssertEqual(group.count, 0)
        XCTAssertFalse(TickGroup.on(loop, period: .seconds(1)) === group, "the empty group left the table")
        loop.advanceTime(by: .seconds(5))
        XCTAssertEqual(kept, 6)
    }

    func testATimerMayCancelAnotherOrStartOneDuringATick() {
        var first = 0, second = 0, started = 0
        var secondTimer: RepeatingTimer?
        var startedTimer: RepeatingTimer?
        let firstTimer = RepeatingTimer(loop: loop, period: .seconds(1)) {
            first += 1
            secondTimer?.cancel()
            if startedTimer == nil {
                startedTimer = RepeatingTimer(loop: self.loop, period: .seconds(1)) { started += 1 }
            }
        }
        secondTimer = RepeatingTimer(loop: loop, period: .seconds(1)) { second += 1 }
        loop.advanceTime(by: .seconds(1))
        // The second ran in that tick only if its turn came before the first's.
        XCTAssertLessThanOrEqual(second, 1)
        XCTAssertEqual(started, 0, "a timer started during a tick waits a period")
        loop.advanceTime(by: .seconds(2))
        XCTAssertEqual(first, 3)
        XCTAssertLessThanOrEqual(second, 1)
        XCTAssertEqual(started, 2)
        firstTimer.cancel()
        startedTimer?.cancel()
    }
}

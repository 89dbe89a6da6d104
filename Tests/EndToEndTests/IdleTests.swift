import Foundation
import XCTest

/// A screen nobody types into sleeps. On a server every visitor's session is such a
/// screen, and thousands may sit on a page at once: each one that woke to look for
/// signals cost the host CPU for nothing (`scripts/spike`). Yet a key, a resize and a
/// quit signal must still reach it at once.
final class IdleTests: XCTestCase {
    func testAnIdleScreenSleepsUntilAKeyAResizeOrASignal() throws {
        let fixture = Fixture.english
        let session = try TmuxSession.viewer(fixture)
        let pid = try session.programPID()
        // The first screen is drawn (the footer is its last row): from here on, nothing
        // happens unless the screen wakes by itself.
        let before = try wakeUps(pid)
        Thread.sleep(forTimeInterval: 3)
        let after = try wakeUps(pid)
        XCTAssertLessThanOrEqual(after - before, 1, "an idle screen woke \(after - before) times in 3 s")

        try session.send("2")
        try session.waitForFooter("Career") { $0.shows("Career", from: 1) }
        try session.resize(width: 60, height: 20)
        let screen = try session.waitForFooter("Career relaid in 18 body rows") { $0.shows("Career", bodyRows: 18) }
        XCTAssertTrue(screen.contains(fixture.career), screen)
        XCTAssertEqual(kill(pid, SIGTERM), 0)
        XCTAssertEqual(session.exitStatus(), 143)
    }

    /// How many times the process has gone to sleep and been woken (the kernel's count
    /// of voluntary context switches).
    private func wakeUps(_ pid: pid_t) throws -> Int {
        let status = try String(contentsOfFile: "/proc/\(pid)/status", encoding: .utf8)
        guard let line = status.split(separator: "\n").first(where: { $0.hasPrefix("voluntary_ctxt_switches:") }),
              let count = Int(line.split(separator: ":")[1].trimmingCharacters(in: .whitespaces))
        else { throw HarnessError("no voluntary_ctxt_switches in /proc/\(pid)/status") }
        return count
    }
}

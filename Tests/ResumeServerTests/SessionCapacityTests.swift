import Glibc
@testable import ResumeServer
import XCTest

/// The default session limit: what the host holds, from the bound that is smallest.
final class SessionCapacityTests: XCTestCase {
    func testTheSmallestBoundHoldsAndTheLogLineSaysWhich() {
        let ptys = SessionCapacity(byMemory: 5_342, byOpenFiles: 16_368, byPtys: 4_030)
        XCTAssertEqual(ptys.sessions, 4_030)
        XCTAssertEqual(ptys.description,
                       "capacity: 4030 sessions, bound by ptys (kernel.pty.max) (memory 5342, open files 16368, ptys 4030)")
        let memory = SessionCapacity(byMemory: 211, byOpenFiles: 320, byPtys: nil)
        XCTAssertEqual(memory.sessions, 211)
        XCTAssertEqual(memory.bound, "memory")
        XCTAssertTrue(memory.description.contains("ptys unknown"), memory.description)
    }

    func testNothingReadableFallsBackToTheOldDefaultAndNothingGivesAtLeastOne() {
        XCTAssertEqual(SessionCapacity(byMemory: nil, byOpenFiles: nil, byPtys: nil).sessions, 64)
        XCTAssertEqual(SessionCapacity(byMemory: 0, byOpenFiles: 320, byPtys: 0).sessions, 1)
    }

    /// On this machine: the figures come from the host itself and agree with it.
    func testThisHostIsRead() throws {
        let files = OpenFileLimit(before: 1024, after: 1024, hard: 1024)
        let capacity = SessionCapacity.ofThisHost(openFiles: files)
        XCTAssertEqual(capacity.byOpenFiles, 320)
        let memory = try XCTUnwrap(capacity.byMemory, "/proc/meminfo has MemTotal")
        let pages = UInt64(sysconf(Int32(_SC_PHYS_PAGES))) * UInt64(sysconf(Int32(_SC_PAGESIZE)))
        XCTAssertLessThanOrEqual(memory, Int(pages / 2 / SessionCapacity.bytesPerSession) + 1)
        XCTAssertGreaterThan(memory, 0)
        if let ptys = capacity.byPtys {
            XCTAssertLessThan(ptys, 1 << 22, "kernel.pty.max minus those in use and the reserve")
        }
        XCTAssertLessThanOrEqual(capacity.sessions, 320)
    }
}

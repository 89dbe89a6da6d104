import Glibc
@testable import ResumeServer
import XCTest

final class OpenFileLimitTests: XCTestCase {
    func testTheSoftLimitIsRaisedToTheHardOne() throws {
        // Lowered first, so that there is something to raise whatever the machine's own
        // limits are; the test process keeps the raised limit, as the server would.
        var limit = rlimit()
        XCTAssertEqual(getrlimit(Int32(RLIMIT_NOFILE.rawValue), &limit), 0)
        var lowered = limit
        lowered.rlim_cur = min(limit.rlim_max, 256)
        XCTAssertEqual(setrlimit(Int32(RLIMIT_NOFILE.rawValue), &lowered), 0)

        let raised = try XCTUnwrap(OpenFileLimit.raise())
        XCTAssertEqual(raised.before, UInt64(lowered.rlim_cur))
        XCTAssertEqual(raised.after, UInt64(limit.rlim_max))
        XCTAssertEqual(raised.hard, UInt64(limit.rlim_max))
        var now = rlimit()
        XCTAssertEqual(getrlimit(Int32(RLIMIT_NOFILE.rawValue), &now), 0)
        XCTAssertEqual(now.rlim_cur, limit.rlim_max, "the process really has it")
        if raised.after > raised.before {
            XCTAssertTrue(raised.description.hasPrefix("open files: raised from 256 to "), raised.description)
        }
    }

    func testRoomForSessionsLeavesAReserve() {
        XCTAssertEqual(OpenFileLimit(before: 1024, after: 1024, hard: 1024).sessions(), 320)
        XCTAssertEqual(OpenFileLimit(before: 1024, after: 524_288, hard: 524_288).sessions(), 174_741)
        XCTAssertEqual(OpenFileLimit(before: 10, after: 10, hard: 10).sessions(), 0)
        XCTAssertEqual(OpenFileLimit(before: 1024, after: 1024, hard: 1024).description,
                       "open files: 1024 (hard limit 1024): room for about 320 sessions")
    }
}

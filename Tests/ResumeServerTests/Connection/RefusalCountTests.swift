import NIOCore
import NIOEmbedded
@testable import ResumeServer
import XCTest

/// Refusals are counted by reason, failed negotiations with the rest, for the line the
/// server logs when it stops.
final class RefusalCountTests: XCTestCase {
    func testRefusalsAreCountedByReasonAndSummarised() {
        var limits = ServerConfiguration.Limits()
        limits.maxRatePerAddress = 1
        let state = ServerState(limits: limits)
        XCTAssertEqual(state.refusalSummary, "none")
        let now = NIODeadline.now()
        XCTAssertEqual(state.admit(EmbeddedChannel(), address: "10.0.0.1", now: now), .serve)
        XCTAssertEqual(state.admit(EmbeddedChannel(), address: "10.0.0.1", now: now), .reject(.tooFast))
        state.refused(.negotiationFailed)
        state.refused(.negotiationFailed)
        XCTAssertEqual(state.refusals, [.tooFast: 1, .negotiationFailed: 2])
        XCTAssertEqual(state.refusalSummary, "too many connections per second from this address: 1, negotiation failed: 2")
    }
}

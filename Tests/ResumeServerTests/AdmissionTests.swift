import NIOCore
import NIOEmbedded
@testable import ResumeServer
import XCTest

final class AdmissionTests: XCTestCase {
    private func limits(rate: Double = 0, startups: Int = 100, perAddress: Int = 100) -> ServerConfiguration.Limits {
        var limits = ServerConfiguration.Limits()
        limits.maxRatePerAddress = rate
        limits.maxStartups = startups
        limits.maxPerAddress = perAddress
        limits.maxSessions = 1000
        return limits
    }

    /// The last session's end is what makes the server give its free memory back (now,
    /// and again once that session's connection and handlers are gone).
    func testReleasingTheLastSessionSaysSo() {
        let state = ServerState(limits: limits())
        XCTAssertTrue(state.reserveSession())
        XCTAssertTrue(state.reserveSession())
        XCTAssertFalse(state.releaseSession(), "one session is still open")
        XCTAssertTrue(state.releaseSession(), "that was the last")
        XCTAssertTrue(state.releaseSession(), "a stray release finds no session either, and counts none below zero")
        XCTAssertTrue(state.reserveSession())
        XCTAssertTrue(state.releaseSession())
    }

    func testTokenBucketAllowsTheRateAndRefills() {
        let state = ServerState(limits: limits(rate: 5))
        let start = NIODeadline.now()
        var admitted = 0
        for _ in 0..<20 where state.admit(EmbeddedChannel(), address: "10.0.0.1", now: start) != .reject(.tooFast) {
            admitted += 1
        }
        XCTAssertEqual(admitted, 5, "a burst of the rate")
        XCTAssertEqual(state.admit(EmbeddedChannel(), address: "10.0.0.2", now: start), .serve, "another address is not charged")
        XCTAssertEqual(state.admit(EmbeddedChannel(), address: "10.0.0.1", now: start + .milliseconds(150)),
                       .reject(.tooFast), "0.75 token after 150 ms")
        XCTAssertEqual(state.admit(EmbeddedChannel(), address: "10.0.0.1", now: start + .milliseconds(250)), .serve)
    }

    func testZeroRateIsNoLimit() {
        let state = ServerState(limits: limits(rate: 0))
        let now = NIODeadline.now()
        for _ in 0..<50 {
            XCTAssertEqual(state.admit(EmbeddedChannel(), address: "10.0.0.1", now: now), .serve)
        }
    }

    func testPendingHandshakesAreBoundedAndFreedByLogin() {
        let state = ServerState(limits: limits(startups: 3))
        let channels = (0..<3).map { _ in EmbeddedChannel() }
        for channel in channels {
            XCTAssertEqual(state.admit(channel, address: "a"), .serve)
            state.spoke(channel)  // clients that spoke keep their slots
        }
        XCTAssertEqual(state.admit(EmbeddedChannel(), address: "b"), .reject(.tooManyStartups))
        state.authenticated(channels[0])
        XCTAssertEqual(state.pendingHandshakes, 2)
        XCTAssertEqual(state.admit(EmbeddedChannel(), address: "b"), .serve)
        state.release(channels[1], address: "a")
        XCTAssertEqual(state.pendingHandshakes, 2)
    }

    func testANewcomerTakesTheSlotOfTheOldestSilentConnection() throws {
        let state = ServerState(limits: limits(startups: 3))
        let start = NIODeadline.now()
        let channels = (0..<3).map { _ in EmbeddedChannel() }
        for channel in channels { try channel.connect(to: SocketAddress(ipAddress: "127.0.0.1", port: 1)).wait() }
        for (index, channel) in channels.enumerated() {
            XCTAssertEqual(state.admit(channel, address: "a\(index)", now: start + .milliseconds(Int64(index))), .serve)
        }
        state.spoke(channels[0])  // the oldest has spoken: it is not the one to go
        let newcomer = EmbeddedChannel()
        XCTAssertEqual(state.admit(newcomer, address: "b", now: start + .seconds(1)), .serve)
        XCTAssertEqual(state.pendingHandshakes, 3)
        (channels[0].eventLoop as? EmbeddedEventLoop)?.run()
        XCTAssertEqual(channels.map(\.isActive), [true, false, true], "the oldest silent connection was closed to make room")
    }

    func testOneAddressHoldsAtMostItsShareOfPendingHandshakes() {
        let state = ServerState(limits: limits(startups: 32, perAddress: 4))
        let channels = (0..<4).map { _ in EmbeddedChannel() }
        for channel in channels { XCTAssertEqual(state.admit(channel, address: "a"), .serve) }
        XCTAssertEqual(state.admit(EmbeddedChannel(), address: "a"), .reject(.tooManyStartupsFromAddress))
        XCTAssertEqual(state.admit(EmbeddedChannel(), address: "b"), .serve, "others still get a slot")
        state.authenticated(channels[0])
        // Logged in, it no longer holds a slot; a fifth connection is then over the
        // per-address limit of connections: served with "busy" after its handshake.
        XCTAssertEqual(state.admit(EmbeddedChannel(), address: "a"), .busy)
    }

    func testIPv6AddressesCountByTheirSlash64() {
        XCTAssertEqual(AddressKey.forLimits("203.0.113.7"), "203.0.113.7")
        XCTAssertEqual(AddressKey.forLimits("2001:db8:1:2:aaaa::1"), "2001:db8:1:2::/64")
        XCTAssertEqual(AddressKey.forLimits("2001:db8:1:2:bbbb::9"), "2001:db8:1:2::/64")
        XCTAssertEqual(AddressKey.forLimits("::ffff:198.51.100.9"), "198.51.100.9")
        XCTAssertEqual(AddressKey.forLimits("not an address"), "not an address")
        let state = ServerState(limits: limits(rate: 2))
        let now = NIODeadline.now()
        XCTAssertEqual(state.admit(EmbeddedChannel(), address: "2001:db8::1", now: now), .serve)
        XCTAssertEqual(state.admit(EmbeddedChannel(), address: "2001:db8::2", now: now), .serve)
        XCTAssertEqual(state.admit(EmbeddedChannel(), address: "2001:db8::3", now: now), .reject(.tooFast),
                       "the same /64")
        XCTAssertEqual(state.admit(EmbeddedChannel(), address: "2001:db8:0:1::1", now: now), .serve)
    }

    func testManyAddressesDoNotGrowTheTableWithoutBound() {
        let state = ServerState(limits: limits(rate: 10))
        var now = NIODeadline.now()
        for index in 0..<5_000 {
            let channel = EmbeddedChannel()
            _ = state.admit(channel, address: "10.\(index / 65536).\(index / 256 % 256).\(index % 256)", now: now)
            state.release(channel, address: "")
            now = now + .milliseconds(2)
        }
        XCTAssertLessThan(state.bucketCount, 2_000)
    }
}

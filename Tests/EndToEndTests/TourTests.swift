import Foundation
import XCTest

/// The recruiter demo: the tour moves through every page by itself and hands over the
/// controls at the first key press, leaving a usable terminal.
final class TourTests: XCTestCase {
    func testTourVisitsEveryPageAndStopsOnAKey() throws {
        let session = try TmuxSession(TmuxSession.quote(Binary.url.path) + " tour --speed 8", width: 80, height: 24)
        try session.waitFor(text: "any key takes over")
        // The footer names the page the tour is on; each must come by itself.
        for page in ["Career", "Talks", "Skills"] {
            try session.waitFor(text: "▶ \(page)", timeout: 20)
        }
        try session.waitFor(text: "ㄹㄷㅅ finds 레디스", timeout: 20)
        try session.send("x")
        try session.waitFor(text: "you have the controls")
        // Stopped where it stood: nothing moves any more, and the keys are the user's.
        let stopped = try session.screen()
        Thread.sleep(forTimeInterval: 1)
        XCTAssertEqual(try session.screen(), stopped)
        try session.send("1")
        try session.waitFor(text: "기술적으로")
        try session.send("q")
        XCTAssertEqual(session.exitStatus(), 0)
    }

    func testTourNeedsATerminal() throws {
        let result = try Binary.run(["tour"])
        XCTAssertEqual(result.status, 2)
        XCTAssertTrue(result.stderr.contains("needs a terminal"), result.stderr)
    }
}

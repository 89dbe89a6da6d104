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

/// `tour --record`: an asciicast v2 file that asciinema plays.
final class TourRecordingTests: XCTestCase {
    func testRecordedTourParsesAndPlays() throws {
        let cast = NSTemporaryDirectory() + "tour-\(UUID().uuidString).cast"
        defer { try? FileManager.default.removeItem(atPath: cast) }
        let result = try Binary.run(["tour", "--speed", "20", "--record", cast])
        XCTAssertEqual(result.status, 0, result.stderr)
        let lines = try String(contentsOfFile: cast, encoding: .utf8).split(separator: "\n")
        let header = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(lines[0].utf8)) as? [String: Any])
        XCTAssertEqual(header["version"] as? Int, 2)
        XCTAssertEqual(header["width"] as? Int, 80)
        XCTAssertEqual(header["height"] as? Int, 24)
        var output = ""
        var last = 0.0
        for line in lines.dropFirst() {
            let event = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(line.utf8)) as? [Any])
            let time = try XCTUnwrap(event[0] as? Double)
            XCTAssertGreaterThanOrEqual(time, last, "events are in time order")
            last = time
            XCTAssertEqual(event[1] as? String, "o")
            output += try XCTUnwrap(event[2] as? String)
        }
        for frame in ["Wonho Ha", "비바리퍼블리카", "Gophercon", "Distributed Systems", "ㄹㄷㅅ"] {
            XCTAssertTrue(output.contains(frame), "the recording never shows \(frame)")
        }
        XCTAssertGreaterThan(lines.count, 50, "a tour is many frames")

        // And asciinema plays it in a real terminal.
        let player = try TmuxSession("asciinema play -s 4 " + TmuxSession.quote(cast), width: 80, height: 24)
        try player.waitFor(text: "Wonho Ha", timeout: 15)
        try player.waitFor(text: "▶ Skills", timeout: 15)
        XCTAssertEqual(player.exitStatus(timeout: 20), 0)
    }
}

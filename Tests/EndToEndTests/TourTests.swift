import Foundation
import XCTest

/// The recruiter demo: the tour moves through every page by itself and hands over the
/// controls at the first key press, leaving a usable terminal.
final class TourTests: XCTestCase {
    func testTourVisitsEveryPageAndStopsOnAKey() throws {
        let session = try TmuxSession(TmuxSession.quote(Binary.url.path) + " tour --speed 5", width: 80, height: 24)
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
        let directory = NSTemporaryDirectory() + "tour-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let cast = directory + "/tour.cast"
        let result = try Binary.run(["tour", "--speed", "20", "--record", cast])
        XCTAssertEqual(result.status, 0, result.stderr)
        let lines = try String(contentsOfFile: cast, encoding: .utf8).split(separator: "\n")
        let header = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(lines[0].utf8)) as? [String: Any])
        XCTAssertEqual(header["version"] as? Int, 2)
        XCTAssertEqual(header["width"] as? Int, 80)
        XCTAssertEqual(header["height"] as? Int, 24)
        var frames: [String] = []
        var last = 0.0
        for line in lines.dropFirst() {
            let event = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(line.utf8)) as? [Any])
            let time = try XCTUnwrap(event[0] as? Double)
            XCTAssertGreaterThanOrEqual(time, last, "events are in time order")
            last = time
            XCTAssertEqual(event[1] as? String, "o")
            frames.append(try XCTUnwrap(event[2] as? String))
        }
        XCTAssertGreaterThan(frames.count, 20, "a tour is many frames")

        // What a terminal shows at each stop of the tour: the recording up to the first
        // frame that draws a page, written to a real terminal, must show that whole page
        // with its footer. (Each event is a whole frame, so the cut never tears one.)
        let stops = [("Wonho Ha", "▶ About"), ("2023.09 – 현재", "▶ Career"), ("Pythonic Clean Architecture", "▶ Talks"),
                     ("Distributed Systems and Scalability", "▶ Skills"), ("ㄹㄷㅅ finds 레디스", "▶ Career")]
        for (text, footer) in stops {
            let index = try XCTUnwrap(frames.firstIndex { $0.contains(text) }, "the recording never shows \(text)")
            let prefix = directory + "/prefix.out"
            try frames[...index].joined().write(toFile: prefix, atomically: true, encoding: .utf8)
            let terminal = try TmuxSession("cat " + TmuxSession.quote(prefix) + "; sleep 600", width: 80, height: 24)
            let screen = try terminal.waitFor("\(text) above \(footer)") { $0.contains(text) && $0.contains(footer) }
            XCTAssertTrue(screen.contains("Wonho Ha │"), "the tab bar is drawn:\n\(screen)")
        }

        // And asciinema, the player people have, plays the file to its end in a real
        // terminal: tmux copies everything the player writes to the pane into a file,
        // attached before the player may start, so no frame can be missed.
        let go = directory + "/go", played = directory + "/played.out"
        let player = try TmuxSession("while [ ! -e \(TmuxSession.quote(go)) ]; do sleep 0.05; done; python3 -m asciinema play -s 20 " + TmuxSession.quote(cast),
                                     width: 80, height: 24)
        try player.command("pipe-pane", "-o", "-t", player.name, "cat > " + TmuxSession.quote(played))
        XCTAssertTrue(FileManager.default.createFile(atPath: go, contents: nil))
        let status = player.exitStatus(timeout: 20)
        XCTAssertEqual(status, 0, "asciinema play failed; the screen was:\n\((try? player.screen()) ?? "")")
        // tmux may still be copying the last frames when the status is written.
        var output = ""
        let deadline = Date().addingTimeInterval(5)
        repeat {
            output = String(decoding: FileManager.default.contents(atPath: played) ?? Data(), as: UTF8.self)
            if stops.allSatisfy({ output.contains($0.0) }) { break }
            Thread.sleep(forTimeInterval: 0.05)
        } while Date() < deadline
        for (text, _) in stops {
            XCTAssertTrue(output.contains(text), "asciinema never wrote \(text) to the terminal")
        }
    }
}

import Foundation
import XCTest

/// What the tour of a fixture stops on: its pages, each with a line only that page
/// shows, and the captions the tour builds from the résumé (its first figure, and for
/// a Korean résumé its most used word found by initial consonants).
struct TourStops {
    let fixture: Fixture
    /// (text on the screen, what the footer says then), in the order the tour shows them.
    let stops: [(text: String, footer: String)]

    static let english = TourStops(fixture: .english, captions: [
        // "Cut p99 latency from 900ms …": the first figure on the Career page.
        ("key figure: p99", "▶ Career"),
    ])
    /// A Korean résumé's tour speaks Korean, its tabs too.
    static let korean = TourStops(fixture: .korean, captions: [
        // "하루 300만 건의 …": the first figure; 캐시 is the fixture's most used word.
        ("핵심 수치: 300만", "▶ 경력"), ("초성 검색: ㅋㅅ → 캐시", "▶ 경력"),
    ], tabs: ["소개", "경력", "발표", "기술"], takeOver: "아무 키나 누르면 직접 조작", handedOver: "이제 직접 조작하세요: ?로 키 보기")
    static let both = [english, korean]

    /// The tab names, About to Skills, and the footer's words as the tour plays and stops.
    let tabs: [String]
    let takeOver: String
    let handedOver: String

    private init(fixture: Fixture, captions: [(String, String)], tabs: [String] = ["About", "Career", "Talks", "Skills"],
                 takeOver: String = "any key takes over", handedOver: String = "you have the controls: ? shows the keys") {
        self.fixture = fixture
        self.tabs = tabs
        self.takeOver = takeOver
        self.handedOver = handedOver
        stops = [(fixture.about, "▶ " + tabs[0]), (fixture.career, "▶ " + tabs[1])] + captions
            + [(fixture.talks, "▶ " + tabs[2]), (fixture.skills, "▶ " + tabs[3])]
    }
}

/// The recruiter demo: the tour moves through every page by itself and hands over the
/// controls at the first key press, leaving a usable terminal.
final class TourTests: XCTestCase {
    func testTourVisitsEveryPageAndStopsOnAKey() throws {
        for tour in TourStops.both {
            // --loop: the tour never ends by itself, so the key below always lands on a
            // tour still playing, however slowly the machine runs it.
            let session = try TmuxSession(TmuxSession.quote(Binary.url.path) + " tour --loop --speed 5 " + tour.fixture.fileArgument,
                                          width: 80, height: 24)
            try session.waitFor(text: tour.takeOver)
            // The footer names the page the tour is on and what it shows; each must come by itself.
            for page in tour.tabs.dropFirst() {
                try session.waitFor(text: "▶ \(page)", timeout: 20)
            }
            for (text, footer) in tour.stops.dropFirst(2).prefix(tour.stops.count - 4) {
                try session.waitForFooter("\(footer) · \(text) (\(tour.fixture))", timeout: 20) {
                    $0.text.hasPrefix(" \(footer) · \(text)")
                }
            }
            try session.send("x")
            // The words of a key taking over; a tour that ended would say "end of the tour".
            try session.waitForFooter("the controls handed over (\(tour.fixture))") {
                $0.text.contains(tour.handedOver)
            }
            // Stopped where it stood: nothing moves any more, and the keys are the user's.
            let stopped = try session.screen()
            Thread.sleep(forTimeInterval: 1)
            XCTAssertEqual(try session.screen(), stopped, "\(tour.fixture)")
            try session.send("1")
            let about = try session.waitForFooter("About (\(tour.fixture))") { $0.shows("About", from: 1) }
            XCTAssertTrue(about.contains(tour.fixture.about), about)
            try session.send("q")
            XCTAssertEqual(session.exitStatus(), 0)
        }
    }

    func testTourNeedsATerminal() throws {
        let result = try Binary.run(["tour", "--file", Fixture.english.path])
        XCTAssertEqual(result.status, 2)
        XCTAssertTrue(result.stderr.contains("needs a terminal"), result.stderr)
    }
}

/// `tour --record`: an asciicast v2 file that asciinema plays.
final class TourRecordingTests: XCTestCase {
    func testRecordedTourParsesAndPlays() throws {
        for tour in TourStops.both {
            try assertRecordingParsesAndPlays(tour)
        }
    }

    private func assertRecordingParsesAndPlays(_ tour: TourStops) throws {
        let directory = NSTemporaryDirectory() + "tour-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let cast = directory + "/tour.cast"
        let result = try Binary.run(["tour", "--speed", "20", "--record", cast, "--file", tour.fixture.path])
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

        // What a terminal shows at each stop of the tour: the recording up to the event
        // that writes the stop's text, written to a real terminal, must show it with its
        // footer. The recorder puts a frame in one event when its bytes come together;
        // on a busy machine one may come in two, so the cut may move on a few events
        // (while the text stays) until the frame's footer is in too.
        var stream = ""
        let ends = frames.map { frame -> String.Index in
            stream += frame
            return stream.endIndex
        }
        for (text, footer) in tour.stops {
            let found = try XCTUnwrap(stream.range(of: text), "the recording never shows \(text)")
            let first = try XCTUnwrap(ends.firstIndex { $0 >= found.upperBound })
            var screen = ""
            for index in first..<min(first + 5, frames.count) {
                screen = try render(frames[...index].joined(), in: directory)
                if screen.contains(text) && screen.contains(footer) { break }
            }
            XCTAssertTrue(screen.contains(text) && screen.contains(footer), "\(text) above \(footer):\n\(screen)")
            XCTAssertTrue(screen.contains(" \(tour.fixture.name) │"), "the tab bar is drawn:\n\(screen)")
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
            if tour.stops.allSatisfy({ output.contains($0.text) }) { break }
            Thread.sleep(forTimeInterval: 0.05)
        } while Date() < deadline
        for (text, _) in tour.stops {
            XCTAssertTrue(output.contains(text), "asciinema never wrote \(text) to the terminal")
        }
    }

    /// What an 80x24 terminal shows after `bytes`. The shell sets the window title once
    /// `cat` is done; tmux reads the pane's output in order, so once the title is set
    /// every byte before it is on the screen.
    private func render(_ bytes: String, in directory: String) throws -> String {
        let prefix = directory + "/prefix.out"
        try bytes.write(toFile: prefix, atomically: true, encoding: .utf8)
        let terminal = try TmuxSession("cat " + TmuxSession.quote(prefix) + "; printf '\\033]2;rendered\\033\\\\'; sleep 600",
                                       width: 80, height: 24)
        let rendered = SSHServerHarness.eventually(timeout: 10) {
            (try? terminal.command("display-message", "-p", "-t", terminal.name, "#{pane_title}"))?
                .trimmingCharacters(in: .whitespacesAndNewlines) == "rendered"
        }
        XCTAssertTrue(rendered, "the terminal never finished reading the recording")
        return try terminal.screen()
    }
}

import Foundation
import TestSupport
import XCTest

/// Hostile keystrokes into the running UI: escape-sequence fragments, bracketed-paste
/// wrappers, invalid UTF-8, NUL, a one-byte CSI (0x9B) and a 64 KiB burst of mixed bytes.
/// Whatever arrives, the UI keeps answering keys, quits cleanly, and shows nothing but
/// printable text (no control character reaches the screen, the title or the prompt).
final class HostileInputTests: XCTestCase {
    private func start(_ fixture: Fixture) throws -> TmuxSession {
        try TmuxSession.viewer(fixture, environment: ["LANG": "C.UTF-8", "LC_ALL": "C.UTF-8"])
    }

    /// Sends raw bytes to the pane (`send-keys -H`), in pieces small enough for one tmux message.
    private func sendBytes(_ session: TmuxSession, _ bytes: [UInt8]) throws {
        var start = 0
        while start < bytes.count {
            let piece = bytes[start..<min(start + 2048, bytes.count)]
            try TmuxSession.tmux(session.socket, ["send-keys", "-t", session.name, "-H"] + piece.map { String(format: "%02x", $0) })
            start += piece.count
        }
    }

    private func rows(_ screen: String) -> [String] { screen.components(separatedBy: "\n") }

    /// Fails if the captured screen holds a control character: tmux shows only what a
    /// terminal would, so one here means the UI wrote it as text.
    private func assertPrintable(_ screen: String, _ context: String, file: StaticString = #filePath, line: UInt = #line) {
        let bad = screen.unicodeScalars.filter { s in
            (s.value < 0x20 && s != "\n") || (0x7F...0x9F).contains(s.value) || (0x202A...0x202E).contains(s.value)
                || (0x2066...0x2069).contains(s.value)
        }
        XCTAssertTrue(bad.isEmpty, "\(context): control characters on screen: \(bad.map { String($0.value, radix: 16) })\n\(screen)",
                      file: file, line: line)
    }

    private func paneFormat(_ session: TmuxSession, _ format: String) throws -> String {
        try TmuxSession.tmux(session.socket, ["display-message", "-p", "-t", session.name, format])
            .trimmingCharacters(in: .whitespacesAndNewlines)
    }

    /// Still alive and still answering: back to the Career page's top, `j` scrolls it.
    /// (Esc, not followed by `[` or `O`, is never read as the start of a key's sequence
    /// together with the key after it, so no pause is needed between them.)
    ///
    /// The waits are for the footer: "Career from line 1" is new after whatever the
    /// hostile input did, since each call ends on "Career from line 2"; and "from line 2"
    /// is new after "from line 1". The keys are read in order, so each footer is the
    /// frame of the keys sent here, or of a state before them that the next wait sees past.
    private func assertAnswersKeys(_ session: TmuxSession, _ context: String, file: StaticString = #filePath, line: UInt = #line) throws {
        XCTAssertFalse(FileManager.default.fileExists(atPath: session.exitFile), "\(context): the UI ended", file: file, line: line)
        try session.send("Escape")
        try session.send("Escape")
        try session.send("2")
        try session.send("g")
        try session.waitForFooter("the Career page at its top after \(context)", file: file, line: line) { $0.shows("Career", from: 1) }
        try session.send("j")
        try session.waitForFooter("j to scroll after \(context)", file: file, line: line) { $0.shows("Career", from: 2) }
    }

    /// A byte that is not UTF-8 (a terminal set to another encoding, line noise) must not
    /// eat the key typed after it, nor garble the Hangul typed after that.
    func testAStrayByteCostsOnlyItself() throws {
        let fixture = Fixture.korean, word = InteractiveTests.word
        let session = try start(fixture)
        let strays: [[UInt8]] = [[0xFF], [0xC0], [0xE3], [0xF0, 0x9F], [0xED, 0xA0], [0xE0, 0x80], [0x80]]
        // Each key leads to the other page than the one shown: each footer is new.
        for (index, stray) in strays.enumerated() {
            let (key, page) = index % 2 == 0 ? ("2", "Career") : ("1", "About")
            try sendBytes(session, stray + Array(key.utf8))
            try session.waitForFooter("\(page) after the bytes \(stray)") { $0.page == page }
        }
        let total = try fixture.occurrences(of: word, width: 78)
        try sendBytes(session, Array("/".utf8) + [0xFF] + Array(word.utf8) + [0xE3] + Array("\r".utf8))
        // The query arrives whole and finds what a clean one finds.
        try session.waitForFooter("\(word) found \(total) times") { $0.counts(word, 1, of: total) }
        try session.send("q")
        XCTAssertEqual(session.exitStatus(), 0)
    }

    func testHostileKeystrokesNeitherCrashNorReachTheScreen() throws {
        let fixture = Fixture.english
        let session = try start(fixture)
        let title = try paneFormat(session, "#{pane_title}")
        let esc: UInt8 = 0x1B

        // A lone ESC, then a key.
        try sendBytes(session, [esc])
        Thread.sleep(forTimeInterval: 0.1)
        try assertAnswersKeys(session, "a lone ESC")

        // A truncated CSI: ESC [ and nothing, then ordinary keys.
        try sendBytes(session, [esc, UInt8(ascii: "[")])
        Thread.sleep(forTimeInterval: 0.1)
        try sendBytes(session, Array("3".utf8))
        try session.waitForFooter("Talks") { $0.page == "Talks" }
        try assertAnswersKeys(session, "a truncated CSI")

        // Bracketed paste wrappers, invalid UTF-8, NUL, C1 CSI (raw and UTF-8 encoded), a
        // cursor report request, OSC 52 and a BEL, typed as keys.
        let mixed: [[UInt8]] = [
            [esc] + Array("[200~pasted text".utf8) + [esc] + Array("[201~".utf8),
            [0xFF, 0xFE, 0xC3, 0x28, 0xE2, 0x82, 0xF0, 0x28, 0x8C, 0x28, 0xC0, 0xAF],
            [0x00, 0x00],
            [0x9B] + Array("31m".utf8), [0xC2, 0x9B] + Array("6n".utf8),
            [esc] + Array("[6n".utf8), [esc] + Array("]52;c;aGVsbG8=".utf8) + [0x07],
            [esc] + Array("]0;pwned".utf8) + [0x07], [0x07, 0x7F, 0x08],
        ]
        for bytes in mixed { try sendBytes(session, bytes) }
        Thread.sleep(forTimeInterval: 0.1)
        assertPrintable(try session.screen(), "after mixed hostile keys")
        try assertAnswersKeys(session, "mixed hostile keys")

        // The search prompt: controls, C1, BiDi overrides and invalid bytes typed into it
        // leave only the printable text.
        try session.send("/")
        try session.waitForFooter("the search prompt, empty") { $0.isEmptySearchPrompt }
        // In one burst, with no pause: a bad byte costs only itself, so "Redis" right after
        // it arrives whole.
        try sendBytes(session, [0x00, 0x07, 0xC2, 0x9B, 0xE2, 0x80, 0xAE, 0xC2, 0x85, 0x0B, 0x0C, 0xEF, 0xBB, 0xBF, 0x9B, 0xFF]
                      + Array("Redis".utf8) + [0xE2, 0x80, 0xAE, 0xC2, 0x9B, 0x07])
        let prompt = try session.waitForFooter("the search prompt with Redis") { $0.text.hasPrefix("/") && $0.text.contains("Redis") }
        let promptRow = Footer(prompt).text
        XCTAssertTrue(promptRow.hasPrefix("/Redis"), "the prompt keeps only printable text: \(promptRow.debugDescription)")
        assertPrintable(prompt, "the search prompt")
        try session.send("Enter")
        try assertAnswersKeys(session, "hostile search input")

        // A 64 KiB burst of mixed bytes (controls, escape fragments, invalid UTF-8, Hangul,
        // mouse reports), from a fixed seed; no `q` and no Ctrl-C, which would quit.
        var generator = SeededGenerator(seed: 0x5EED)
        let pieces: [[UInt8]] = [[esc], [esc, 0x5B], [0x9B], [0xC2, 0x9B], [0x00], [0x07], [0xFF], [0xED, 0x9C, 0x95],
                                 Array("[M !!".utf8), Array("[<64;10;5M".utf8), Array("[A".utf8), Array("/".utf8), [0x0D]]
        var burst: [UInt8] = []
        while burst.count < 65536 {
            let roll = generator.next() % 4
            if roll == 0 {
                burst += pieces[Int(generator.next() % UInt64(pieces.count))]
            } else {
                var byte = UInt8(truncatingIfNeeded: generator.next())
                if byte == UInt8(ascii: "q") || byte == 0x03 { byte = UInt8(ascii: "j") }
                burst.append(byte)
            }
        }
        try sendBytes(session, burst)
        Thread.sleep(forTimeInterval: 0.3)
        assertPrintable(try session.screen(), "after the 64 KiB burst")
        try assertAnswersKeys(session, "the 64 KiB burst")

        // Nothing typed reached the terminal as a command: the title and the alternate
        // screen are as the UI set them.
        XCTAssertEqual(try paneFormat(session, "#{pane_title}"), title, "typed OSC must not set the title")
        XCTAssertEqual(try paneFormat(session, "#{alternate_on}"), "1", "still on the alternate screen")

        try session.send("q")
        XCTAssertEqual(session.exitStatus(), 0)
    }
}

import Foundation
import XCTest

/// A resume.md whose text carries terminal commands (OSC 52 clipboard writes, OSC 0
/// titles, OSC 8 links, CSI 6n cursor reports, C1 CSI, BEL, RIS, DCS, NUL, DEL, BiDi
/// overrides) must reach a visitor's terminal as visible symbols only: every escape
/// sequence in the bytes the UI writes is one the renderer itself emits.
final class HostileInputInjectionTests: XCTestCase {
    static let esc = "\u{1B}"
    static let hostileMarkdown: String = {
        let esc = HostileInputInjectionTests.esc
        return """
        # Mallory \(esc)]0;pwned\u{07}Person\u{202E}

        Engineer \(esc)]52;c;aGVsbG8=\u{07} who asks \(esc)[6n and rings \u{07} bells; C1 \u{9B}31m red; RIS \(esc)c; DCS \(esc)Pq\(esc)\\.

        ## Career \(esc)]0;tab\(esc)\\

        ### Evil Corp \(esc)[2J\(esc)[H — Engineer (2019.09.02~2021.03.02)

        - Bullet \u{202E}evil\u{202C} with `code \(esc)]52;c;Zm9v\u{07}` and **bold \u{9B}6n**
        - [link \(esc)]8;;http://x\u{07}](https://example.com/\(esc)[6n)

        ## Talks

        ### Gophercon KR 2020 \(esc)]0;t\u{07}, Speaker

        ## Skills

        ### Go \(esc)[5m

        - Redis \u{0} NUL and DEL \u{7F}, NEL \u{85}, isolate \u{2066}x\u{2069}

        """
    }()

    private func fixture() throws -> String {
        let path = NSTemporaryDirectory() + "resume-tui-hostile-\(UUID().uuidString.prefix(8)).md"
        try Self.hostileMarkdown.write(toFile: path, atomically: true, encoding: .utf8)
        addTeardownBlock { try? FileManager.default.removeItem(atPath: path) }
        return path
    }

    // MARK: - What the renderer may write

    /// Every escape sequence and control character in `bytes` that the renderer would not
    /// write itself, described. The renderer (ncurses for xterm-256color) writes SGR,
    /// cursor moves, erases, scrolling, `rep`, mode sets and resets (alternate screen,
    /// keypad, mouse, cursor), charset selection, `ESC =`/`ESC >`, and xterm's title-stack
    /// save/restore in smcup/rmcup (`CSI 22;0;0 t` / `CSI 23;0;0 t`, which push and pop
    /// the title without setting one), plus the one OSC the program writes on its screen: an
    /// OSC 8 hyperlink around one of the résumé's URLs, `ESC ] 8 ; ; URL ESC \` and its
    /// closing `ESC ] 8 ; ; ESC \`, the URL printable ASCII only. Nothing else: no other
    /// OSC, no DCS, APC, PM, SOS, RIS, no device reports (CSI n, CSI c), no BEL, no C1
    /// (as a byte or a UTF-8 scalar).
    static func foreignControls(in bytes: [UInt8]) -> [String] {
        var problems: [String] = []
        let scalars = Array(String(decoding: bytes, as: UTF8.self).unicodeScalars)
        var i = 0
        func describe(_ range: Range<Int>) -> String {
            String(String.UnicodeScalarView(scalars[range.clamped(to: 0..<scalars.count)])).debugDescription
        }
        while i < scalars.count {
            let v = scalars[i].value
            if v == 0x1B {
                guard i + 1 < scalars.count else { problems.append("a lone ESC at the end"); break }
                let next = scalars[i + 1]
                switch next {
                case "[":
                    var j = i + 2
                    while j < scalars.count, (0x20...0x3F).contains(scalars[j].value) { j += 1 }
                    guard j < scalars.count, (0x40...0x7E).contains(scalars[j].value) else {
                        problems.append("unterminated CSI \(describe(i..<j))"); i = j; continue
                    }
                    let params = String(String.UnicodeScalarView(scalars[(i + 2)..<j]))
                    let final = Character(scalars[j])
                    let allowed: Bool
                    switch final {
                    case "m", "H", "f", "J", "K", "A", "B", "C", "D", "E", "F", "G", "d", "h", "l", "r", "L", "M",
                         "P", "@", "X", "S", "T", "b":
                        allowed = true
                    case "t":
                        allowed = params.hasPrefix("22;") || params.hasPrefix("23;")
                    default:
                        allowed = false
                    }
                    if !allowed { problems.append("CSI \(describe(i..<(j + 1)))") }
                    i = j + 1
                case "]":
                    // Only OSC 8 ;; URL ST, with a printable URL and the ESC \ terminator.
                    let prefix: [Unicode.Scalar] = ["]", "8", ";", ";"]
                    var j = i + 1
                    var ok = scalars.count >= i + 1 + prefix.count && Array(scalars[(i + 1)..<(i + 1 + prefix.count)]) == prefix
                    if ok {
                        j = i + 1 + prefix.count
                        while j < scalars.count, (0x21...0x7E).contains(scalars[j].value) { j += 1 }
                        ok = j + 1 < scalars.count && scalars[j] == "\u{1B}" && scalars[j + 1] == "\\"
                    }
                    if !ok {
                        problems.append("OSC \(describe(i..<min(i + 16, scalars.count)))")
                        i += 2
                    } else {
                        i = j + 2
                    }
                case "(", ")", "*", "+":
                    i += 3
                case "=", ">", "7", "8", "M", "D", "E":
                    i += 2
                default:
                    problems.append("ESC \(describe(i..<min(i + 12, scalars.count)))")
                    i += 2
                }
                continue
            }
            if v < 0x20, ![0x0A, 0x0D, 0x08, 0x09].contains(v) {
                problems.append("C0 control U+\(String(v, radix: 16)) near \(describe(max(i - 8, 0)..<min(i + 8, scalars.count)))")
            }
            if v == 0x7F || (0x80...0x9F).contains(v) {
                problems.append("control U+\(String(v, radix: 16)) near \(describe(max(i - 8, 0)..<min(i + 8, scalars.count)))")
            }
            if (0x202A...0x202E).contains(v) || (0x2066...0x2069).contains(v) {
                problems.append("BiDi control U+\(String(v, radix: 16))")
            }
            i += 1
        }
        return problems
    }

    func testTheScannerCatchesWhatItMust() {
        let e = Self.esc
        XCTAssertEqual(Self.foreignControls(in: Array("\(e)[?1049h\(e)[1;1H\(e)[38;5;2mhi\(e)[m\(e)(B\(e)[22;0;0t\(e)=".utf8)), [])
        XCTAssertEqual(Self.foreignControls(in: Array("\(e)7\(e)[3;4H\(e)]8;;https://x.y/a\(e)\\https://x.y/a\(e)]8;;\(e)\\\(e)8".utf8)), [],
                       "the program's own OSC 8 hyperlink")
        for bad in ["\(e)]8;;http://x\u{07}", "\(e)]8;id=1;http://x\(e)\\", "\(e)]0;title\(e)\\", "\(e)]52;c;x\u{07}", "\(e)[6n", "\u{9B}6n", "\u{07}", "\(e)c", "\(e)P1\(e)\\", "\u{202E}", "\(e)[0c", "\(e)[2;x\(e)[21t"] {
            XCTAssertFalse(Self.foreignControls(in: Array(bad.utf8)).isEmpty, bad.debugDescription)
        }
    }

    // MARK: - The interactive UI

    func testResumeTextCannotInjectEscapesIntoTheTerminal() throws {
        let path = try fixture()
        let raw = NSTemporaryDirectory() + "resume-tui-raw-\(UUID().uuidString.prefix(8))"
        addTeardownBlock { try? FileManager.default.removeItem(atPath: raw) }
        // The program waits for Enter so that everything it writes is recorded from its first byte.
        let command = "read _; \(TmuxSession.quote(Binary.url.path)) --file \(TmuxSession.quote(path))"
        let session = try TmuxSession(command, width: 80, height: 24, environment: ["LANG": "C.UTF-8", "LC_ALL": "C.UTF-8"])
        let title = try TmuxSession.tmux(session.socket, ["display-message", "-p", "-t", session.name, "#{pane_title}"])
        try TmuxSession.tmux(session.socket, ["pipe-pane", "-O", "-t", session.name, "cat > \(TmuxSession.quote(raw))"])
        try session.send("Enter")
        let about = try session.waitForFooter("About, the first frame") { $0.shows("About", from: 1) }
        XCTAssertTrue(about.contains("␛]0;pwned␇"), "hostile text is shown as symbols:\n\(about)")

        // Every page, help, every theme, and a search with hostile bytes typed into it.
        // Each key's frame is waited for, so each is drawn (and recorded) on its own; the
        // footer each waits for differs from the one before. `g` after `G` changes
        // nothing on this short page: the prompt after it is its marker.
        let steps: [(key: String, footer: (Footer) -> Bool)] = [
            ("2", { $0.page == "Career" }), ("3", { $0.page == "Talks" }), ("4", { $0.page == "Skills" }),
            ("1", { $0.page == "About" }), ("?", { $0.isHelp }), ("Escape", { $0.page == "About" }),
            ("t", { $0.text.hasSuffix("theme: light") }), ("t", { $0.text.hasSuffix("theme: mono") }),
            ("t", { $0.text.hasSuffix("theme: dark") }), ("G", { $0.page == "About" && !$0.text.contains("theme:") }),
            ("g", { _ in true }),
        ]
        for (key, footer) in steps {
            try session.send(key)
            try session.waitForFooter("the frame after \(key)", footer)
        }
        try session.send("/")
        try session.waitForFooter("the search prompt, empty") { $0.isEmptySearchPrompt }
        try TmuxSession.tmux(session.socket, ["send-keys", "-t", session.name, "-H"]
            + ([0x07, 0xC2, 0x9B, 0xE2, 0x80, 0xAE, 0x00] + Array("Redis".utf8) + [0xC2, 0x85]).map { String(format: "%02x", $0) })
        try session.waitForFooter("the query typed") { $0.isSearchPrompt(with: "Redis") }
        try session.send("Enter")
        try session.waitForFooter("the one match") { $0.counts("Redis", 1, of: 1) }
        try session.send("n")
        try session.waitForFooter("n past the one match") { $0.text.contains("search wrapped to the first match") }
        XCTAssertEqual(try TmuxSession.tmux(session.socket, ["display-message", "-p", "-t", session.name, "#{pane_title}"]), title,
                       "the résumé must not set the terminal's title")
        try session.send("q")
        XCTAssertEqual(session.exitStatus(), 0)

        // The output reaches the file through tmux and `cat`, later than the exit status:
        // the shell's "[exited]" after the program is the last of it.
        var output = ""
        XCTAssertTrue(SSHServerHarness.eventually(timeout: 10) {
            output = String(decoding: FileManager.default.contents(atPath: raw) ?? Data(), as: UTF8.self)
            return output.contains("[exited]")
        }, "the pane's output was not all copied")
        let bytes = Array(StartupQuestions.removed(from: output).utf8)
        XCTAssertGreaterThan(bytes.count, 500, "the UI's output was recorded")
        let problems = Self.foreignControls(in: bytes)
        XCTAssertEqual(problems, [], "escape sequences the renderer does not emit reached the terminal")
    }

    // MARK: - Plain text and exports

    func testPlainOutputHasNoEscapesAtAll() throws {
        let path = try fixture()
        for arguments in [["--plain", "--file", path], ["export", "--format", "plain", "--file", path]] {
            let result = try Binary.run(arguments)
            XCTAssertEqual(result.status, 0, result.stderr)
            XCTAssertTrue(result.stdout.contains("Mallory"))
            XCTAssertFalse(result.stdout.utf8.contains(0x1B), "\(arguments): plain output must have no ESC")
            XCTAssertEqual(Self.foreignControls(in: Array(result.stdout.utf8)), [], "\(arguments)")
        }
    }

    /// JSON keeps the owner's text exactly (it is data for programs), with every control
    /// escaped: the raw bytes, which `ssh HOST json` writes to a terminal, have none.
    func testJSONExportEscapesEveryControl() throws {
        let result = try Binary.run(["export", "--format", "json", "--file", try fixture()])
        XCTAssertEqual(result.status, 0, result.stderr)
        let raw = Array(result.stdout.utf8)
        let controls = String(decoding: raw, as: UTF8.self).unicodeScalars.filter {
            ($0.value < 0x20 && $0 != "\n") || (0x7F...0x9F).contains($0.value)
        }
        XCTAssertEqual(controls.map { String($0.value, radix: 16) }, [], "raw controls in the JSON bytes")
        let json = try XCTUnwrap(try JSONSerialization.jsonObject(with: Data(raw)) as? [String: Any])
        let name = try XCTUnwrap((json["basics"] as? [String: Any])?["name"] as? String)
        XCTAssertTrue(name.contains("\u{1B}]0;pwned\u{07}"), "JSON keeps the text itself: \(name.debugDescription)")
        XCTAssertTrue(result.stdout.contains("\\u001b]52;c;aGVsbG8="), "ESC is written as \\u001b")
    }

    /// Markdown export is the owner's own format, but `ssh HOST markdown` writes it to a
    /// stranger's terminal: controls are shown as the same symbols the UI shows (␛, ␇, �),
    /// never kept verbatim.
    func testMarkdownExportShowsControlsAsSymbols() throws {
        let result = try Binary.run(["export", "--format", "markdown", "--file", try fixture()])
        XCTAssertEqual(result.status, 0, result.stderr)
        XCTAssertTrue(result.stdout.contains("# Mallory ␛\\]0;pwned␇Person"), result.stdout)
        XCTAssertEqual(Self.foreignControls(in: Array(result.stdout.utf8)), [])
    }

    /// `check` quotes the owner's text in its messages; the quotes must not act either.
    func testDiagnosticsQuoteHostileTextAsSymbols() throws {
        let result = try Binary.run(["check", "--file", try fixture()])
        XCTAssertTrue(result.stderr.contains("ESC") || result.stdout.contains("ESC"), "check warns about the controls")
        XCTAssertEqual(Self.foreignControls(in: Array((result.stdout + result.stderr).utf8)), [])
    }
}

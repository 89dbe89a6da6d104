import Foundation
import XCTest

/// A terminal the tests script and trust: `scripted_terminal.py` (beside this file) runs
/// a command on a pty inside a pyte screen, answers the start-up questions as a real
/// terminal would (or doesn't), and reports what it saw as JSON.
///
/// Why not tmux for these: tmux answers the questions itself (its own background, its
/// own width table), so it can't play a terminal that draws East Asian Ambiguous
/// characters wide, one that answers nothing, or one that answers late; and it can't
/// tell a test that the screen scrolled or that the last cell was written. The script
/// can, and it runs a scenario in one go, so a test is one process and a few hundred ms.
struct ScriptedTerminal {
    enum Width: String { case narrow, wide }

    /// What the terminal answers. A background is an OSC 11 colour ("ffff/ffff/ffff").
    struct Answers {
        var cursor = true
        var device = true
        var background: String?
        /// The background answer comes this late (ms after the question): past the wait.
        var backgroundDelay = 0

        static let all = Answers()
        static let none = Answers(cursor: false, device: false)
        static let white = "ffff/ffff/ffff", black = "0000/0000/0000"
    }

    /// One thing the script does, in order. Every wait targets a screen the program
    /// has finished drawing (and stopped writing for a moment); the timeouts only bound it.
    enum Step {
        case waitFooter(String, timeout: TimeInterval = 10)
        case waitText(String, timeout: TimeInterval = 10)
        case waitScreen(equalTo: String, timeout: TimeInterval = 10)
        case send(String)
        case snapshot(String)
        case resize(columns: Int, lines: Int)
        case scribble(row: Int, text: String)
        case waitLateBackgroundAnswer

        var json: [String: Any] {
            switch self {
            case .waitFooter(let pattern, let timeout): return ["wait": ["footer": pattern], "timeout": timeout]
            case .waitText(let text, let timeout): return ["wait": ["text": text], "timeout": timeout]
            case .waitScreen(let name, let timeout): return ["wait": ["equals": name], "timeout": timeout]
            case .send(let text): return ["send": text]
            case .snapshot(let name): return ["snapshot": name]
            case .resize(let columns, let lines): return ["resize": [columns, lines]]
            case .scribble(let row, let text): return ["scribble": ["row": row, "text": text]]
            case .waitLateBackgroundAnswer: return ["wait_answer": "background", "timeout": 10]
            }
        }
    }

    var command: [String]
    var columns = 80, lines = 24
    var ambiguous = Width.narrow
    var answers = Answers.all
    var environment: [String: String] = [:]

    /// The résumé viewer on `fixture`, with `arguments`.
    static func viewer(_ fixture: Fixture, _ arguments: [String] = []) -> [String] {
        [Binary.url.path, "--file", fixture.path] + arguments
    }

    static let script = Binary.packageRoot.appendingPathComponent("Tests/EndToEndTests/Support/scripted_terminal.py").path

    /// Runs the steps and returns what the terminal saw. A step that failed (a wait that
    /// timed out) fails the test here, with the screen as it was.
    func run(_ steps: [Step], file: StaticString = #filePath, line: UInt = #line) throws -> Report {
        var env = ["TERM": "xterm-256color", "LANG": "C.UTF-8"]
        env.merge(environment) { _, new in new }
        let spec: [String: Any] = [
            "command": command, "columns": columns, "lines": lines, "ambiguous": ambiguous.rawValue,
            "env": env,
            // `swift test` sets NO_COLOR for its own output; an agent would offer keys.
            "unset": ["NO_COLOR", "SSH_AUTH_SOCK", "DISPLAY"].filter { environment[$0] == nil },
            "answers": ["cursor": answers.cursor, "device": answers.device, "background": answers.background.map { $0 as Any } ?? NSNull(),
                        "background_delay_ms": answers.backgroundDelay],
            "steps": steps.map(\.json),
        ]
        let input = try JSONSerialization.data(withJSONObject: spec)
        let result = try Process.capture(URL(fileURLWithPath: "/usr/bin/env"), ["python3", Self.script], stdin: input, timeout: 90)
        guard result.status == 0, let data = result.stdout.data(using: .utf8), !data.isEmpty else {
            let hint = result.stderr.contains("No module named 'pyte'") ? " (run scripts/test, which installs pyte into .venv)" : ""
            throw HarnessError("scripted_terminal.py exited \(result.status)\(hint): \(result.stderr)")
        }
        let report = try JSONDecoder().decode(Report.self, from: data)
        if !report.ok {
            XCTFail("\(self): step \(report.failedStep.map(String.init) ?? "?") failed: \(report.error ?? "")\nthe screen was:\n"
                    + report.screen.joined(separator: "\n"), file: file, line: line)
        }
        return report
    }
}

extension ScriptedTerminal: CustomStringConvertible {
    var description: String {
        let answered = answers.cursor || answers.device ? (answers.background.map { "bg \($0)" } ?? "no bg") : "answers nothing"
        let program = command.first.map { URL(fileURLWithPath: $0).lastPathComponent } ?? ""
        let file = command.firstIndex(of: "--file").flatMap { command.indices.contains($0 + 1) ? command[$0 + 1] : nil }
            .map { URL(fileURLWithPath: $0).lastPathComponent } ?? ""
        return "\(program) \(file) \(columns)x\(lines) \(ambiguous.rawValue) (\(answered))"
    }
}

// MARK: - What it reports

extension ScriptedTerminal {
    struct Report: Decodable {
        let ok: Bool
        let error: String?
        let failedStep: Int?
        let snapshots: [String: Snapshot]
        let waits: [Wait]
        let facts: Facts
        let screen: [String]

        enum CodingKeys: String, CodingKey {
            case ok, error, failedStep = "failed_step", snapshots, waits, facts, screen
        }

        func snapshot(_ name: String) throws -> Snapshot {
            guard let found = snapshots[name] else { throw HarnessError("no snapshot \(name) (the run stopped early?)") }
            return found
        }
    }

    struct Wait: Decodable {
        let step: Int
        /// How long the wait took, and when it ended (ms since the program started).
        let ms: Int
        let atMs: Int
        enum CodingKeys: String, CodingKey { case step, ms, atMs = "at_ms" }
    }

    /// Over the whole run.
    struct Facts: Decodable {
        /// Whole-screen scrolls: the tab bar moved off row 0.
        let scrollsFull: Int
        /// Scrolls inside a scroll region (how ncurses moves a page body by a line).
        let scrollsRegion: Int
        /// Characters that went past the right edge and wrapped: a row wider than the screen.
        let wraps: Int
        let lastCellWritten: Bool
        let cursorQueries: Int
        let deviceQueries: Int
        let backgroundQueries: Int
        let answersSent: [String: Int]

        enum CodingKeys: String, CodingKey {
            case scrollsFull = "scrolls_full", scrollsRegion = "scrolls_region", wraps, lastCellWritten = "last_cell_written"
            case cursorQueries = "cursor_queries", deviceQueries = "device_queries", backgroundQueries = "background_queries"
            case answersSent = "answers_sent"
        }
    }

    struct Snapshot: Decodable {
        let columns: Int
        let lines: Int
        let rows: [String]
        let styles: [[Run]]
        /// The East Asian Ambiguous characters on screen (each drawn as a terminal draws it).
        let ambiguous: [String]
        /// The widest row, in the terminal's own cells: more than `columns` would wrap.
        let maxRowWidth: Int
        let lastCell: Run
        /// Every byte the program had written by then, from its start.
        let bytes: Int

        enum CodingKeys: String, CodingKey {
            case columns, lines, rows, styles, ambiguous, maxRowWidth = "max_row_width", lastCell = "last_cell", bytes
        }

        var footer: String { rows.last ?? "" }
        var text: String { rows.joined(separator: "\n") }

        /// The first run of cells whose text contains `text`.
        func run(containing text: String) -> Run? {
            styles.lazy.flatMap { $0 }.first { $0.text.contains(text) }
        }

        /// Whether `line` is on screen, allowing for it to be wrapped over several rows.
        func shows(_ line: String) -> Bool {
            ScreenText.squeeze(rows.joined(separator: " ")).contains(ScreenText.squeeze(line))
        }
    }

    /// Cells in a row that look alike: their text and how pyte recorded their look.
    struct Run: Decodable, Equatable {
        let text: String
        let fg: String
        let bg: String
        let fg256: Int?
        let bg256: Int?
        let bold: Bool
        let italic: Bool
        let underline: Bool
        let reverse: Bool

        /// The look without the text, to compare two runs' colours.
        var look: String { "fg=\(fg) bg=\(bg) bold=\(bold) italic=\(italic) underline=\(underline) reverse=\(reverse)" }
    }
}

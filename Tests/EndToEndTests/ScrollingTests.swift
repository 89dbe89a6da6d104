import Foundation
import XCTest

/// Scrolling as a terminal shows it: the viewer moves the rows the terminal already has
/// (delete and insert line, `LineScroller`) and writes only the rows scrolled in. What
/// the terminal ends up showing must be exactly what a full repaint draws, text and
/// colours, in every language and in terminals that scroll another way (vt100 has no
/// insert or delete line, and ncurses scrolls it with a scroll region).
final class ScrollingTests: XCTestCase {
    /// The fixtures, by file: the English and Korean ones and the Chinese and Japanese
    /// ones, which break lines between characters.
    static let fixtures = ["viewer-en.md", "viewer-ko.md", "viewer-zh.md", "viewer-ja.md"].map {
        Binary.packageRoot.appendingPathComponent("Tests/Fixtures/" + $0).path
    }

    /// The keys, and how far each moves the page's first line, for `body` rows: a line,
    /// half a screen (Ctrl-D, Ctrl-U) and a screen less one line (Space, b), down and up.
    /// Every key moves, so each footer differs from the one before it; the deepest point,
    /// line 12 of a 10-row body, leaves the fixtures' Career pages (24 lines and more)
    /// room to scroll without reaching their end.
    static func moves(body: Int) -> [(key: String, by: Int)] {
        [("j", 1), ("j", 1), ("j", 1), ("k", -1), ("\u{04}", body / 2), ("k", -1), ("\u{15}", -body / 2),
         (" ", body - 1), ("j", 1), ("b", -(body - 1)), ("k", -1)]
    }

    /// The footer of the page shown from line `first`, in any language.
    static func footer(from first: Int) -> String { "^ [^ ]+  \(first)-" }

    /// Scrolls the Career page through `moves`, then has the screen repainted whole
    /// (Ctrl-L, then the help screen and back, whose footers mark when it is done).
    private func scrollThenRepaint(_ path: String, columns: Int, lines: Int, term: String, environment: [String: String] = [:],
                                   file: StaticString = #filePath, line: UInt = #line) throws
        -> (report: ScriptedTerminal.Report, steps: [(key: String, first: Int)]) {
        var steps: [ScriptedTerminal.Step] = [.waitFooter(Self.footer(from: 1)), .snapshot("0")]
        var first = 1, shown: [(key: String, first: Int)] = []
        for (index, move) in Self.moves(body: lines - 2).enumerated() {
            first += move.by
            shown.append((move.key, first))
            steps += [.send(move.key), .waitFooter(Self.footer(from: first)), .snapshot("\(index + 1)")]
        }
        steps += [.send("\u{0C}"), .send("?"), .waitFooter("^ (Help|도움말|帮助|ヘルプ)"),
                  .send("\u{1B}"), .waitFooter(Self.footer(from: first)), .snapshot("repainted")]
        let terminal = ScriptedTerminal(command: [Binary.url.path, "--file", path, "--page", "career"],
                                        columns: columns, lines: lines, environment: environment.merging(["TERM": term]) { $1 })
        return (try terminal.run(steps, file: file, line: line), shown)
    }

    /// After every kind of scroll, the screen is what a repaint draws, cell for cell and
    /// colour for colour.
    func testScrolledScreenIsWhatARepaintDraws() throws {
        let plain: [String: String] = [:], noColor = ["NO_COLOR": "1"]
        let runs = Self.fixtures.flatMap { path in [(path, 80, 10, "xterm-256color", plain), (path, 40, 12, "xterm-256color", plain)] }
            + [(Self.fixtures[1], 80, 10, "vt100", plain), (Self.fixtures[1], 60, 12, "screen-256color", plain),
               (Self.fixtures[1], 80, 10, "xterm-256color", noColor)]
        for (path, columns, lines, term, environment) in runs {
            let context = "\(URL(fileURLWithPath: path).lastPathComponent) \(columns)x\(lines) \(term) \(environment)"
            let (report, steps) = try scrollThenRepaint(path, columns: columns, lines: lines, term: term, environment: environment)
            let scrolled = try report.snapshot("\(steps.count)"), repainted = try report.snapshot("repainted")
            XCTAssertEqual(scrolled.rows, repainted.rows, context)
            XCTAssertEqual(scrolled.styles.map { $0.map(\.look) }, repainted.styles.map { $0.map(\.look) }, context)
            // Each frame on the way moved the text by its key's lines: the row a line down
            // shows what the row below it showed.
            for (index, step) in steps.enumerated() where abs(Self.moves(body: lines - 2)[index].by) == 1 {
                let before = try report.snapshot("\(index)").rows, after = try report.snapshot("\(index + 1)").rows
                let body = 1...(lines - 2)
                if step.key == "j" {
                    XCTAssertEqual(Array(after[body].dropLast()), Array(before[body].dropFirst()), "\(context) after j")
                } else {
                    XCTAssertEqual(Array(after[body].dropFirst()), Array(before[body].dropLast()), "\(context) after k")
                }
            }
            XCTAssertFalse(report.facts.lastCellWritten, context)
            XCTAssertEqual(report.facts.scrollsFull, 0, "\(context): the tab bar scrolled away")
        }
    }

    /// Highlighted matches scroll like the rest: after a search (the first match is in
    /// view at the top of the page), lines down and up move the highlights with their
    /// rows, and `n` then jumps to the next one. The screen is still what a
    /// repaint draws, colours included.
    func testHighlightedMatchesScrollAndRepaintAlike() throws {
        let word = "캐시", counter = { (n: Int) in "\"캐시\" \(n)/" }
        var steps: [ScriptedTerminal.Step] = [.waitFooter(Self.footer(from: 1)), .send("/")]
        steps += word.map { .send(String($0)) }
        steps += [.send("\r"), .waitFooter(Self.footer(from: 1) + ".*" + counter(1))]
        for (key, first) in [("j", 2), ("j", 3), ("j", 4), ("k", 3)] {
            steps += [.send(key), .waitFooter(Self.footer(from: first) + ".*" + counter(1))]
        }
        steps += [.send("n"), .waitFooter(counter(2)), .snapshot("searched"),
                  .send("\u{0C}"), .send("?"), .waitFooter("^ (Help|도움말)"),
                  .send("\u{1B}"), .waitFooter(counter(2)), .snapshot("repainted")]
        let terminal = ScriptedTerminal(command: [Binary.url.path, "--file", Self.fixtures[1], "--page", "career"],
                                        columns: 60, lines: 10)
        let report = try terminal.run(steps)
        let searched = try report.snapshot("searched"), repainted = try report.snapshot("repainted")
        XCTAssertEqual(searched.rows, repainted.rows)
        XCTAssertEqual(searched.styles.map { $0.map(\.look) }, repainted.styles.map { $0.map(\.look) })
        XCTAssertTrue(searched.text.contains(word), searched.text)
    }

    /// A line of scrolling costs the new line's text and at most 40 bytes more: the move,
    /// delete line, insert line, and the footer's new position (issue 15's budget; ncurses'
    /// own scroll region took 46). Measured on lines in one style, since each change of
    /// colour in a line costs its own escapes, scrolled or not.
    func testALineOfScrollingCostsItsTextAndAtMost40Bytes() throws {
        var measured = 0
        for path in Self.fixtures {
            let (report, steps) = try scrollThenRepaint(path, columns: 80, lines: 10, term: "xterm-256color")
            for (index, step) in steps.enumerated() where step.key == "j" || step.key == "k" {
                let before = try report.snapshot("\(index)"), after = try report.snapshot("\(index + 1)")
                let row = step.key == "j" ? after.lines - 2 : 1
                let text = after.rows[row].trimmingCharacters(in: .whitespaces)
                // Plain text: one run of one look across the row, blanks included.
                guard after.styles[row].count == 1 else { continue }
                let beyond = after.bytes - before.bytes - text.utf8.count
                XCTAssertLessThanOrEqual(beyond, 40, "\(URL(fileURLWithPath: path).lastPathComponent) \(step.key) revealing \(text.debugDescription)")
                measured += 1
            }
        }
        XCTAssertGreaterThanOrEqual(measured, 8, "too few plain lines scrolled in to say anything")
    }
}

import Foundation
import XCTest
@testable import ResumeLayout

/// Compares `text` with `Snapshots/<name>`, after swift-argument-parser's helper: with
/// RECORD_SNAPSHOTS=1 it writes the file and fails (so a recording is never committed by
/// accident without a look); otherwise a mismatch fails with a line diff.
func assertSnapshot(_ text: String, named name: String, file: StaticString = #filePath, line: UInt = #line) {
    let folder = URL(fileURLWithPath: "\(#filePath)").deletingLastPathComponent().appendingPathComponent("Snapshots")
    let url = folder.appendingPathComponent(name)
    if ProcessInfo.processInfo.environment["RECORD_SNAPSHOTS"] == "1" {
        do {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            try text.write(to: url, atomically: true, encoding: .utf8)
            XCTFail("recorded \(name): look at it, then run again without RECORD_SNAPSHOTS", file: file, line: line)
        } catch {
            XCTFail("could not record \(name): \(error)", file: file, line: line)
        }
        return
    }
    guard let expected = try? String(contentsOf: url, encoding: .utf8) else {
        XCTFail("no snapshot \(name); record it with RECORD_SNAPSHOTS=1", file: file, line: line)
        return
    }
    guard expected != text else { return }
    XCTFail("\(name) differs (- snapshot, + now):\n" + lineDiff(expected, text), file: file, line: line)
}

/// A line diff by longest common subsequence: enough for files of a few hundred lines.
func lineDiff(_ old: String, _ new: String) -> String {
    let a = old.split(separator: "\n", omittingEmptySubsequences: false)
    let b = new.split(separator: "\n", omittingEmptySubsequences: false)
    var lcs = Array(repeating: Array(repeating: 0, count: b.count + 1), count: a.count + 1)
    for i in stride(from: a.count - 1, through: 0, by: -1) {
        for j in stride(from: b.count - 1, through: 0, by: -1) {
            lcs[i][j] = a[i] == b[j] ? lcs[i + 1][j + 1] + 1 : max(lcs[i + 1][j], lcs[i][j + 1])
        }
    }
    var out: [String] = []
    var i = 0
    var j = 0
    while i < a.count || j < b.count {
        if i < a.count, j < b.count, a[i] == b[j] {
            i += 1
            j += 1
        } else if j < b.count, i == a.count || lcs[i][j + 1] >= lcs[i + 1][j] {
            out.append("+\(j + 1): \(b[j])")
            j += 1
        } else {
            out.append("-\(i + 1): \(a[i])")
            i += 1
        }
    }
    return out.joined(separator: "\n")
}

// MARK: - What a snapshot shows

/// A letter for each role, for the annotated snapshots.
let roleLetters: [Role: Character] = [
    .plain: ".", .name: "N", .headline: "H", .heading: "#", .organization: "O", .subheading: "S",
    .period: "P", .bullet: "B", .label: "L", .link: "U", .emphasis: "E", .code: "C", .dim: "D",
    .highlight: "!", .match: "m", .currentMatch: "M",
]

/// The lines as text, one per line, framed by `|` so a reader sees the width and any
/// trailing space.
func snapshotText(_ layout: PageLayout, width: Int) -> String {
    let rule = "+" + String(repeating: "-", count: width) + "+"
    var out = [rule]
    for line in layout.lines {
        out.append("|" + line.text + String(repeating: " ", count: max(0, width - line.width)) + "|")
    }
    out.append(rule)
    return out.joined(separator: "\n") + "\n"
}

/// Each line followed by a line of role letters, one letter under each cell (two under a
/// wide character); `>` marks the lines that start an entry.
func snapshotRoles(_ layout: PageLayout) -> String {
    let legend = roleLetters.sorted { $0.value < $1.value }.map { "\($0.value)=\($0.key.rawValue)" }.joined(separator: " ")
    var out = ["roles: " + legend, ""]
    let starts = Set(layout.entryStarts)
    for (index, line) in layout.lines.enumerated() {
        let mark = starts.contains(index) ? "> " : "  "
        out.append(mark + line.text)
        var letters = ""
        for span in line.spans {
            let letter = roleLetters[span.role] ?? "?"
            letters += String(repeating: letter, count: span.width)
        }
        out.append("  " + letters)
    }
    return out.joined(separator: "\n") + "\n"
}

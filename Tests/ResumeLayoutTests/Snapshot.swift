import Foundation
import SnapshotSupport
import XCTest
@testable import ResumeLayout

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

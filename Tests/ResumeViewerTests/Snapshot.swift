import Foundation
import ResumeLayout
import SnapshotSupport
import XCTest
@testable import ResumeViewer

// MARK: - What a frame snapshot shows

/// One letter per role, so the roles block lines up under the picture cell by cell.
/// Upper case and punctuation: the résumé's own roles (as in the layout snapshots);
/// lower case and symbols: the screen's chrome.
let frameRoleLetters: [(FrameRole, Character, String)] = [
    (.content(.plain), ".", "plain"), (.content(.name), "N", "name"), (.content(.headline), "H", "headline"),
    (.content(.heading), "#", "heading"), (.content(.organization), "O", "organization"),
    (.content(.subheading), "S", "subheading"), (.content(.period), "P", "period"), (.content(.bullet), "B", "bullet"),
    (.content(.label), "L", "label"), (.content(.link), "U", "link"), (.content(.emphasis), "E", "emphasis"),
    (.content(.code), "C", "code"), (.content(.dim), "D", "dim"), (.content(.highlight), "!", "highlight"),
    (.content(.match), "m", "match"), (.content(.currentMatch), "M", "current match"),
    (.tabBar, "=", "tab bar"), (.tabName, "n", "tab bar name"), (.tabCurrent, "*", "current tab"),
    (.footer, "_", "footer"), (.footerHint, "h", "footer hint"), (.cursor, "c", "cursor"), (.emphasis, "e", "screen emphasis"),
]

func letter(for role: FrameRole) -> Character {
    frameRoleLetters.first { $0.0 == role }?.1 ?? "?"
}

/// The frame as a reviewer reads it: a title, the screen framed by `|` (so its width
/// and trailing spaces show), then the same grid with a role letter in each cell. A
/// wide character's second cell repeats its letter, so both blocks stay aligned.
func snapshotText(_ frame: Frame, title: String) -> String {
    let rule = "+" + String(repeating: "-", count: frame.width) + "+"
    var out = ["\(frame.width)x\(frame.height) \(title)", rule]
    for y in 0..<frame.height { out.append("|" + frame.text(ofRow: y) + "|") }
    out.append(rule)
    out.append("roles: " + frameRoleLetters.map { "\($0.1) \($0.2)" }.joined(separator: ", "))
    out.append(rule)
    for y in 0..<frame.height {
        var letters = ""
        var previous: Character = " "
        for cell in frame.row(y) {
            // A covered cell belongs to the wide character before it.
            previous = cell.text.isEmpty ? previous : letter(for: cell.role)
            letters.append(previous)
        }
        out.append("|" + letters + "|")
    }
    out.append(rule)
    if !frame.links.isEmpty {
        out.append("links: " + frame.links.map { "(\($0.x),\($0.y)) \($0.text)" }.joined(separator: "  "))
    }
    return out.joined(separator: "\n") + "\n"
}

import CNCursesW
import Glibc
import ResumeLayout
import ResumeViewer

/// Makes the URLs on screen clickable with OSC 8 hyperlinks.
///
/// ncurses has no notion of hyperlinks, so after it has drawn a frame the same text is
/// written again over itself, wrapped in OSC 8, with the same look (the link style's
/// SGR) and the cursor saved and restored around it: ncurses' picture of the screen
/// stays true. The URL text is always there, so a terminal without OSC 8 support still
/// shows it. Links are rewritten only when the set on screen changes, so scrolling the
/// About page costs nothing extra.
struct HyperlinkWriter {
    let enabled: Bool
    /// SGR that draws a link as the frame writer does.
    var linkStyle: String
    private var shown: [VisibleLink] = []

    init(enabled: Bool, linkStyle: String) {
        self.enabled = enabled
        self.linkStyle = linkStyle
    }

    mutating func update(_ links: [VisibleLink], forceRedraw: Bool = false) {
        guard enabled, links != shown || forceRedraw else { return }
        shown = links
        guard !links.isEmpty else { return }
        var out = "\u{1B}7"
        for link in links {
            // Only the résumé's own URLs get here; the text went through InertText, and a
            // URL with a control character or ST in it is not linked at all.
            guard link.text.unicodeScalars.allSatisfy({ $0.value >= 0x21 && $0.value != 0x7F && $0.value < 0x80 }) else { continue }
            out += "\u{1B}[\(link.y + 1);\(link.x + 1)H" + linkStyle
            out += "\u{1B}]8;;\(link.text)\u{1B}\\" + link.text + "\u{1B}]8;;\u{1B}\\"
        }
        out += "\u{1B}[0m\u{1B}8"
        fflush(cn_stdout())
        out.withUTF8 { _ = write(STDOUT_FILENO, $0.baseAddress, $0.count) }
    }

    /// The SGR sequence for a style, as ncurses would draw it on this terminal.
    static func sgr(_ style: TextStyle, colors: Terminal.ColorSupport) -> String {
        var codes = ["0"]
        if style.bold { codes.append("1") }
        if style.dim { codes.append("2") }
        if style.italic { codes.append("3") }
        if style.underline { codes.append("4") }
        if style.reverse { codes.append("7") }
        switch colors {
        case .extended:
            if let fg = style.foreground { codes.append("38;5;\(fg.index256)") }
            if let bg = style.background { codes.append("48;5;\(bg.index256)") }
        case .eight:
            if let fg = style.foreground { codes.append("\(30 + Int(fg.fallback8))") }
            if let bg = style.background { codes.append("\(40 + Int(bg.fallback8))") }
        case .none:
            break
        }
        return "\u{1B}[" + codes.joined(separator: ";") + "m"
    }
}

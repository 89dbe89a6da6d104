import ResumeModel

/// The résumé as plain text, for `resume-tui --plain`, pipes and SSH without a pty.
public enum PlainText {
    /// Every page in order, laid out at `width` cells with the same wrapping as the
    /// screen, each page's title underlined with `=`; no styling, no trailing spaces.
    public static func render(_ resume: Resume, width: Int, today: CalendarDate) -> String {
        let document = ResumeDocument(resume, today: today)
        var out: [String] = []
        for page in document.pages.indices {
            let layout = document.layout(page: page, width: width)
            if !out.isEmpty { out.append("") }
            // The title is the first paragraph: the lines before the first blank one.
            let titleEnd = layout.lines.firstIndex { $0.width == 0 } ?? layout.lines.count
            for (index, line) in layout.lines.enumerated() {
                out.append(line.text)
                if index == titleEnd - 1 {
                    let rule = layout.lines[..<titleEnd].map(\.width).max() ?? 0
                    out.append(String(repeating: "=", count: min(max(rule, 1), max(width, 1))))
                }
            }
        }
        return out.joined(separator: "\n") + "\n"
    }
}

/// Inline runs to Markdown, escaped so that `InlineParser` reads back the same runs.
///
/// Escaping is minimal where it is cheap to be exact (`_` inside a word, as in
/// snake_case, stays bare) and unconditional where the rule would be subtle
/// (`*`, `` ` ``, `[`, `]`, `<`, `\` are always escaped in text).
enum MarkdownInline {
    /// A paragraph: inline text, plus an escape where its start would read as a heading or a bullet.
    static func paragraph(_ runs: Inline) -> String {
        escapeBlockStart(text(runs))
    }

    static func text(_ runs: Inline) -> String {
        var out = ""
        for run in runs where !run.text.isEmpty {
            let text = oneLine(run.text)
            switch run.style {
            case .plain: out += escape(text)
            case .strong: out += "**" + escape(text) + "**"
            case .emphasis: out += "*" + escape(text) + "*"
            case .code: out += code(text)
            case .link(let url): out += link(text, url: oneLine(url))
            }
        }
        return out
    }

    /// Line breaks can't be written inside a paragraph line; a value built in code might have one.
    static func oneLine(_ text: String) -> String {
        guard text.contains(where: { $0 == "\n" || $0 == "\r" || $0 == "\r\n" }) else { return text }
        return String(text.map { $0 == "\n" || $0 == "\r" || $0 == "\r\n" ? " " : $0 })
    }

    // MARK: - Text

    private static func escape(_ text: String) -> String {
        let chars = Array(text)
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for (index, ch) in chars.enumerated() {
            let previous: Character? = index > 0 ? chars[index - 1] : nil
            let next: Character? = index + 1 < chars.count ? chars[index + 1] : nil
            switch ch {
            case "\\", "*", "`", "[", "]", "<":
                out.append("\\")
            case "_":
                // Inside a word "_" can neither open nor close emphasis.
                let inWord = (previous.map { $0.isLetter || $0.isNumber } ?? false)
                    && (next.map { $0.isLetter || $0.isNumber } ?? false)
                if !inWord { out.append("\\") }
            case ":":
                // "http\://" keeps text that only looks like a URL from becoming a link.
                if next == "/" { out.append("\\") }
            case "@":
                // Likewise for text that only looks like an email.
                if let previous, Autolinks.isASCIIAlphanumeric(previous) || "._%+-".contains(previous) { out.append("\\") }
            default:
                break
            }
            out.append(ch)
        }
        return out
    }

    private static func escapeBlockStart(_ line: String) -> String {
        let chars = Array(line)
        guard let first = chars.first else { return line }
        func endsMarker(at index: Int) -> Bool { index >= chars.count || chars[index] == " " }
        if first == "-" || first == "+" {
            return endsMarker(at: 1) ? "\\" + line : line
        }
        if first == "#" {
            var end = 0
            while end < chars.count, chars[end] == "#" { end += 1 }
            return end <= 6 && endsMarker(at: end) ? "\\" + line : line
        }
        if first.isASCII, first.isNumber {
            var end = 0
            while end < chars.count, chars[end].isASCII, chars[end].isNumber { end += 1 }
            if end <= 9, end < chars.count, chars[end] == "." || chars[end] == ")", endsMarker(at: end + 1) {
                return String(chars[..<end]) + "\\" + String(chars[end...])
            }
        }
        return line
    }

    // MARK: - Code and links

    private static func code(_ text: String) -> String {
        var longest = 0
        var current = 0
        for ch in text {
            current = ch == "`" ? current + 1 : 0
            longest = max(longest, current)
        }
        let fence = String(repeating: "`", count: longest + 1)
        let allSpaces = text.allSatisfy { $0 == " " }
        // The reader drops one space on each side when both are there, and a backslash
        // right before the closing fence would escape it; padding avoids both.
        let pad = !allSpaces && (text.first == "`" || text.last == "`" || text.last == "\\"
            || (text.first == " " && text.last == " "))
        return pad ? fence + " " + text + " " + fence : fence + text + fence
    }

    private static func link(_ text: String, url: String) -> String {
        let lower = url.lowercased()
        let autolinkSafe = !url.contains { $0.isWhitespace || $0 == "<" || $0 == ">" }
        if text == url, autolinkSafe,
           ["http://", "https://", "mailto:"].contains(where: { lower.hasPrefix($0) && lower.count > $0.count }) {
            return "<" + url + ">"
        }
        if lower == "mailto:" + text.lowercased(), url.dropFirst("mailto:".count) == text, Autolinks.isEmail(text) {
            return "<" + text + ">"
        }
        var destination = ""
        for ch in url {
            if "\\()<>[]".contains(ch) { destination.append("\\") }
            destination.append(ch)
        }
        return "[" + escape(text) + "](" + destination + ")"
    }
}

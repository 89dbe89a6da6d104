/// Inline runs to Markdown, escaped so that cmark-gfm reads back the same runs.
///
/// Escaping is minimal where it is cheap to be exact (`_` inside a word, as in
/// snake_case, stays bare) and unconditional where the rule would be subtle (`*`, `` ` ``,
/// `[`, `]`, `<`, `~`, `&`, `\` are always escaped in text).
enum MarkdownInline {
    /// A paragraph: inline text, each hard line break a `\` at the end of a line, with an
    /// escape wherever a line's start would read as a heading, a list or a quote.
    static func paragraph(_ runs: Inline) -> String {
        var lines: [Inline] = [[]]
        for run in runs {
            if run.style == .lineBreak { lines.append([]) } else { lines[lines.count - 1].append(run) }
        }
        return lines.map { escapeBlockStart(text($0)) }.joined(separator: "\\\n")
    }

    static func text(_ runs: Inline, inTable: Bool = false) -> String {
        var out = ""
        for run in runs where !run.text.isEmpty {
            let text = oneLine(run.text)
            switch run.style {
            case .plain: out += escape(text, inTable: inTable)
            case .strong: out += "**" + escape(text, inTable: inTable) + "**"
            case .emphasis: out += "*" + escape(text, inTable: inTable) + "*"
            case .strikethrough: out += "~~" + escape(text, inTable: inTable) + "~~"
            case .code: out += code(inTable ? text.replacing("|", with: "\\|") : text)
            case .link(let url): out += link(text, url: oneLine(url), inTable: inTable)
            case .image(let url): out += "!" + link(text == url ? "" : text, url: oneLine(url), inTable: inTable, forImage: true)
            case .lineBreak: out += inTable ? "<br>" : " "
            }
        }
        return out
    }

    /// Line breaks can't be written inside a one-line value; a value built in code might have one.
    static func oneLine(_ text: String) -> String {
        guard text.contains(where: { $0 == "\n" || $0 == "\r" || $0 == "\r\n" }) else { return text }
        return String(text.map { $0 == "\n" || $0 == "\r" || $0 == "\r\n" ? " " : $0 })
    }

    // MARK: - Text

    private static func escape(_ text: String, inTable: Bool) -> String {
        let chars = Array(text)
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for (index, ch) in chars.enumerated() {
            let previous: Character? = index > 0 ? chars[index - 1] : nil
            let next: Character? = index + 1 < chars.count ? chars[index + 1] : nil
            switch ch {
            case "\\", "*", "`", "[", "]", "<", "~", "&":
                out.append("\\")
            case "|" where inTable:
                out.append("\\")
            case "_":
                // Inside a word "_" can neither open nor close emphasis.
                let inWord = (previous.map { $0.isLetter || $0.isNumber } ?? false)
                    && (next.map { $0.isLetter || $0.isNumber } ?? false)
                if !inWord { out.append("\\") }
            case ":":
                // "http\://" keeps text that only looks like a URL from becoming a link.
                if next == "/" { out.append("\\") }
            default:
                break
            }
            out.append(ch)
        }
        return out
    }

    /// An escape where a line's start would read as a block: `#`, `-`, `+`, `>`, `1.`.
    static func escapeBlockStart(_ line: String) -> String {
        let chars = Array(line)
        guard let first = chars.first else { return line }
        func endsMarker(at index: Int) -> Bool { index >= chars.count || chars[index] == " " }
        if first == "-" || first == "+" || first == "=" {
            return "\\" + line
        }
        if first == ">" { return "\\" + line }
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

    static func code(_ text: String) -> String {
        var longest = 0
        var current = 0
        for ch in text {
            current = ch == "`" ? current + 1 : 0
            longest = max(longest, current)
        }
        let fence = String(repeating: "`", count: longest + 1)
        let allSpaces = text.allSatisfy { $0 == " " }
        // The reader drops one space on each side when both are there; padding keeps them.
        let pad = !allSpaces && (text.first == "`" || text.last == "`" || (text.first == " " && text.last == " "))
        return pad ? fence + " " + text + " " + fence : fence + text + fence
    }

    private static func link(_ text: String, url: String, inTable: Bool, forImage: Bool = false) -> String {
        let lower = url.lowercased()
        guard !forImage else { return "[" + escape(text, inTable: inTable) + "](" + destination(url, inTable: inTable) + ")" }
        let autolinkSafe = !url.contains { $0.isWhitespace || $0 == "<" || $0 == ">" || $0 == "|" }
        if text == url, autolinkSafe,
           ["http://", "https://", "mailto:"].contains(where: { lower.hasPrefix($0) && lower.count > $0.count }) {
            return "<" + url + ">"
        }
        if lower == "mailto:" + text.lowercased(), url.dropFirst("mailto:".count) == text, autolinkSafe, text.contains("@") {
            return "<" + text + ">"
        }
        return "[" + escape(text, inTable: inTable) + "](" + destination(url, inTable: inTable) + ")"
    }

    private static func destination(_ url: String, inTable: Bool) -> String {
        var destination = ""
        for ch in url {
            if "\\()<>[]".contains(ch) || (inTable && ch == "|") { destination.append("\\") }
            destination.append(ch)
        }
        // An address with spaces in it is written in angle brackets, where spaces may be.
        if url.contains(where: \.isWhitespace) { destination = "<" + destination + ">" }
        return destination
    }
}

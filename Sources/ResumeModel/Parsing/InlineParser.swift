/// One paragraph's or bullet's text to styled runs (`Inline`).
///
/// Emphasis follows CommonMark's delimiter rules in a simplified form, and since a
/// run has one style, nesting is flattened: `**bold *and em***` is all bold (the
/// outer marker wins), while a link or code inside keeps its own style. Every
/// lookup that could rescan the text (matching brackets, code spans) is computed
/// once up front, so a hostile paragraph costs linear time, not quadratic.
struct InlineParser {
    private let text: SourceText
    private let chars: [Character]
    private(set) var diagnostics: [Diagnostic] = []

    /// `[` offset to its `]`, and `(` offset to its `)`, balanced, escapes skipped.
    private let closingBracket: [Int: Int]
    private let closingParen: [Int: Int]
    /// Start offsets of every maximal backtick run, by run length, ascending.
    private let backtickRuns: [Int: [Int]]

    init(_ text: SourceText) {
        self.text = text
        self.chars = text.chars
        (closingBracket, closingParen, backtickRuns) = InlineParser.index(text.chars)
    }

    static func parse(_ text: SourceText, into diagnostics: inout [Diagnostic]) -> Inline {
        var parser = InlineParser(text)
        let runs = parser.parse()
        diagnostics.append(contentsOf: parser.diagnostics)
        return runs
    }

    mutating func parse() -> Inline {
        let tokens = scan(0, chars.count, insideLink: false)
        return resolve(tokens)
    }

    // MARK: - Scanning

    private mutating func scan(_ lower: Int, _ upper: Int, insideLink: Bool) -> [InlineToken] {
        var tokens: [InlineToken] = []
        var pending = ""
        var noEmailBefore = lower
        var index = lower
        while index < upper {
            let ch = chars[index]
            let previous: Character? = index > lower ? chars[index - 1] : nil

            if ch == "\\" {
                if index + 1 < upper, InlineParser.isEscapable(chars[index + 1]) {
                    pending.append(chars[index + 1])
                    index += 2
                } else {
                    pending.append(ch)
                    index += 1
                }
                continue
            }

            if ch == "`" {
                let length = runLength(of: "`", at: index, upper: upper)
                if let close = closingBacktickRun(length: length, after: index + length, upper: upper) {
                    flush(&pending, into: &tokens)
                    let code = codeContent(chars[(index + length)..<close])
                    if !code.isEmpty { tokens.append(.atom(InlineRun(code, .code))) }
                    index = close + length
                } else {
                    warn(at: index, "the code marker \"\(String(repeating: "`", count: length))\" is never closed; it is shown as typed")
                    pending.append(String(repeating: "`", count: length))
                    index += length
                }
                continue
            }

            if ch == "*" || ch == "_" {
                let length = runLength(of: ch, at: index, upper: upper)
                let next: Character? = index + length < upper ? chars[index + length] : nil
                flush(&pending, into: &tokens)
                tokens.append(.delimiter(InlineParser.delimiter(ch, length, previous: previous, next: next, offset: index)))
                index += length
                continue
            }

            if !insideLink {
                if ch == "[" {
                    switch link(at: index, upper: upper) {
                    case .link(let run, let end):
                        flush(&pending, into: &tokens)
                        tokens.append(.atom(run))
                        index = end
                        continue
                    case .unclosed:
                        // Everything to the end is the unfinished link: keep it as typed.
                        warn(at: index, "the link starting here is never closed: a \")\" is missing; it is shown as typed")
                        pending.append(contentsOf: chars[index..<upper])
                        index = upper
                        continue
                    case .none:
                        break
                    }
                }
                if ch == "<", let (run, end) = autolink(at: index, upper: upper) {
                    flush(&pending, into: &tokens)
                    tokens.append(.atom(run))
                    index = end
                    continue
                }
                // The word-start test looks up Unicode properties, so it runs only at an "h".
                if ch == "h" || ch == "H", previous.map({ !($0.isLetter || $0.isNumber) }) ?? true,
                   let (url, end) = Autolinks.bareURL(chars, at: index, upper: upper) {
                    flush(&pending, into: &tokens)
                    tokens.append(.atom(InlineRun(url, .link(url: url))))
                    index = end
                    continue
                }
                if index >= noEmailBefore, ch.isASCII, Autolinks.canStartEmail(after: previous),
                   let (email, end) = Autolinks.bareEmail(chars, at: index, upper: upper, failedUntil: &noEmailBefore) {
                    flush(&pending, into: &tokens)
                    tokens.append(.atom(InlineRun(email, .link(url: "mailto:" + email))))
                    index = end
                    continue
                }
            }

            pending.append(ch)
            index += 1
        }
        flush(&pending, into: &tokens)
        return tokens
    }

    private func flush(_ pending: inout String, into tokens: inout [InlineToken]) {
        guard !pending.isEmpty else { return }
        tokens.append(.text(pending))
        pending = ""
    }

    mutating func warn(at offset: Int, _ message: String) {
        let position = text.position(of: offset)
        diagnostics.append(Diagnostic(.warning, line: position.line, column: position.column, message))
    }

    private func runLength(of ch: Character, at start: Int, upper: Int) -> Int {
        var end = start
        while end < upper, chars[end] == ch { end += 1 }
        return end - start
    }

    // MARK: - Emphasis delimiters

    private static func delimiter(_ ch: Character, _ count: Int, previous: Character?, next: Character?, offset: Int) -> Delimiter {
        // Simplified flanking: a marker opens when text follows it and closes when
        // text precedes it. "_" must also sit at a word boundary, so snake_case_name
        // stays plain text, while "*" works inside words (and next to Hangul).
        var canOpen = next.map { !$0.isWhitespace } ?? false
        var canClose = previous.map { !$0.isWhitespace } ?? false
        if ch == "_" {
            let wordBefore = previous.map { $0.isLetter || $0.isNumber } ?? false
            let wordAfter = next.map { $0.isLetter || $0.isNumber } ?? false
            canOpen = canOpen && !wordBefore
            canClose = canClose && !wordAfter
        }
        return Delimiter(char: ch, count: count, remaining: count, canOpen: canOpen, canClose: canClose, offset: offset)
    }

    // MARK: - Code spans

    private func closingBacktickRun(length: Int, after start: Int, upper: Int) -> Int? {
        guard let starts = backtickRuns[length] else { return nil }
        // First run of the same length that starts at or after `start`.
        var low = 0
        var high = starts.count
        while low < high {
            let mid = low + (high - low) / 2
            if starts[mid] < start { low = mid + 1 } else { high = mid }
        }
        guard low < starts.count, starts[low] + length <= upper else { return nil }
        return starts[low]
    }

    /// As in CommonMark: one space on each side is padding when both are there.
    private func codeContent(_ content: ArraySlice<Character>) -> String {
        if content.count >= 2, content.first == " ", content.last == " ", content.contains(where: { $0 != " " }) {
            return String(content.dropFirst().dropLast())
        }
        return String(content)
    }

    // MARK: - Links

    private enum LinkMatch {
        case link(InlineRun, end: Int)
        case unclosed
    }

    /// `[text](url)`. A `[` with no `](` after its `]` is plain text, not a mistake ("[draft]").
    private mutating func link(at start: Int, upper: Int) -> LinkMatch? {
        guard let close = closingBracket[start], close < upper else { return nil }
        guard close + 1 < upper, chars[close + 1] == "(" else { return nil }
        guard let parenClose = closingParen[close + 1], parenClose < upper else { return .unclosed }
        let url = InlineParser.linkDestination(chars[(close + 2)..<parenClose])
        guard !url.isEmpty else { return nil }
        // Markup inside the link text is read (escapes, code) and then flattened:
        // a run has one style, and the link's is the one that matters.
        let label = resolve(scan(start + 1, close, insideLink: true)).plainText
        return .link(InlineRun(label.isEmpty ? url : label, .link(url: url)), end: parenClose + 1)
    }

    private static func linkDestination(_ raw: ArraySlice<Character>) -> String {
        var slice = raw
        while let first = slice.first, first.isWhitespace { slice = slice.dropFirst() }
        while let last = slice.last, last.isWhitespace { slice = slice.dropLast() }
        if slice.count >= 2, slice.first == "<", slice.last == ">" { slice = slice.dropFirst().dropLast() }
        var url = ""
        var index = slice.startIndex
        while index < slice.endIndex {
            let ch = slice[index]
            let next = slice.index(after: index)
            if ch == "\\", next < slice.endIndex, isEscapable(slice[next]) {
                url.append(slice[next])
                index = slice.index(after: next)
            } else {
                url.append(ch)
                index = next
            }
        }
        return url
    }

    /// `<https://…>`, `<mailto:…>` or `<name@domain>`.
    private func autolink(at start: Int, upper: Int) -> (InlineRun, Int)? {
        var end = start + 1
        while end < upper, chars[end] != ">", chars[end] != "<", !chars[end].isWhitespace { end += 1 }
        guard end < upper, chars[end] == ">", end > start + 1 else { return nil }
        let content = String(chars[(start + 1)..<end])
        let lower = content.lowercased()
        for scheme in ["http://", "https://", "mailto:"] where lower.hasPrefix(scheme) && lower.count > scheme.count {
            return (InlineRun(content, .link(url: content)), end + 1)
        }
        if Autolinks.isEmail(content) {
            return (InlineRun(content, .link(url: "mailto:" + content)), end + 1)
        }
        return nil
    }

    // MARK: - Indexes

    static func isEscapable(_ ch: Character) -> Bool {
        guard ch.isASCII, let scalar = ch.unicodeScalars.first else { return false }
        return (0x21...0x2F).contains(scalar.value) || (0x3A...0x40).contains(scalar.value)
            || (0x5B...0x60).contains(scalar.value) || (0x7B...0x7E).contains(scalar.value)
    }

    private static func index(_ chars: [Character]) -> ([Int: Int], [Int: Int], [Int: [Int]]) {
        var brackets: [Int: Int] = [:]
        var parens: [Int: Int] = [:]
        var runs: [Int: [Int]] = [:]
        var openBrackets: [Int] = []
        var openParens: [Int] = []
        var index = 0
        while index < chars.count {
            let ch = chars[index]
            if ch == "`" {
                var end = index
                while end < chars.count, chars[end] == "`" { end += 1 }
                runs[end - index, default: []].append(index)
                index = end
                continue
            }
            if ch == "\\", index + 1 < chars.count, isEscapable(chars[index + 1]) {
                index += 2
                continue
            }
            switch ch {
            case "[": openBrackets.append(index)
            case "]": if let open = openBrackets.popLast() { brackets[open] = index }
            case "(": openParens.append(index)
            case ")": if let open = openParens.popLast() { parens[open] = index }
            default: break
            }
            index += 1
        }
        return (brackets, parens, runs)
    }
}

/// Matching `*`/`_` delimiters and turning tokens into runs.
extension InlineParser {
    private struct Match {
        var open: Int
        var close: Int
        var style: InlineStyle
        var order: Int
    }

    /// CommonMark's "process emphasis" with a stack of possible openers. A closer
    /// that finds no opener records how far down it looked (`floor`), so the next
    /// closer of the same character never searches that part again.
    mutating func resolve(_ input: [InlineToken]) -> Inline {
        var tokens = input
        var openers: [Int] = []
        var floor: [Character: Int] = [:]
        var matches: [Match] = []

        for index in tokens.indices {
            guard case .delimiter(var closer) = tokens[index] else { continue }
            if closer.canClose {
                while closer.remaining > 0 {
                    let bottom = floor[closer.char] ?? 0
                    var found: Int?
                    var position = openers.count - 1
                    while position >= bottom {
                        if case .delimiter(let candidate) = tokens[openers[position]],
                           candidate.char == closer.char, candidate.remaining > 0 {
                            found = position
                            break
                        }
                        position -= 1
                    }
                    guard let stackPosition = found, case .delimiter(var opener) = tokens[openers[stackPosition]] else {
                        floor[closer.char] = openers.count
                        break
                    }
                    let openIndex = openers[stackPosition]
                    let used = opener.remaining >= 2 && closer.remaining >= 2 ? 2 : 1
                    matches.append(Match(open: openIndex, close: index, style: used == 2 ? .strong : .emphasis, order: matches.count))
                    opener.remaining -= used
                    closer.remaining -= used
                    tokens[openIndex] = .delimiter(opener)
                    // Openers between the pair can no longer match anything.
                    openers.removeSubrange((stackPosition + 1)...)
                    if opener.remaining == 0 { openers.removeLast() }
                    for (char, height) in floor where height > openers.count { floor[char] = openers.count }
                }
                tokens[index] = .delimiter(closer)
            }
            if closer.canOpen, closer.remaining > 0 { openers.append(index) }
        }

        for token in tokens {
            if case .delimiter(let delimiter) = token, delimiter.count >= 2, delimiter.canOpen, delimiter.remaining >= 2 {
                let marker = String(repeating: delimiter.char, count: 2)
                warn(at: delimiter.offset, "the bold marker \"\(marker)\" is never closed; it is shown as typed")
            }
        }
        return InlineRuns.normalize(runs(tokens, styles: outermostStyles(matches, count: tokens.count)))
    }

    /// The style of each token: of the outermost pair around it, since a run has only one.
    private func outermostStyles(_ matches: [Match], count: Int) -> [InlineStyle?] {
        var styles = [InlineStyle?](repeating: nil, count: count)
        guard !matches.isEmpty else { return styles }
        // Pairs nest or are disjoint. Sorted by start (wider first, and the later-made,
        // outer one first for the same span), the first one seen covering a token is the outermost.
        let sorted = matches.sorted {
            ($0.open, -$0.close, -$0.order) < ($1.open, -$1.close, -$1.order)
        }
        var next = 0
        var active: Match?
        for token in 0..<count {
            if let current = active, token >= current.close { active = nil }
            while next < sorted.count, sorted[next].open < token {
                if active == nil, sorted[next].close > token { active = sorted[next] }
                next += 1
            }
            if let active, token > active.open, token < active.close { styles[token] = active.style }
        }
        return styles
    }

    private func runs(_ tokens: [InlineToken], styles: [InlineStyle?]) -> [InlineRun] {
        var runs: [InlineRun] = []
        runs.reserveCapacity(tokens.count)
        for (index, token) in tokens.enumerated() {
            let style = styles[index] ?? .plain
            switch token {
            case .text(let text):
                runs.append(InlineRun(text, style))
            case .delimiter(let delimiter):
                if delimiter.remaining > 0 {
                    runs.append(InlineRun(String(repeating: delimiter.char, count: delimiter.remaining), style))
                }
            case .atom(let run):
                runs.append(run)
            }
        }
        return runs
    }
}

/// Canonical form of a run list, so that equal-looking text gives equal values.
enum InlineRuns {
    /// Drops empty runs, moves spaces at the edges of bold/italic runs out into plain
    /// text (they look the same, and it lets the Markdown writer always produce
    /// valid markers), and merges neighbours of the same style.
    static func normalize(_ runs: [InlineRun]) -> Inline {
        // Merge first, so "**a *b* c**" (three bold tokens) trims as one run.
        var merged: Inline = []
        merged.reserveCapacity(runs.count)
        for run in runs { append(run, to: &merged) }
        var result: Inline = []
        result.reserveCapacity(merged.count)
        for run in merged {
            guard run.style == .strong || run.style == .emphasis else {
                append(run, to: &result)
                continue
            }
            let chars = Array(run.text)
            var start = 0
            var end = chars.count
            while start < end, chars[start].isWhitespace { start += 1 }
            while end > start, chars[end - 1].isWhitespace { end -= 1 }
            guard start < end else {
                append(InlineRun(run.text, .plain), to: &result)
                continue
            }
            if start > 0 { append(InlineRun(String(chars[0..<start]), .plain), to: &result) }
            append(InlineRun(String(chars[start..<end]), run.style), to: &result)
            if end < chars.count { append(InlineRun(String(chars[end...]), .plain), to: &result) }
        }
        return result
    }

    private static func append(_ run: InlineRun, to result: inout Inline) {
        guard !run.text.isEmpty else { return }
        if let last = result.last, last.style == run.style {
            result[result.count - 1].text += run.text
        } else {
            result.append(run)
        }
    }
}

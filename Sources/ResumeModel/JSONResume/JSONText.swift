/// Plain text as JSON Resume holds it, and blocks as the model holds them.
///
/// JSON strings are plain text, not Markdown: a `*` in one is an asterisk. So text
/// becomes plain runs, and blocks become text with no markup but their words.
enum JSONText {
    // MARK: - Text → blocks

    /// Paragraphs, split where the text has a blank line; a single line end inside a
    /// paragraph is a hard line break. `fullText(paragraphs(text))` gives `text` back
    /// for text written with `\n` and single blank lines between paragraphs.
    static func paragraphs(_ text: String) -> [Block] {
        var blocks: [Block] = []
        var lines: [Substring] = []
        func close() {
            guard !lines.isEmpty else { return }
            var runs: Inline = []
            for (index, line) in lines.enumerated() {
                if index > 0 { runs.append(.lineBreak) }
                if !line.isEmpty { runs.append(InlineRun(String(line))) }
            }
            blocks.append(.paragraph(runs))
            lines = []
        }
        for line in text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline) {
            if line.allSatisfy(\.isWhitespace) { close() } else { lines.append(line) }
        }
        close()
        return blocks
    }

    /// A text's paragraphs, then a bulleted list (nothing for an empty list).
    static func blocks(_ text: String?, bullets: [String] = []) -> [Block] {
        var blocks = text.map(paragraphs) ?? []
        if !bullets.isEmpty { blocks.append(.list(bullets.map { ListItem([InlineRun($0)]) })) }
        return blocks
    }

    // MARK: - Blocks → text

    /// Inline text without markup. A link keeps its address after its words, unless the
    /// words are the address (`<https://example.com>`, a bare email): plain text has no
    /// other place for it.
    static func plain(_ inline: Inline) -> String {
        inline.map { run in
            guard case .link(let url) = run.style, !url.isEmpty, !url.hasSuffix(run.text), !run.text.isEmpty else { return run.text }
            return "\(run.text) (\(url))"
        }.joined()
    }

    /// The prose of blocks, lists left out (they become `highlights`): paragraphs apart
    /// by a blank line. Nil when there is none.
    static func prose(_ blocks: [Block]) -> String? {
        nonEmpty(blocks.compactMap(proseChunk).joined(separator: "\n\n"))
    }

    /// Everything in blocks and groups as plain text, for fields that are one text
    /// (`basics.summary`, `awards[].summary`, `references[].reference`): bullets are
    /// lines that start with `- `, and a group's title is a paragraph of its own.
    static func fullText(_ blocks: [Block], groups: [Group] = []) -> String? {
        var chunks = blocks.compactMap(fullChunk)
        for group in groups {
            if !group.title.isEmpty { chunks.append(group.title) }
            chunks += group.blocks.compactMap(fullChunk)
        }
        return nonEmpty(chunks.joined(separator: "\n\n"))
    }

    /// A job's `highlights`: every bullet directly in its summary, then for each group
    /// a highlight `Title: paragraph` (or the title alone) followed by the group's
    /// bullets. Nested bullets follow their parent, depth first.
    static func highlights(_ summary: [Block], groups: [Group]) -> [String] {
        var out = bullets(summary)
        for group in groups {
            let words = group.blocks.compactMap(proseChunk).joined(separator: " ")
            let head = [group.title, words].filter { !$0.isEmpty }.joined(separator: ": ")
            if !head.isEmpty { out.append(head) }
            out += bullets(group.blocks)
        }
        return out
    }

    /// Every bullet's text, depth first; text written under a bullet joins its line.
    static func bullets(_ blocks: [Block]) -> [String] {
        var out: [String] = []
        func visit(_ items: [ListItem]) {
            for item in items {
                let more = item.blocks.compactMap(proseChunk)
                let text = ([plain(item.text)] + more).filter { !$0.isEmpty }.joined(separator: " ")
                if !text.isEmpty { out.append(text) }
                visit(item.children)
            }
        }
        for case .list(let items) in blocks { visit(items) }
        return out
    }

    /// A skill's or an interest's `keywords`: each paragraph, then each bullet, in order.
    static func keywords(_ blocks: [Block]) -> [String] {
        blocks.flatMap { block -> [String] in
            switch block {
            case .paragraph(let text), .heading(let text): return [plain(text)].filter { !$0.isEmpty }
            case .list: return bullets([block])
            default: return []
            }
        }
    }

    /// The top-level items of the lists in blocks: a section written as bullets.
    static func topLevelItems(_ blocks: [Block]) -> [ListItem] {
        blocks.flatMap { block -> [ListItem] in
            if case .list(let items) = block { return items }
            return []
        }
    }

    // MARK: - Pieces

    private static func proseChunk(_ block: Block) -> String? {
        switch block {
        case .paragraph(let text), .heading(let text): return nonEmpty(plain(text))
        case .quote(let inner): return prose(inner)
        case .code(let code): return nonEmpty(code.text)
        case .table(let table): return nonEmpty(rows(table).joined(separator: "\n"))
        case .list, .rule: return nil
        }
    }

    private static func fullChunk(_ block: Block) -> String? {
        guard case .list(let items) = block else { return proseChunk(block) }
        return nonEmpty(listLines(items, depth: 0).joined(separator: "\n"))
    }

    private static func listLines(_ items: [ListItem], depth: Int) -> [String] {
        items.flatMap { item -> [String] in
            let marker = item.number.map { "\($0). " } ?? "- "
            let more = item.blocks.compactMap(proseChunk)
            let line = String(repeating: "  ", count: depth) + marker + ([plain(item.text)] + more).joined(separator: " ")
            return [line] + listLines(item.children, depth: depth + 1)
        }
    }

    private static func rows(_ table: Table) -> [String] {
        ([table.header] + table.rows).map { cells in cells.map(plain).joined(separator: " | ") }
    }

    static func nonEmpty(_ text: String?) -> String? {
        guard let text, !text.isEmpty else { return nil }
        return text
    }
}

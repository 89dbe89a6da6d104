/// Walks the lines once, splitting them at headings, and builds the résumé.
///
/// Every mistake becomes a diagnostic and the builder carries on with its best
/// reading, so the owner sees all problems at once and the résumé still shows.
struct DocumentBuilder {
    private(set) var diagnostics: [Diagnostic] = []
    private var name: String?
    private var headline: [Inline] = []
    private var contacts: [Contact] = []
    private var sections: [Section] = []
    private var section: SectionBuilder?
    private var warnedBeforeName = false
    private var warnedHeadlineList = false

    private struct SectionBuilder {
        var heading: Heading
        var kind: SectionKind
        /// Made up to hold a `###` that came before any `##`; never reported as empty.
        var implicit = false
        var intro: [Block] = []
        var entries: [Entry] = []
        var entry: EntryBuilder?
    }

    private struct EntryBuilder {
        var heading: Heading
        /// A `####` read as `###` after a skipped level: already reported, so a
        /// career entry that isn't a job does not get a second error.
        var demoted = false
        var blocks: [Block] = []
        var groups: [Group] = []
        var group: Group?
    }

    mutating func build(_ lines: [SourceLine]) -> Resume? {
        var regionStart = 0
        for (index, line) in lines.enumerated() {
            guard let heading = Heading(line) else { continue }
            addRegion(lines[regionStart..<index])
            regionStart = index + 1
            add(heading)
        }
        addRegion(lines[regionStart..<lines.count])
        closeSection()

        guard let name else {
            let empty = lines.allSatisfy(\.isBlank)
            diagnostics.append(Diagnostic(.error, line: 1, column: 1, empty
                ? "the file is empty; start it with a line like \"# Your Name\""
                : "the file has no name heading; its first heading should be a line like \"# Your Name\""))
            return nil
        }
        return Resume(name: name, headline: headline, contacts: contacts, sections: sections)
    }

    // MARK: - Headings

    private mutating func add(_ heading: Heading) {
        switch heading.level {
        case 1:
            if name == nil {
                closeSection()
                name = heading.title
                if heading.title.isEmpty {
                    error(heading, column: heading.column, "the name heading is empty; write your name after the #")
                }
            } else {
                warning(heading, "there is a second name heading \(heading.quoted); only the first is the name, this one is read as a ## section")
                openSection(heading)
            }
        case 2:
            openSection(heading)
        case 3:
            if section == nil {
                error(heading, "the entry \(heading.quoted) comes before any ## section; put a section heading such as \"## Career\" above it")
                openImplicitSection(heading)
            }
            openEntry(heading, demoted: false)
        case 4:
            guard section?.entry != nil else {
                let above = section == nil ? "no ## section and no ### entry" : "no ### entry in this section"
                error(heading, "the heading \(heading.quoted) skips a level: there is \(above) above it; use ### here, or add the missing level above it")
                if section == nil { openImplicitSection(heading) }
                openEntry(heading, demoted: true)
                return
            }
            openGroup(heading)
        default:
            warning(heading, "headings deeper than #### are not used; \(heading.quoted) is kept as a bold line")
            var runs = parseInline(SourceText(headingLine: heading))
            for index in runs.indices where runs[index].style == .plain || runs[index].style == .emphasis {
                runs[index].style = .strong
            }
            addBlocks([.paragraph(InlineRuns.normalize(runs))])
        }
    }

    private mutating func openSection(_ heading: Heading) {
        closeSection()
        section = SectionBuilder(heading: heading, kind: SectionKind(title: heading.title))
    }

    private mutating func openImplicitSection(_ heading: Heading) {
        closeSection()
        let made = Heading(level: 2, chars: [], line: heading.line, column: 1)
        section = SectionBuilder(heading: made, kind: .generic, implicit: true)
    }

    private mutating func openEntry(_ heading: Heading, demoted: Bool) {
        finishEntry()
        section?.entry = EntryBuilder(heading: heading, demoted: demoted)
    }

    private mutating func openGroup(_ heading: Heading) {
        finishGroup()
        if let kind = section?.kind, kind == .talks || kind == .skills {
            let what = kind == .talks ? "a talk" : "a skill group"
            warning(heading, "#### headings are not used under \(what); \(heading.quoted) is kept as a bold line")
        }
        section?.entry?.group = Group(title: heading.title)
    }

    // MARK: - Closing containers

    private mutating func finishGroup() {
        guard let group = section?.entry?.group else { return }
        section?.entry?.groups.append(group)
        section?.entry?.group = nil
    }

    private mutating func finishEntry() {
        finishGroup()
        guard let builder = section?.entry, let kind = section?.kind else { return }
        section?.entry = nil
        let finished = entry(from: builder, kind: kind)
        section?.entries.append(finished)
    }

    private mutating func closeSection() {
        finishEntry()
        guard let builder = section else { return }
        section = nil
        if builder.intro.isEmpty, builder.entries.isEmpty, !builder.implicit {
            diagnostics.append(Diagnostic(.warning, line: builder.heading.line, column: 1,
                "the section \"\(builder.heading.title)\" is empty; write something under it or remove the heading"))
        }
        if builder.kind == .contact { contacts.append(contentsOf: Self.contacts(in: builder.intro)) }
        sections.append(Section(title: builder.heading.title, kind: builder.kind, intro: builder.intro, entries: builder.entries))
    }

    private static func contacts(in blocks: [Block]) -> [Contact] {
        var found: [Contact] = []
        func visit(_ items: [ListItem]) {
            for item in items {
                if let contact = ContactReader.contact(from: item.text) { found.append(contact) }
                visit(item.children)
            }
        }
        for block in blocks {
            switch block {
            case .paragraph(let runs):
                if let contact = ContactReader.contact(from: runs) { found.append(contact) }
            case .list(let items):
                visit(items)
            }
        }
        return found
    }

    // MARK: - Entries by section kind

    private mutating func entry(from builder: EntryBuilder, kind: SectionKind) -> Entry {
        switch kind {
        case .career:
            var ignored: [Diagnostic] = []
            let job = builder.demoted
                ? EntryHeadings.job(builder.heading, diagnostics: &ignored)
                : EntryHeadings.job(builder.heading, diagnostics: &diagnostics)
            guard let job else {
                // Kept as a plain entry under its full title, so nothing written is lost.
                return .item(Item(title: builder.heading.title, blocks: builder.blocks, groups: builder.groups))
            }
            return .job(Job(organization: job.organization, period: job.period, summary: builder.blocks, groups: builder.groups))
        case .talks:
            let heading = EntryHeadings.talk(builder.heading, diagnostics: &diagnostics)
            var title: Inline = []
            var url: String?
            var notes: [Block] = []
            for block in builder.blocks + Self.flatten(builder.groups) {
                if case .paragraph(let runs) = block {
                    if url == nil, let link = Self.onlyLink(runs) {
                        // A bare URL is the talk's link. `[Title](url)` is its title and link
                        // when no title came before; after one (`[slides](url)`) it stays a
                        // note, so its words are not lost.
                        if link.text == link.url || link.text.isEmpty {
                            url = link.url
                            continue
                        }
                        if title.isEmpty {
                            title = [InlineRun(link.text)]
                            url = link.url
                            continue
                        }
                    }
                    if title.isEmpty {
                        title = runs
                        continue
                    }
                }
                notes.append(block)
            }
            return .talk(Talk(event: heading.event, year: heading.year, role: heading.role, title: title, url: url, notes: notes))
        case .skills:
            return .skill(SkillGroup(title: builder.heading.title, blocks: builder.blocks + Self.flatten(builder.groups)))
        case .contact, .closing, .generic:
            return .item(Item(title: builder.heading.title, blocks: builder.blocks, groups: builder.groups))
        }
    }

    /// Groups where none are expected: each title becomes a bold line before its blocks.
    private static func flatten(_ groups: [Group]) -> [Block] {
        groups.flatMap { [.paragraph([InlineRun($0.title, .strong)])] + $0.blocks }
    }

    /// The link of a paragraph that is nothing but a link (bare, `<url>` or `[x](url)`),
    /// with its text (the URL itself unless written as `[x](url)`).
    private static func onlyLink(_ runs: Inline) -> (text: String, url: String)? {
        let meaningful = runs.filter { !$0.text.allSatisfy(\.isWhitespace) }
        guard meaningful.count == 1, case .link(let url) = meaningful[0].style,
              !url.lowercased().hasPrefix("mailto:") else { return nil }
        return (String(meaningful[0].text[...].trimmingSpaces()), url)
    }

    // MARK: - Body text

    private mutating func addRegion(_ lines: ArraySlice<SourceLine>) {
        guard let first = lines.first(where: { !$0.isBlank }) else { return }
        regionFirstLine = first.number
        let inContactIntro = section?.kind == .contact && section?.entry == nil
        var parser = BlockParser(linesAreParagraphs: inContactIntro)
        let raw = parser.parse(lines)
        diagnostics.append(contentsOf: parser.diagnostics)
        addBlocks(raw.map { convert($0) })
    }

    private mutating func addBlocks(_ blocks: [Block]) {
        guard !blocks.isEmpty else { return }
        if section?.entry?.group != nil {
            section?.entry?.group?.blocks.append(contentsOf: blocks)
        } else if section?.entry != nil {
            section?.entry?.blocks.append(contentsOf: blocks)
        } else if section != nil {
            section?.intro.append(contentsOf: blocks)
        } else if name != nil {
            addHeadline(blocks)
        } else if !warnedBeforeName {
            warnedBeforeName = true
            diagnostics.append(Diagnostic(.warning, line: regionFirstLine, column: 1,
                "this text comes before the name heading (\"# Your Name\") and is not shown"))
        }
    }

    /// Paragraphs under the name, one `Inline` each. A list there is flattened into one.
    private mutating func addHeadline(_ blocks: [Block]) {
        for block in blocks {
            switch block {
            case .paragraph(let text):
                headline.append(text)
            case .list(let items):
                if !warnedHeadlineList {
                    warnedHeadlineList = true
                    diagnostics.append(Diagnostic(.warning, line: lastRegionLine, column: 1,
                        "a list under the name is read as one headline paragraph; use a ## section for lists"))
                }
                let runs = InlineRuns.normalize(Self.flattenText(items))
                if !runs.isEmpty { headline.append(runs) }
            }
        }
    }

    private static func flattenText(_ items: [ListItem]) -> Inline {
        var runs: Inline = []
        for item in items {
            for part in [item.text, flattenText(item.children)] where !part.isEmpty {
                if !runs.isEmpty { runs.append(InlineRun(" ")) }
                runs.append(contentsOf: part)
            }
        }
        return runs
    }

    private mutating func convert(_ raw: RawBlock) -> Block {
        switch raw {
        case .paragraph(let text):
            lastRegionLine = text.firstLine
            return .paragraph(parseInline(text))
        case .list(let items):
            if let first = items.first { lastRegionLine = first.text.firstLine }
            return .list(items.map { convert($0) })
        }
    }

    private mutating func convert(_ item: RawItem) -> ListItem {
        ListItem(parseInline(item.text), children: item.children.map { convert($0) })
    }

    private mutating func parseInline(_ text: SourceText) -> Inline {
        InlineParser.parse(text, into: &diagnostics)
    }

    /// The line of the block most recently converted, for diagnostics about blocks.
    private var lastRegionLine = 1
    /// The first non-blank line of the text between the current two headings.
    private var regionFirstLine = 1

    // MARK: - Diagnostics

    private mutating func error(_ heading: Heading, column: Int? = nil, _ message: String) {
        diagnostics.append(Diagnostic(.error, line: heading.line, column: column ?? 1, message))
    }

    private mutating func warning(_ heading: Heading, _ message: String) {
        diagnostics.append(Diagnostic(.warning, line: heading.line, column: 1, message))
    }
}

extension SourceText {
    /// A heading's title as inline text, positioned where it is in the file.
    init(headingLine heading: Heading) {
        self.init()
        let line = SourceLine(number: heading.line, chars: heading.chars, indentGrowth: 1 - heading.column)
        appendLine(line, from: 0)
    }
}

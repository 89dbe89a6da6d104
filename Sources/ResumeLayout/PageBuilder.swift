import ResumeModel

/// Turns the model into the prepared content of each page: which text, in which role,
/// at which indentation, with blank lines where.
struct PageBuilder {
    let resume: Resume
    let today: CalendarDate
    let glyphs: Glyphs

    /// How far an entry's body sits right of its title.
    static let bodyIndent = 2
    /// How much deeper each level of nested bullets goes.
    static let nestIndent = 2

    func items(for page: PageInfo) -> [LayoutItem] {
        var out: [LayoutItem] = []
        switch page.kind {
        case .about:
            about(into: &out)
        default:
            guard let index = page.section, resume.sections.indices.contains(index) else { return out }
            section(resume.sections[index], into: &out)
        }
        return out
    }

    // MARK: - Pages

    private func about(into out: inout [LayoutItem]) {
        out.append(.paragraph(Paragraph(Word.split(resume.name, .name))))
        out.append(.blank)
        if let label = resume.label {
            out.append(.paragraph(Paragraph(Word.split(label, .headline))))
            out.append(.blank)
        }
        if !resume.intro.isEmpty {
            blocks(resume.intro, indent: 0, base: .headline, into: &out)
            out.append(.blank)
        }
        for section in resume.sections where section.kind == .about {
            titledSection(section, into: &out)
        }
        let contactSections = resume.sections.filter { $0.kind == .contact }
        if !resume.contacts.isEmpty || resume.location != nil {
            out.append(.blank)
            let title = contactSections.first?.title ?? Labels.contact(resume.language)
            out.append(.paragraph(Paragraph(Word.split(title, .subheading))))
            contacts(into: &out)
            for section in contactSections {
                // The contacts are listed above; anything else the section holds still shows.
                blocks(section.intro, indent: 0, into: &out)
                entries(section.entries, into: &out)
            }
        } else {
            contactSections.forEach { titledSection($0, into: &out) }
        }
        for section in resume.sections where section.kind == .closing {
            titledSection(section, into: &out)
        }
    }

    /// A section shown on the About page: its title as a subheading, then its content.
    private func titledSection(_ section: Section, into out: inout [LayoutItem]) {
        out.append(.blank)
        out.append(.paragraph(Paragraph(Word.split(section.title, .subheading))))
        blocks(section.intro, indent: 0, into: &out)
        entries(section.entries, into: &out)
    }

    private func contacts(into out: inout [LayoutItem]) {
        var rows = resume.contacts.map { contact -> (label: String, value: String, role: Role) in
            let role: Role = (contact.kind == .phone || contact.kind == .other) ? .plain : .link
            return (contact.label, contact.value, role)
        }
        if let location = resume.location?.text, !location.isEmpty {
            rows.append((Labels.location(resume.language), location, .plain))
        }
        // Values line up in one column after the longest label.
        let labelWidth = rows.map { CellWidth.of(InertText.make($0.label)) }.max() ?? 0
        for row in rows {
            // The label is one unbreakable lead even when it has a space ("GitHub Profile").
            let label = Word(row.label.split(whereSeparator: \.isWhitespace).joined(separator: " "), .label)
            let lead: Word? = row.label.isEmpty ? nil : label
            out.append(.paragraph(Paragraph(Word.split(row.value, row.role), lead: lead, indent: 0,
                                            hang: lead == nil ? 0 : labelWidth + 2)))
        }
    }

    private func section(_ section: Section, into out: inout [LayoutItem]) {
        out.append(.paragraph(Paragraph(Word.split(section.title, .heading))))
        out.append(.blank)
        blocks(section.intro, indent: 0, into: &out)
        if !section.intro.isEmpty { out.append(.blank) }
        entries(section.entries, into: &out)
    }

    // MARK: - Entries

    private func entries(_ entries: [Entry], into out: inout [LayoutItem]) {
        for entry in entries {
            out.append(.blank)
            out.append(.entry)
            switch entry {
            case .job(let job): self.job(job, into: &out)
            case .talk(let talk): self.talk(talk, into: &out)
            case .skill(let group):
                titleLine(group.title, detail: group.level, into: &out)
                blocks(group.blocks, indent: Self.bodyIndent, into: &out)
            case .item(let item): self.item(item, into: &out)
            }
        }
    }

    /// "Organization · detail": the title in its role, a detail (a role, a level) dimmed.
    private func titleLine(_ title: String, detail: String?, into out: inout [LayoutItem]) {
        var words = Word.split(title, .organization)
        if let detail, !detail.isEmpty {
            if !words.isEmpty { words.append(Word(glyphs.separator, .dim)) }
            words += Word.split(detail, .plain)
        }
        out.append(.paragraph(Paragraph(words)))
    }

    private func job(_ job: Job, into out: inout [LayoutItem]) {
        titleLine(job.organization, detail: job.role, into: &out)
        if let period = job.period {
            var words = periodWords(period)
            if let location = job.location, !location.isEmpty {
                words.append(Word(glyphs.separator, .dim))
                words += Word.split(location, .period)
            }
            out.append(.paragraph(Paragraph(words)))
        } else if let text = job.periodText {
            out.append(.paragraph(Paragraph(Word.split(text, .period))))
        } else if let location = job.location, !location.isEmpty {
            out.append(.paragraph(Paragraph(Word.split(location, .period))))
        }
        if let url = job.url, !url.isEmpty {
            out.append(.paragraph(Paragraph(Word.split(url, .link))))
        }
        facts(job.facts, indent: 0, into: &out)
        blocks(job.summary, indent: 0, into: &out)
        groups(job.groups, into: &out)
    }

    /// "2023.09 – 현재 · 3년 2개월", in the résumé's language: the months, then the tenure
    /// (computed from today for an ongoing job; for an ended one, as the file states it,
    /// else computed). A single date is just the date.
    func periodWords(_ period: Period) -> [Word] {
        let parts = period.display(in: resume.language, today: today)
        var words = Word.split(parts.start, .period)
        if let end = parts.end {
            words += [Word(glyphs.dash, .period)] + Word.split(end, .period)
        }
        if let tenure = parts.tenure {
            words += [Word(glyphs.separator, .dim)] + Word.split(tenure, .period)
        }
        return words
    }

    private func talk(_ talk: Talk, into out: inout [LayoutItem]) {
        var heading = Word.split(talk.event, .organization)
        if let date = talk.date {
            heading += Word.split(Period(start: date, end: .date(date)).display(in: resume.language, today: today).start, .period)
        }
        if let role = talk.role, !role.isEmpty {
            heading.append(Word(glyphs.separator, .dim))
            heading += Word.split(role, .dim)
        }
        out.append(.paragraph(Paragraph(heading)))
        let body = Self.bodyIndent
        if !talk.title.isEmpty { paragraph(talk.title, base: .plain, indent: body, into: &out) }
        if let url = talk.url, !url.isEmpty {
            // A URL is one word: too long for the line, it breaks by cells, not at a space.
            out.append(.paragraph(Paragraph(Word.split(url, .link), indent: body)))
        }
        blocks(talk.notes, indent: body, into: &out)
    }

    private func item(_ item: Item, into out: inout [LayoutItem]) {
        var detail = item.subtitle
        if let date = item.date {
            let text = Period(start: date, end: .date(date)).display(in: resume.language, today: today).start
            detail = detail.map { "\($0) \(glyphs.separator) \(text)" } ?? text
        }
        titleLine(item.title, detail: detail, into: &out)
        if let url = item.url, !url.isEmpty {
            out.append(.paragraph(Paragraph(Word.split(url, .link), indent: Self.bodyIndent)))
        }
        blocks(item.blocks, indent: Self.bodyIndent, into: &out)
        groups(item.groups, into: &out)
    }

    private func facts(_ facts: [Fact], indent: Int, into out: inout [LayoutItem]) {
        let labelWidth = facts.map { CellWidth.of(InertText.make($0.label)) }.max() ?? 0
        for fact in facts {
            out.append(.paragraph(Paragraph(Word.split(fact.value, .plain), lead: Word(fact.label, .label), indent: indent,
                                            hang: indent + labelWidth + 2)))
        }
    }

    private func groups(_ groups: [Group], into out: inout [LayoutItem]) {
        for group in groups {
            out.append(.blank)
            out.append(.paragraph(Paragraph(Word.split(group.title, .subheading), indent: Self.bodyIndent)))
            blocks(group.blocks, indent: Self.bodyIndent, into: &out)
        }
    }

    // MARK: - Blocks

    private func blocks(_ blocks: [Block], indent: Int, base: Role = .plain, into out: inout [LayoutItem]) {
        for block in blocks {
            switch block {
            case .paragraph(let inline):
                paragraph(inline, base: base, indent: indent, into: &out)
            case .heading(let inline):
                out.append(.blank)
                paragraph(inline, base: .subheading, indent: indent, into: &out)
            case .list(let items):
                list(items, level: 0, indent: indent, into: &out)
            case .code(let code):
                out.append(.code(code.text, indent: indent + Self.bodyIndent))
            case .quote(let inner):
                var quoted: [LayoutItem] = []
                self.blocks(inner, indent: 0, base: base, into: &quoted)
                out.append(.quote(quoted, indent: indent))
            case .table(let table):
                out.append(.table(TableCells(table, words: { words($0, base: .plain) }), indent: indent))
            case .rule:
                out.append(.blank)
                out.append(.rule(indent: indent))
                out.append(.blank)
            }
        }
    }

    /// A paragraph; a hard line break starts a new line at the same indentation.
    private func paragraph(_ inline: Inline, base: Role, indent: Int, lead: Word? = nil, hang: Int? = nil,
                           into out: inout [LayoutItem]) {
        let lines = Self.splitAtBreaks(inline)
        for (index, line) in lines.enumerated() {
            if index == 0 {
                out.append(.paragraph(Paragraph(words(line, base: base), lead: lead, indent: indent, hang: hang)))
            } else {
                let at = hang ?? (indent + (lead.map { $0.width + 1 } ?? 0))
                out.append(.paragraph(Paragraph(words(line, base: base), indent: at)))
            }
        }
    }

    private static func splitAtBreaks(_ inline: Inline) -> [Inline] {
        var lines: [Inline] = [[]]
        for run in inline {
            if run.style == .lineBreak { lines.append([]) } else { lines[lines.count - 1].append(run) }
        }
        return lines
    }

    private func list(_ items: [ListItem], level: Int, indent: Int, into out: inout [LayoutItem]) {
        let at = indent + level * Self.nestIndent
        for item in items {
            var marker = item.number.map { "\($0)." } ?? (level == 0 ? glyphs.bullet : glyphs.subBullet)
            if let checked = item.checked { marker = checked ? "[x]" : "[ ]" }
            let lead = Word(marker, .bullet)
            let hang = at + lead.width + 1
            paragraph(item.text, base: .plain, indent: at, lead: lead, hang: hang, into: &out)
            for block in item.blocks {
                if case .list(let children) = block {
                    list(children, level: level + 1, indent: indent, into: &out)
                } else {
                    blocks([block], indent: hang, into: &out)
                }
            }
        }
    }

    /// The words of inline Markdown, each run in the role its markup asks for.
    func words(_ inline: Inline, base: Role) -> [Word] {
        var spans: [Span] = []
        for run in inline {
            switch run.style {
            case .plain where base == .plain:
                // The figures (1000개, reqps 7000, p90 150ms) stand out: they are the evidence.
                var rest = run.text[...]
                for range in Highlights.ranges(in: run.text) {
                    if rest.startIndex < range.lowerBound { spans.append(Span(String(rest[..<range.lowerBound]), base, width: 0)) }
                    spans.append(Span(String(run.text[range]), .highlight, width: 0))
                    rest = run.text[range.upperBound...]
                }
                if !rest.isEmpty { spans.append(Span(String(rest), base, width: 0)) }
            case .plain, .lineBreak: spans.append(Span(run.text, base, width: 0))
            case .strong, .emphasis: spans.append(Span(run.text, .emphasis, width: 0))
            case .strikethrough: spans.append(Span(run.text, .dim, width: 0))
            case .code: spans.append(Span(run.text, .code, width: 0))
            case .image:
                // A picture can't be shown here: its alt text says what it is.
                spans.append(Span(run.text, .link, width: 0))
            case .link(let url):
                spans.append(Span(run.text, .link, width: 0))
                // [text](url): a terminal cannot follow the link, so the address is shown too.
                let bare = url.hasPrefix("mailto:") ? String(url.dropFirst(7)) : url
                if !url.isEmpty, bare != run.text, !url.hasPrefix("#") {
                    spans += [Span(" (", .dim, width: 0), Span(url, .link, width: 0), Span(")", .dim, width: 0)]
                }
            }
        }
        return Word.split(spans)
    }
}

/// The few words the layout adds around the résumé's own, in its language.
enum Labels {
    static func contact(_ language: Language) -> String {
        switch language {
        case .korean: return "연락처"
        case .english: return "Contact"
        case .chinese: return "联系方式"
        case .japanese: return "連絡先"
        }
    }

    static func location(_ language: Language) -> String {
        switch language {
        case .korean: return "위치"
        case .english: return "Location"
        case .chinese: return "所在地"
        case .japanese: return "所在地"
        }
    }
}

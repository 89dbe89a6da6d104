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
        case .career, .talks, .skills, .generic:
            guard let index = page.section, resume.sections.indices.contains(index) else { return out }
            section(resume.sections[index], into: &out)
        }
        return out
    }

    // MARK: - Pages

    private func about(into out: inout [LayoutItem]) {
        out.append(.paragraph(Paragraph(Word.split(resume.name, .name))))
        out.append(.blank)
        if !resume.headline.isEmpty {
            for paragraph in resume.headline {
                out.append(.paragraph(Paragraph(words(paragraph, base: .headline))))
            }
            out.append(.blank)
        }
        let contactSections = resume.sections.filter { $0.kind == .contact }
        if let title = contactSections.first?.title, !resume.contacts.isEmpty {
            out.append(.paragraph(Paragraph(Word.split(title, .subheading))))
        }
        contacts(into: &out)
        for section in contactSections {
            // The contacts are listed above; anything else the section holds still shows.
            if resume.contacts.isEmpty {
                out.append(.paragraph(Paragraph(Word.split(section.title, .subheading))))
                blocks(section.intro, indent: 0, into: &out)
            }
            entries(section.entries, into: &out)
        }
        for section in resume.sections where section.kind == .closing {
            out.append(.blank)
            out.append(.paragraph(Paragraph(Word.split(section.title, .subheading))))
            blocks(section.intro, indent: 0, into: &out)
            entries(section.entries, into: &out)
        }
    }

    private func contacts(into out: inout [LayoutItem]) {
        guard !resume.contacts.isEmpty else { return }
        // Values line up in one column after the longest label.
        let labelWidth = resume.contacts.map { CellWidth.of(InertText.make($0.label)) }.max() ?? 0
        for contact in resume.contacts {
            let role: Role = (contact.kind == .email || contact.kind == .link) ? .link : .plain
            // The label is one unbreakable lead even when it has a space ("GitHub Profile").
            let label = Word(contact.label.split(whereSeparator: \.isWhitespace).joined(separator: " "), .label)
            out.append(.paragraph(Paragraph(Word.split(contact.value, role), lead: label, indent: 0, hang: labelWidth + 2)))
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
            case .skill(let group): titled(group.title, blocks: group.blocks, groups: [], into: &out)
            case .item(let item): titled(item.title, blocks: item.blocks, groups: item.groups, into: &out)
            }
        }
    }

    private func job(_ job: Job, into out: inout [LayoutItem]) {
        out.append(.paragraph(Paragraph(Word.split(job.organization, .organization))))
        out.append(.paragraph(Paragraph(periodWords(job.period))))
        blocks(job.summary, indent: 0, into: &out)
        groups(job.groups, into: &out)
    }

    /// "2023.09 – 현재 · 3년 2개월": the months, then the tenure (computed from today for
    /// an ongoing job; for an ended one, as the file states it, else computed).
    func periodWords(_ period: Period) -> [Word] {
        let parts = period.displayParts(today: today)
        return [Word(parts.start, .period), Word(glyphs.dash, .period), Word(parts.end, .period),
                Word(glyphs.separator, .dim)] + Word.split(parts.tenure, .period)
    }

    private func talk(_ talk: Talk, into out: inout [LayoutItem]) {
        var heading = Word.split(talk.event, .organization)
        if let year = talk.year { heading.append(Word(String(year), .period)) }
        if let role = talk.role, !role.isEmpty {
            heading.append(Word(glyphs.separator, .dim))
            heading += Word.split(role, .dim)
        }
        out.append(.paragraph(Paragraph(heading)))
        let body = Self.bodyIndent
        if !talk.title.isEmpty { out.append(.paragraph(Paragraph(words(talk.title, base: .plain), indent: body))) }
        if let url = talk.url, !url.isEmpty {
            // A URL is one word: too long for the line, it breaks by cells, not at a space.
            out.append(.paragraph(Paragraph(Word.split(url, .link), indent: body)))
        }
        blocks(talk.notes, indent: body, into: &out)
    }

    private func titled(_ title: String, blocks body: [Block], groups list: [Group], into out: inout [LayoutItem]) {
        out.append(.paragraph(Paragraph(Word.split(title, .organization))))
        blocks(body, indent: Self.bodyIndent, into: &out)
        groups(list, into: &out)
    }

    private func groups(_ groups: [Group], into out: inout [LayoutItem]) {
        for group in groups {
            out.append(.blank)
            out.append(.paragraph(Paragraph(Word.split(group.title, .subheading), indent: Self.bodyIndent)))
            blocks(group.blocks, indent: Self.bodyIndent, into: &out)
        }
    }

    // MARK: - Blocks

    private func blocks(_ blocks: [Block], indent: Int, into out: inout [LayoutItem]) {
        for block in blocks {
            switch block {
            case .paragraph(let inline):
                out.append(.paragraph(Paragraph(words(inline, base: .plain), indent: indent)))
            case .list(let items):
                list(items, level: 0, indent: indent, into: &out)
            }
        }
    }

    private func list(_ items: [ListItem], level: Int, indent: Int, into out: inout [LayoutItem]) {
        let marker = Word(level == 0 ? glyphs.bullet : glyphs.subBullet, .bullet)
        let at = indent + level * Self.nestIndent
        for item in items {
            out.append(.paragraph(Paragraph(words(item.text, base: .plain), lead: marker, indent: at)))
            list(item.children, level: level + 1, indent: indent, into: &out)
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
            case .plain: spans.append(Span(run.text, base, width: 0))
            case .strong, .emphasis: spans.append(Span(run.text, .emphasis, width: 0))
            case .code: spans.append(Span(run.text, .code, width: 0))
            case .link(let url):
                spans.append(Span(run.text, .link, width: 0))
                // [text](url): a terminal cannot follow the link, so the address is shown too.
                let bare = url.hasPrefix("mailto:") ? String(url.dropFirst(7)) : url
                if !url.isEmpty, bare != run.text {
                    spans += [Span(" (", .dim, width: 0), Span(url, .link, width: 0), Span(")", .dim, width: 0)]
                }
            }
        }
        return Word.split(spans)
    }
}

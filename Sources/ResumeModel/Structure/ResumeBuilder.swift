/// Builds a `Resume` from a Markdown file's pieces, leniently: whatever the file's
/// shape, everything it says is kept somewhere, and what had to be guessed is a warning.
///
/// - The name: see `NameFinder`.
/// - Sections are the shallowest headings after the name, whatever their level (`##`
///   under `# Name`, or `#` when the name is in front matter or is `#` too). Their
///   kind comes from their title (`SectionKind(title:)`).
/// - In a section, the next deeper heading level is an entry, the one after that a group
///   of an entry; deeper headings stay in the text as title lines. A level skipped
///   (`##` then `####`) is read as the next one, with a warning.
/// - A heading at section level that carries a date range (`# 株式会社…（2019年8月〜
///   2020年3月）`) is an entry of the career section it follows, not a section.
/// - Text before the first section (and before the name) is the intro; in a career,
///   education or projects section with no entry headings, entries may also be bold
///   lines (`**Company** — Role — 2018–2021`) or bullets that carry periods.
struct ResumeBuilder {
    // Written by the section assembly too, which lives in its own file.
    var diagnostics: [Diagnostic] = []
    var outline = Outline()
    private var intro: [MarkdownPiece] = []
    private var sections: [SectionDraft] = []
    private var contacts: [Contact] = []
    private var location: Location?

    /// A section while its pieces are gathered.
    struct SectionDraft {
        var title: String
        var kind: SectionKind
        var line: Int?
        var intro: [MarkdownPiece] = []
        var entries: [EntryDraft] = []
        var entryLevel: Int?
        var groupLevel: Int?
    }

    /// An entry while its pieces are gathered: its heading (or bold line), its text, its groups.
    struct EntryDraft {
        var heading: Inline
        var line: Int
        var column: Int
        var blocks: [MarkdownPiece] = []
        var groups: [(title: Inline, line: Int, blocks: [MarkdownPiece])] = []
    }

    mutating func build(_ pieces: [MarkdownPiece], frontMatter: FrontMatter?) -> Resume {
        var pieces = pieces
        let name = NameFinder.find(in: pieces, frontMatter: frontMatter)
        outline.nameSource = name.source
        if let index = name.piece, name.fromFirstLine {
            // The name was the paragraph's first line: the rest of it stays.
            pieces[index].lines.removeFirst()
            pieces[index].kind = .block(.paragraph(Self.joined(pieces[index].lines)))
        }
        var skip = name.titlePieces
        if let index = name.piece, !name.fromFirstLine { skip.insert(index) }
        let structure = pieces.indices.filter { !skip.contains($0) && !(name.fromFirstLine && $0 == name.piece && pieces[$0].lines.isEmpty) }
        let sectionLevel = Self.sectionLevel(structure.map { pieces[$0] })

        for index in structure {
            add(pieces[index], sectionLevel: sectionLevel)
        }

        var resume = Resume(name: name.name, label: name.label)
        contacts = frontMatter?.contacts ?? []
        location = frontMatter?.location
        resume.sections = sections.map { finish($0, resume: &resume) }
        resume.intro = introBlocks()
        if resume.name.isEmpty, let found = nameFromContacts(resume) {
            resume.name = found.name
            outline.nameSource = .contactLine(line: found.line)
        }
        resume.contacts = Self.unique(contacts)
        resume.location = location
        if resume.name.isEmpty {
            diagnostics.append(Diagnostic(.warning, line: 1, column: 1, pieces.isEmpty
                ? "the file is empty; start it with a line like \"# Your Name\""
                : "no name found; make the first heading your name (\"# Your Name\"), or add \"name: Your Name\" in front matter"))
        }
        return resume
    }

    /// The level of the résumé's sections: the shallowest level with a heading that names
    /// a kind of section, unless that is a lone one and the next such level has several
    /// (a setext `Education` among `##` sections: one section written a level up doesn't
    /// make the others its entries). Entries whose titles happen to hold a section's word
    /// ("Skill group 0", "Tools") don't count against it. With none, the shallowest level.
    static func sectionLevel(_ pieces: [MarkdownPiece]) -> Int? {
        var counts: [Int: Int] = [:]
        var shallowest: Int?
        for piece in pieces {
            guard case .heading(let level, let text) = piece.kind, !TitleText.isDocumentTitle(text.plainText) else { continue }
            shallowest = min(shallowest ?? level, level)
            if SectionKind(title: text.plainText) != .generic { counts[level, default: 0] += 1 }
        }
        let levels = counts.keys.sorted()
        guard let first = levels.first else { return shallowest }
        if counts[first] == 1, levels.count > 1, (counts[levels[1]] ?? 0) >= 2 { return levels[1] }
        return first
    }

    // MARK: - Walking the pieces

    private mutating func add(_ piece: MarkdownPiece, sectionLevel: Int?) {
        guard case .heading(let level, let text) = piece.kind else {
            addContent(piece)
            return
        }
        let title = text.plainText
        if TitleText.isDocumentTitle(title) { return }
        guard let sectionLevel, level > sectionLevel else {
            if isDatedEntryHeading(title) {
                if sections.last.map({ !$0.kind.hasDatedEntries }) ?? true {
                    sections.append(SectionDraft(title: "", kind: .career, line: nil))
                }
                // Headings under such an entry are its groups, as under any other entry.
                if sections[sections.count - 1].entryLevel == nil { sections[sections.count - 1].entryLevel = level }
                openEntry(piece, text: text)
                return
            }
            sections.append(SectionDraft(title: TitleText.clean(title), kind: SectionKind(title: title), line: piece.line))
            return
        }
        // The section is changed in place, never copied out: it holds every piece under it.
        guard let last = sections.indices.last else {
            intro.append(MarkdownPiece(kind: .block(.heading(text)), line: piece.line, column: piece.column))
            return
        }
        let entryLevel = sections[last].entryLevel ?? level
        if sections[last].entryLevel == nil {
            sections[last].entryLevel = level
            if level > sectionLevel + 1 { skippedLevel(piece, title: title, from: sectionLevel, to: level) }
        }
        if level <= entryLevel || sections[last].entries.isEmpty {
            openEntry(piece, text: text)
            return
        }
        let groupLevel = sections[last].groupLevel ?? level
        if sections[last].groupLevel == nil {
            sections[last].groupLevel = level
            if level > entryLevel + 1 { skippedLevel(piece, title: title, from: entryLevel, to: level) }
        }
        if level <= groupLevel {
            sections[last].entries[sections[last].entries.count - 1].groups.append((text, piece.line, []))
        } else {
            addContent(MarkdownPiece(kind: .block(.heading(text)), line: piece.line, column: piece.column))
        }
    }

    private mutating func openEntry(_ piece: MarkdownPiece, text: Inline) {
        sections[sections.count - 1].entries.append(EntryDraft(heading: text, line: piece.line, column: piece.column))
    }

    private mutating func addContent(_ piece: MarkdownPiece) {
        guard let last = sections.indices.last else {
            intro.append(piece)
            return
        }
        if let entry = sections[last].entries.indices.last {
            if let group = sections[last].entries[entry].groups.indices.last {
                sections[last].entries[entry].groups[group].blocks.append(piece)
            } else {
                sections[last].entries[entry].blocks.append(piece)
            }
        } else {
            sections[last].intro.append(piece)
        }
    }

    /// A heading with a date range and no section title in it: an entry, whatever its level.
    private func isDatedEntryHeading(_ title: String) -> Bool {
        guard SectionKind(title: title) == .generic, let match = PeriodFinder.find(in: title),
              case .success(let period) = match.result else { return false }
        return !period.isSingleDate
    }

    private mutating func skippedLevel(_ piece: MarkdownPiece, title: String, from: Int, to: Int) {
        diagnostics.append(Diagnostic(.warning, line: piece.line, column: 1,
            "the heading \"\(title)\" skips a level (\(String(repeating: "#", count: from)) to \(String(repeating: "#", count: to))); it is read as the next level down"))
    }

    // MARK: - The intro

    /// The blocks before the first section, minus lines that are only contact details
    /// (`📧 a@b.com | ☎ 010-…`), which become contacts.
    private mutating func introBlocks() -> [Block] {
        var kept: [MarkdownPiece] = []
        let blocks = intro.compactMap { piece -> Block? in
            guard case .block(let block) = piece.kind,
                  let left = takingContacts(from: block, piece: piece, inContactSection: false) else { return nil }
            kept.append(piece)
            return left
        }
        outline.introPlace = Outline.PartPlace(line: kept.first?.line, bulletLines: Self.bulletLines(kept))
        return blocks
    }

    /// The line of each item of the lists among `pieces`, in order; a list whose items'
    /// lines are unknown (one read from HTML) gives its own line for each.
    static func bulletLines(_ pieces: [MarkdownPiece]) -> [Int] {
        pieces.flatMap { piece -> [Int] in
            guard case .block(.list(let items)) = piece.kind else { return [] }
            return piece.itemLines.count == items.count ? piece.itemLines : Array(repeating: piece.line, count: items.count)
        }
    }

    /// `block` without what it says of contact details, which become contacts: whole
    /// lines of a paragraph, a list of nothing but contacts, a two-column table of them.
    /// In the contact section, a line that only names a place is the location. Nil when
    /// nothing is left.
    mutating func takingContacts(from block: Block, piece: MarkdownPiece, inContactSection: Bool) -> Block? {
        switch block {
        case .paragraph(let text):
            let lines = piece.lines.isEmpty ? InlineBuilder.lines(splitting: text) : piece.lines
            var kept: [Inline] = []
            for line in lines {
                if let found = ContactReader.read(line: line) {
                    take(found, line: piece.line)
                } else if inContactSection, location == nil, let place = ContactReader.place(line) {
                    location = Location(city: place)
                } else {
                    kept.append(line)
                }
            }
            if kept.count == lines.count { return block }
            guard !kept.isEmpty else { return nil }
            // Lines the file broke by hand (`<br>`, two spaces) stay broken.
            let hardBreaks = text.contains { $0.style == .lineBreak }
            return .paragraph(hardBreaks ? Self.joinedWithBreaks(kept) : Self.joined(kept))
        case .list:
            guard let found = Self.contactList(block) else { break }
            take(found, line: piece.line)
            return nil
        case .table(let table) where inContactSection:
            // A header row is a contact only when it says one ("Email | x@y.com"), not
            // when it names the columns ("구분 | 내용").
            let header = ContactReader.read(row: table.header).flatMap { found -> ContactReader.Found? in
                if case .contact(let contact) = found, contact.kind == .other { return nil }
                return found
            }
            let rows = table.rows.map(ContactReader.read(row:))
            guard rows.allSatisfy({ $0 != nil }) else { break }
            take((header.map { [$0] } ?? []) + rows.compactMap { $0 }, line: piece.line)
            return nil
        default:
            break
        }
        return Self.isNavigation(block) ? nil : block
    }

    /// Contacts and a location from what `ContactReader` found; a name is left for later.
    mutating func take(_ found: [ContactReader.Found], line: Int) {
        for item in found {
            switch item {
            case .contact(let contact): contacts.append(contact)
            case .location(let text): if location == nil { location = Location(city: text) }
            case .name(let text): pendingNames.append((text, line))
            }
        }
    }

    private var pendingNames: [(String, Int)] = []

    private func nameFromContacts(_ resume: Resume) -> (name: String, line: Int)? {
        pendingNames.first.map { (TitleText.clean($0.0), $0.1) }
    }

    /// A list whose every item is contact details (`- Email: …`, `- [GitHub](…)`).
    static func contactList(_ block: Block) -> [ContactReader.Found]? {
        guard case .list(let items) = block else { return nil }
        let read = items.map { item -> [ContactReader.Found]? in
            item.blocks.isEmpty ? ContactReader.read(line: item.text) : nil
        }
        return read.allSatisfy { $0 != nil } ? read.flatMap { $0 ?? [] } : nil
    }

    /// A list of links into the page itself (a table of contents): navigation, not content.
    static func isNavigation(_ block: Block) -> Bool {
        guard case .list(let items) = block, !items.isEmpty else { return false }
        return items.allSatisfy { item in
            let links = item.text.filter { !$0.text.trimmingSpaces().isEmpty }
            return !links.isEmpty && links.allSatisfy { run in
                if case .link(let url) = run.style { return url.hasPrefix("#") }
                return false
            } && item.blocks.allSatisfy(isNavigation)
        }
    }

    private static func unique(_ contacts: [Contact]) -> [Contact] {
        var seen = Set<String>()
        return contacts.filter { seen.insert($0.value.lowercased()).inserted }
    }

    static func joinedWithBreaks(_ lines: [Inline]) -> Inline {
        Array(lines.map { $0 }.joined(separator: [InlineRun.lineBreak]))
    }

    /// Lines of a paragraph put back together, a space between them (none between two
    /// Chinese or Japanese characters).
    static func joined(_ lines: [Inline]) -> Inline {
        var runs: Inline = []
        for line in lines {
            if let last = runs.last?.text.last, let next = line.first?.text.first,
               !(Script.isSpacelessCJK(last) && Script.isSpacelessCJK(next)) {
                runs.append(InlineRun(" "))
            }
            runs.append(contentsOf: line)
        }
        var merged: Inline = []
        for run in runs {
            if let last = merged.indices.last, merged[last].style == run.style, run.style != .lineBreak {
                merged[last].text += run.text
            } else {
                merged.append(run)
            }
        }
        return merged
    }
}

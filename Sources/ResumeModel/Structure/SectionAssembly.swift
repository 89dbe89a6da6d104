/// Turning a gathered section into the model: its contacts, its entries by kind.
extension ResumeBuilder {
    mutating func finish(_ draft: SectionDraft, resume: inout Resume) -> Section {
        var introPieces = draft.intro
        var drafts = draft.entries
        if draft.kind.hasDatedEntries, drafts.isEmpty {
            (introPieces, drafts) = Self.entriesWithoutHeadings(introPieces)
        }
        var kept: [MarkdownPiece] = []
        let intro = introPieces.compactMap { piece -> Block? in
            guard case .block(let block) = piece.kind else { return nil }
            let left = draft.kind == .contact ? takingContacts(from: block, piece: piece, inContactSection: true)
                                              : (Self.isNavigation(block) ? nil : block)
            if left != nil { kept.append(piece) }
            return left
        }
        let entries = drafts.map { entry(from: $0, kind: draft.kind) }
        if intro.isEmpty, entries.isEmpty, draft.kind != .contact, let line = draft.line {
            diagnostics.append(Diagnostic(.warning, line: line, column: 1,
                "the section \"\(draft.title)\" is empty; write something under it or remove the heading"))
        }
        let periods = entries.filter { if case .job(let job) = $0 { return job.period != nil } else { return false } }.count
        outline.sections.append(Outline.SectionSummary(
            title: draft.title, kind: draft.kind, line: draft.line, entries: entries.count, periods: periods,
            introPlace: Outline.PartPlace(line: draft.line, bulletLines: Self.bulletLines(kept)),
            entryPlaces: drafts.map { Self.place(of: $0, kind: draft.kind) }))
        return Section(title: draft.title, kind: draft.kind, intro: intro, entries: entries)
    }

    /// Where an entry's parts are, split as `TranslationCheck` reads the entry: a talk's
    /// or a skill group's groups are part of its text, a job's or an item's are parts.
    private static func place(of draft: EntryDraft, kind: SectionKind) -> Outline.EntryPlace {
        if kind == .talks || kind == .skills {
            return Outline.EntryPlace(line: draft.line, parts: [
                Outline.PartPlace(line: draft.line, bulletLines: bulletLines(draft.blocks + draft.groups.flatMap(\.blocks))),
            ])
        }
        let own = Outline.PartPlace(line: draft.line, bulletLines: bulletLines(draft.blocks))
        return Outline.EntryPlace(line: draft.line, parts: [own] + draft.groups.map {
            Outline.PartPlace(line: $0.line, bulletLines: bulletLines($0.blocks))
        })
    }

    // MARK: - Entries without headings

    /// In a career section with no entry headings: entries written as bold lines
    /// (`**Company** — Role — 2018–2021`, text under it) or as bullets that each carry a
    /// period. What comes before the first one stays the section's intro.
    static func entriesWithoutHeadings(_ pieces: [MarkdownPiece]) -> ([MarkdownPiece], [EntryDraft]) {
        var intro: [MarkdownPiece] = []
        var entries: [EntryDraft] = []
        for piece in pieces {
            if case .block(.paragraph) = piece.kind, let first = piece.lines.first, startsEntry(first) {
                var entry = EntryDraft(heading: first, line: piece.line, column: piece.column)
                let rest = Array(piece.lines.dropFirst())
                if !rest.isEmpty {
                    entry.blocks.append(MarkdownPiece(kind: .block(.paragraph(joined(rest))), line: piece.line, column: piece.column, lines: rest))
                }
                entries.append(entry)
                continue
            }
            if case .block(.list(let items)) = piece.kind, entries.isEmpty, !items.isEmpty,
               items.allSatisfy({ hasRange($0.text) }) {
                for item in items {
                    var entry = EntryDraft(heading: item.text, line: piece.line, column: piece.column)
                    entry.blocks = item.blocks.map { MarkdownPiece(kind: .block($0), line: piece.line, column: piece.column) }
                    entries.append(entry)
                }
                continue
            }
            if entries.isEmpty {
                intro.append(piece)
            } else {
                entries[entries.count - 1].blocks.append(piece)
            }
        }
        return (intro, entries)
    }

    /// A line that opens an entry: it carries a period, and either starts in bold or is
    /// short with a range on it.
    private static func startsEntry(_ line: Inline) -> Bool {
        guard let match = PeriodFinder.find(in: line.plainText) else { return false }
        let startsBold = line.first.map { $0.style == .strong } ?? false
        let isRange: Bool
        if case .success(let period) = match.result { isRange = !period.isSingleDate } else { isRange = true }
        return (startsBold && line.plainText.count <= 120) || (isRange && line.plainText.count <= 60)
    }

    private static func hasRange(_ line: Inline) -> Bool {
        guard let match = PeriodFinder.find(in: line.plainText), case .success(let period) = match.result else { return false }
        return !period.isSingleDate
    }

    // MARK: - Entries by kind

    private mutating func entry(from draft: EntryDraft, kind: SectionKind) -> Entry {
        let title = TitleText.clean(draft.heading.plainText)
        switch kind {
        case .career, .education, .projects, .volunteer:
            return .job(job(from: draft, kind: kind))
        case .talks:
            return .talk(talk(from: draft))
        case .skills:
            return .skill(SkillGroup(title: title, blocks: blocks(draft.blocks) + flattened(draft.groups)))
        default:
            var item = Item(title: title, blocks: blocks(draft.blocks), groups: groups(draft.groups))
            // "Best Paper Award (2019)": the date of an award or a certificate.
            if kind == .awards || kind == .certificates, let match = PeriodFinder.find(in: title),
               case .success(let period) = match.result, period.isSingleDate {
                item.date = period.start
                var rest = title
                rest.replaceSubrange(match.range, with: "")
                let cleaned = TitleText.clean(rest.replacing("()", with: "").replacing("（）", with: ""))
                if !cleaned.isEmpty { item.title = cleaned }
            }
            return .item(item)
        }
    }

    private mutating func job(from draft: EntryDraft, kind: SectionKind) -> Job {
        var read = EntryHeading.read(draft.heading)
        var body = draft.blocks
        var periodLine = draft.line
        var periodColumn = draft.column + (read.periodOffset ?? 0)
        var tenureColumn = draft.column + (read.tenureOffset ?? read.periodOffset ?? 0)
        if read.period == nil, read.periodText == nil, let first = body.first, case .block(.paragraph) = first.kind,
           let line = first.lines.first, let found = EntryHeading.periodLine(line) {
            read.period = found.read.period
            read.periodText = found.read.periodText
            read.problem = found.read.problem
            if let rest = found.rest { read.role = read.role.map { "\($0) · \(rest)" } ?? rest }
            periodLine = first.line
            periodColumn = first.column
            tenureColumn = first.column
            let remaining = Array(first.lines.dropFirst())
            if remaining.isEmpty {
                body.removeFirst()
            } else {
                body[0] = MarkdownPiece(kind: .block(.paragraph(Self.joined(remaining))), line: first.line, column: first.column, lines: remaining)
            }
        }
        let name = read.organization.isEmpty ? TitleText.clean(draft.heading.plainText) : read.organization
        if let problem = read.problem, let text = read.periodText {
            diagnostics.append(Diagnostic(.warning, line: periodLine, column: periodColumn,
                "the period \"\(text)\" can't be read: \(problem); it is shown as written. Write it like 2019.09 ~ 2023.06, Jan 2019 – Present or 2019年8月〜2020年3月"))
        } else if read.period == nil, kind == .career || kind == .volunteer {
            diagnostics.append(Diagnostic(.warning, line: draft.line, column: draft.column,
                "the job \"\(name)\" has no period; add one to its heading, like \"\(name) (2019.09 ~ 2023.06)\", or on the line under it"))
        }
        if let period = read.period, let tenure = period.statedTenure {
            checkTenure(tenure, of: period, line: periodLine, column: tenureColumn)
        }
        return Job(organization: name, role: read.role, url: read.url, period: read.period, periodText: read.periodText,
                   summary: blocks(body), groups: groups(draft.groups))
    }

    private mutating func checkTenure(_ tenure: String, of period: Period, line: Int, column: Int) {
        guard let stated = TenureReader.months(in: tenure) else {
            diagnostics.append(Diagnostic(.warning, line: line, column: column,
                "the tenure \"\(tenure)\" can't be read; write it like 44개월, 3년 9개월 or 45 months"))
            return
        }
        // An ongoing job's tenure grows every month; only a finished one can be checked.
        // A period in years only can't be checked to the month.
        guard period.countsMonths, let actual = period.monthsBetweenDates, stated != actual else { return }
        let unit = actual == 1 ? "month" : "months"
        diagnostics.append(Diagnostic(.warning, line: line, column: column,
            "the stated tenure \"\(tenure)\" does not match the dates: \(period.start)–\(Self.endText(period)) is \(actual) \(unit) (\(Period.describeKorean(months: actual)))"))
    }

    private static func endText(_ period: Period) -> String {
        if case .date(let end) = period.end { return end.description }
        return "now"
    }

    private mutating func talk(from draft: EntryDraft) -> Talk {
        let heading = TalkHeading.read(draft.heading.plainText)
        if heading.year == nil {
            diagnostics.append(Diagnostic(.warning, line: draft.line, column: draft.column,
                "the talk \"\(TitleText.clean(draft.heading.plainText))\" has no year; write it like ### Pycon KR 2021, Speaker"))
        }
        var title: Inline = []
        var url: String?
        var notes: [Block] = []
        for block in blocks(draft.blocks) + flattened(draft.groups) {
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
        return Talk(event: heading.event, date: heading.year.map { CalendarDate(year: $0) }, role: heading.role,
                    title: title, url: url, notes: notes)
    }

    /// The link of a paragraph that is nothing but a link, with its text.
    private static func onlyLink(_ runs: Inline) -> (text: String, url: String)? {
        let meaningful = runs.filter { !$0.text.allSatisfy(\.isWhitespace) }
        guard meaningful.count == 1, case .link(let url) = meaningful[0].style,
              !url.lowercased().hasPrefix("mailto:") else { return nil }
        return (meaningful[0].text.trimmingSpaces(), url)
    }

    // MARK: - Blocks

    private func blocks(_ pieces: [MarkdownPiece]) -> [Block] {
        pieces.compactMap { piece in
            if case .block(let block) = piece.kind { return block }
            return nil
        }
    }

    private func groups(_ drafts: [(title: Inline, line: Int, blocks: [MarkdownPiece])]) -> [Group] {
        drafts.map { Group(title: TitleText.clean($0.title.plainText), blocks: blocks($0.blocks)) }
    }

    /// Groups where none are expected (under a talk or a skill group): each title stays
    /// as a title line before its blocks.
    private func flattened(_ drafts: [(title: Inline, line: Int, blocks: [MarkdownPiece])]) -> [Block] {
        drafts.flatMap { [Block.heading($0.title)] + blocks($0.blocks) }
    }
}

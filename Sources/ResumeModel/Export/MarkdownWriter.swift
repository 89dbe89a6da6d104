/// Writes a `Resume` back as normalized Markdown that `ResumeParser` reads to an equal
/// value (for a résumé that came from Markdown; a JSON Resume's details with no Markdown
/// form, such as a job's location, are written as text).
///
/// `# Name`, `## Section`, `### Entry` with the period on the line under it (`Role at
/// Company` when there is a role), `#### Group`; one blank line between blocks; `- `
/// bullets nested by their marker's width; contacts as `- Label: value` lines in the
/// contact section (or under the name when there is none); front matter only for what
/// has no other place (a title, a full address, a language the text doesn't show).
public enum MarkdownWriter {
    public static func write(_ resume: Resume) -> String {
        var chunks: [String] = []
        if let frontMatter = frontMatter(resume) { chunks.append(frontMatter) }
        chunks.append(heading(1, resume.name))
        chunks.append(contentsOf: blocks(resume.intro))
        let contactLines = contacts(resume)
        let hasContactSection = resume.sections.contains { $0.kind == .contact }
        if !hasContactSection, !contactLines.isEmpty { chunks.append(contactLines.joined(separator: "\n")) }
        var contactsWritten = false
        for section in resume.sections {
            chunks.append(heading(2, section.title))
            if section.kind == .contact, !contactsWritten, !contactLines.isEmpty {
                chunks.append(contactLines.joined(separator: "\n"))
                contactsWritten = true
            }
            chunks.append(contentsOf: blocks(section.intro))
            for entry in section.entries {
                chunks.append(contentsOf: self.entry(entry))
            }
        }
        return chunks.joined(separator: "\n\n") + "\n"
    }

    // MARK: - Front matter and contacts

    private static func frontMatter(_ resume: Resume) -> String? {
        var fields: [String] = []
        if let label = resume.label { fields.append("title: \(yaml(label))") }
        if let location = resume.location, !isCityOnly(location) {
            fields.append("location:")
            let parts: [(String, String?)] = [("address", location.address), ("postalCode", location.postalCode), ("city", location.city),
                                              ("region", location.region), ("countryCode", location.countryCode)]
            for (key, value) in parts { if let value { fields.append("  \(key): \(yaml(value))") } }
        }
        if Language.detect(in: resume) != resume.language { fields.append("lang: \(resume.language.rawValue)") }
        return fields.isEmpty ? nil : (["---"] + fields + ["---"]).joined(separator: "\n")
    }

    /// A YAML string in double quotes, so no value is read as a number, a date or a list.
    private static func yaml(_ text: String) -> String {
        var out = "\""
        for scalar in MarkdownInline.oneLine(text).unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            default:
                if scalar.value < 0x20 || scalar.value == 0x7F { out += "\\x" + String(scalar.value, radix: 16).leftPadded(to: 2) } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        return out + "\""
    }

    private static func isCityOnly(_ location: Location) -> Bool {
        location.city != nil && location.address == nil && location.postalCode == nil && location.region == nil
            && location.countryCode == nil
    }

    private static func contacts(_ resume: Resume) -> [String] {
        var lines = resume.contacts.map { contact -> String in
            var value: String
            switch contact.kind {
            case .link, .website:
                let text = contact.username ?? contact.value
                value = MarkdownInline.text([InlineRun(text, .link(url: contact.value))])
            case .email:
                value = MarkdownInline.text([InlineRun(contact.value, .link(url: "mailto:" + contact.value))])
            case .phone, .other:
                value = MarkdownInline.text([InlineRun(contact.value)])
            }
            return "- " + MarkdownInline.text([InlineRun(contact.label)]) + ": " + value
        }
        if let location = resume.location, isCityOnly(location), let city = location.city {
            lines.append("- Location: " + MarkdownInline.text([InlineRun(city)]))
        }
        return lines
    }

    // MARK: - Entries

    private static func entry(_ entry: Entry) -> [String] {
        switch entry {
        case .job(let job):
            // `### **Role** at Company (2019.09 ~ 2023.06)`: the bold marks the role for the
            // reader, whatever words it has; the period, even one that can't be read, is in
            // brackets at the end.
            var title = MarkdownInline.text([InlineRun(job.organization, job.url.map { .link(url: $0) } ?? .plain)])
            if let role = job.role { title = MarkdownInline.text([InlineRun(role, .strong)]) + " at " + title }
            if let period = job.period {
                title += " (" + self.period(period) + ")"
            } else if let text = job.periodText {
                title += " (" + MarkdownInline.text([InlineRun(text)]) + ")"
            }
            var chunks = [heading(3, title, escaped: true)]
            if let location = job.location { chunks.append(MarkdownInline.paragraph([InlineRun(location, .emphasis)])) }
            if !job.facts.isEmpty {
                chunks.append(job.facts.map { "- " + MarkdownInline.text([InlineRun($0.label)]) + ": " + MarkdownInline.text([InlineRun($0.value)]) }
                    .joined(separator: "\n"))
            }
            return chunks + blocks(job.summary) + groups(job.groups)
        case .talk(let talk):
            return self.talk(talk)
        case .skill(let skill):
            let level = skill.level.map { [MarkdownInline.paragraph([InlineRun($0, .emphasis)])] } ?? []
            return [heading(3, skill.title)] + level + blocks(skill.blocks)
        case .item(let item):
            var title = MarkdownInline.text([InlineRun(item.title, item.url.map { .link(url: $0) } ?? .plain)])
            if let date = item.date { title += " (\(date))" }
            let subtitle = item.subtitle.map { [MarkdownInline.paragraph([InlineRun($0, .emphasis)])] } ?? []
            return [heading(3, title, escaped: true)] + subtitle + blocks(item.blocks) + groups(item.groups)
        }
    }

    private static func talk(_ talk: Talk) -> [String] {
        var title = talk.event
        if let year = talk.year { title += (title.isEmpty ? "" : " ") + String(year) }
        if let role = talk.role { title += ", " + role }
        var chunks = [heading(3, title)]
        let titleParagraph = talk.title.isEmpty ? nil : MarkdownInline.paragraph(talk.title)
        let urlParagraph = talk.url.map { MarkdownInline.paragraph([InlineRun($0, .link(url: $0))]) }
        // The reader takes the first link-only paragraph as the URL, so a title that is
        // itself a lone link must come after the URL to stay the title.
        let titleIsLoneLink = talk.title.count == 1 && {
            if case .link(let url) = talk.title[0].style { return !url.lowercased().hasPrefix("mailto:") }
            return false
        }()
        let ordered = titleIsLoneLink ? [urlParagraph, titleParagraph] : [titleParagraph, urlParagraph]
        chunks.append(contentsOf: ordered.compactMap { $0 })
        chunks.append(contentsOf: blocks(talk.notes))
        return chunks
    }

    private static func groups(_ groups: [Group]) -> [String] {
        groups.flatMap { [heading(4, $0.title)] + blocks($0.blocks) }
    }

    /// `2019.09.02 ~ 2023.06.02, 44개월`, `2023.09 ~ present`, or a single date.
    static func period(_ period: Period) -> String {
        var text: String
        switch period.end {
        case .ongoing: text = "\(period.start) ~ present"
        case .date(let end): text = period.isSingleDate ? "\(period.start)" : "\(period.start) ~ \(end)"
        }
        if let tenure = period.statedTenure { text += ", " + tenure }
        return text
    }

    // MARK: - Blocks

    private static func heading(_ level: Int, _ title: String, escaped: Bool = false) -> String {
        let marks = String(repeating: "#", count: level)
        let text = escaped ? title : MarkdownInline.text([InlineRun(title)])
        return text.isEmpty ? marks : marks + " " + text
    }

    /// Blocks in order. Two lists in a row would read back as one, so the second one's
    /// markers differ (`*` after `-`, `1)` after `1.`), as CommonMark separates lists.
    static func blocks(_ blocks: [Block]) -> [String] {
        var previousMarker: Character?
        return blocks.map { block in
            guard case .list(let items) = block else {
                previousMarker = nil
                return self.block(block)
            }
            let ordered = items.first?.number != nil
            let marker: Character = ordered ? (previousMarker == "." ? ")" : ".") : (previousMarker == "-" ? "*" : "-")
            previousMarker = marker
            return list(items, marker: marker)
        }
    }

    static func block(_ block: Block) -> String {
        switch block {
        case .paragraph(let runs):
            return MarkdownInline.paragraph(runs)
        case .heading(let runs):
            // Deeper than any level the structure uses, so it stays a title line.
            return "###### " + MarkdownInline.text(runs)
        case .list(let items):
            return list(items, marker: items.first?.number != nil ? "." : "-")
        case .code(let code):
            var longest = 2
            var current = 0
            for ch in code.text {
                current = ch == "`" ? current + 1 : 0
                longest = max(longest, current)
            }
            let fence = String(repeating: "`", count: longest + 1)
            return fence + (code.language ?? "") + "\n" + code.text + "\n" + fence
        case .quote(let inner):
            return blocks(inner).joined(separator: "\n\n")
                .split(separator: "\n", omittingEmptySubsequences: false)
                .map { $0.isEmpty ? ">" : "> " + $0 }.joined(separator: "\n")
        case .table(let table):
            return self.table(table)
        case .rule:
            return "***"
        }
    }

    private static func list(_ items: [ListItem], marker: Character) -> String {
        items.map { item in
            let bare = item.number.map { "\($0)\(marker)" } ?? String(marker)
            var marker = bare
            if let checked = item.checked { marker += checked ? " [x]" : " [ ]" }
            let indent = String(repeating: " ", count: bare.count + 1)
            var text = MarkdownInline.paragraph(item.text)
            text = text.split(separator: "\n", omittingEmptySubsequences: false).enumerated()
                .map { $0.offset == 0 ? String($0.element) : indent + $0.element }.joined(separator: "\n")
            var out = text.isEmpty ? marker : marker + " " + text
            for (inner, text) in zip(item.blocks, blocks(item.blocks)) {
                let body = text.split(separator: "\n", omittingEmptySubsequences: false)
                    .map { $0.isEmpty ? "" : indent + $0 }.joined(separator: "\n")
                // A nested list right under the text keeps the list tight; anything else gets a blank line.
                if case .list = inner { out += "\n" + body } else { out += "\n\n" + body }
            }
            return out
        }.joined(separator: "\n")
    }

    private static func table(_ table: Table) -> String {
        let columns = max(table.header.count, table.rows.map(\.count).max() ?? 0, 1)
        func row(_ cells: [Inline]) -> String {
            let texts = (0..<columns).map { $0 < cells.count ? MarkdownInline.text(cells[$0], inTable: true) : "" }
            return "| " + texts.joined(separator: " | ") + " |"
        }
        let rule = (0..<columns).map { column -> String in
            switch column < table.alignments.count ? table.alignments[column] : .none {
            case .left: return ":---"
            case .center: return ":---:"
            case .right: return "---:"
            case .none: return "---"
            }
        }
        return ([row(table.header), "| " + rule.joined(separator: " | ") + " |"] + table.rows.map(row)).joined(separator: "\n")
    }
}

private extension String {
    func leftPadded(to width: Int) -> String {
        String(repeating: "0", count: max(0, width - count)) + self
    }
}

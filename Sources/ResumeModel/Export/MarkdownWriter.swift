/// Writes a `Resume` back as normalized Markdown that `ResumeParser` reads to an equal value.
///
/// One blank line between blocks, `- ` bullets nested by 2 spaces, each paragraph and
/// bullet on one line, periods as `(2019.09.02~2023.06.02, 44개월)` or
/// `(2023.09.02, NOW)`, and inline markup re-escaped (see `MarkdownInline`).
/// Contacts are not written separately: they live in the contact section's text.
public enum MarkdownWriter {
    public static func write(_ resume: Resume) -> String {
        var chunks: [String] = [heading(1, resume.name)]
        for paragraph in resume.headline where !paragraph.isEmpty {
            chunks.append(MarkdownInline.paragraph(paragraph))
        }
        for section in resume.sections {
            chunks.append(heading(2, section.title))
            chunks.append(contentsOf: section.intro.map(block))
            for entry in section.entries {
                chunks.append(contentsOf: self.entry(entry))
            }
        }
        return chunks.joined(separator: "\n\n") + "\n"
    }

    // MARK: - Entries

    private static func entry(_ entry: Entry) -> [String] {
        switch entry {
        case .job(let job):
            let title = job.organization.isEmpty ? "(\(period(job.period)))" : "\(job.organization) (\(period(job.period)))"
            return [heading(3, title)] + job.summary.map(block) + groups(job.groups)
        case .talk(let talk):
            return self.talk(talk)
        case .skill(let skill):
            return [heading(3, skill.title)] + skill.blocks.map(block)
        case .item(let item):
            return [heading(3, item.title)] + item.blocks.map(block) + groups(item.groups)
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
        chunks.append(contentsOf: talk.notes.map(block))
        return chunks
    }

    private static func groups(_ groups: [Group]) -> [String] {
        groups.flatMap { [heading(4, $0.title)] + $0.blocks.map(block) }
    }

    /// `2019.09.02~2023.06.02, 44개월` or `2023.09.02, NOW`.
    static func period(_ period: Period) -> String {
        var text: String
        switch period.end {
        case .ongoing: text = "\(period.start), NOW"
        case .date(let end): text = "\(period.start)~\(end)"
        }
        if let tenure = period.statedTenure { text += ", " + tenure }
        return text
    }

    // MARK: - Blocks

    private static func heading(_ level: Int, _ title: String) -> String {
        let marks = String(repeating: "#", count: level)
        let text = MarkdownInline.oneLine(title)
        return text.isEmpty ? marks : marks + " " + text
    }

    private static func block(_ block: Block) -> String {
        switch block {
        case .paragraph(let runs):
            return MarkdownInline.paragraph(runs)
        case .list(let items):
            var lines: [String] = []
            for item in items { listItem(item, depth: 0, into: &lines) }
            return lines.joined(separator: "\n")
        }
    }

    private static func listItem(_ item: ListItem, depth: Int, into lines: inout [String]) {
        let text = MarkdownInline.text(item.text)
        let indent = String(repeating: " ", count: depth * 2)
        lines.append(text.isEmpty ? indent + "-" : indent + "- " + text)
        for child in item.children { listItem(child, depth: depth + 1, into: &lines) }
    }
}

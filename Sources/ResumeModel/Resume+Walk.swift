extension Resume {
    /// Every piece of inline text in the résumé, in reading order: the intro, then each
    /// section's paragraphs, bullets (nested ones included), table cells, quotes, talk
    /// titles and notes. One walk, for everything that looks through the whole text.
    public var inlineTexts: [Inline] {
        var texts: [Inline] = []
        Self.collect(intro, into: &texts)
        for section in sections {
            Self.collect(section.intro, into: &texts)
            for entry in section.entries {
                switch entry {
                case .job(let job):
                    Self.collect(job.summary, into: &texts)
                    job.groups.forEach { Self.collect($0.blocks, into: &texts) }
                case .talk(let talk):
                    texts.append(talk.title)
                    Self.collect(talk.notes, into: &texts)
                case .skill(let group):
                    Self.collect(group.blocks, into: &texts)
                case .item(let item):
                    Self.collect(item.blocks, into: &texts)
                    item.groups.forEach { Self.collect($0.blocks, into: &texts) }
                }
            }
        }
        return texts
    }

    /// The inline text of `blocks`, depth first.
    static func collect(_ blocks: [Block], into texts: inout [Inline]) {
        for block in blocks {
            switch block {
            case .paragraph(let inline), .heading(let inline):
                texts.append(inline)
            case .list(let items):
                for item in items {
                    texts.append(item.text)
                    collect(item.blocks, into: &texts)
                }
            case .quote(let inner):
                collect(inner, into: &texts)
            case .table(let table):
                texts.append(contentsOf: table.header)
                table.rows.forEach { texts.append(contentsOf: $0) }
            case .code(let code):
                texts.append([InlineRun(code.text, .code)])
            case .rule:
                break
            }
        }
    }

    /// Every title: the name, the label, sections, entries and groups.
    public var titles: [String] {
        var out = [name] + (label.map { [$0] } ?? [])
        for section in sections {
            out.append(section.title)
            for entry in section.entries {
                switch entry {
                case .job(let job): out += [job.organization] + (job.role.map { [$0] } ?? []) + job.groups.map(\.title)
                case .talk(let talk): out += [talk.event] + (talk.role.map { [$0] } ?? [])
                case .skill(let group): out.append(group.title)
                case .item(let item): out += [item.title] + (item.subtitle.map { [$0] } ?? []) + item.groups.map(\.title)
                }
            }
        }
        return out
    }
}

extension Resume {
    /// Nothing to show: no name, no text, no contact, no section (an empty file, or one
    /// read while an editor had just emptied it).
    public var isEmpty: Bool {
        name.isEmpty && label == nil && intro.isEmpty && contacts.isEmpty && location == nil && sections.isEmpty
    }
}

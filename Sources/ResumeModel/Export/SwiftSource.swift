/// A résumé as Swift source that builds it: what the EmbedResume plugin compiles into
/// the binary, so a start with the built-in résumé parses nothing.
///
/// Every value is spelled with its type (`InlineRun("…", InlineStyle.plain)`,
/// `Block.paragraph([…])`): the compiler then checks each literal without inference,
/// and a long résumé compiles in time linear in its length. Each entry is one statement,
/// so no single expression grows with the résumé. Text is written in escapes outside
/// printable ASCII, so what the file holds (any scalar, CR, U+2028) reaches the binary
/// unchanged. `EmbeddedResumeTests` holds the built value equal to a parse of the bytes.
public enum SwiftSource {
    /// A closure expression, `{ … }()`, whose value is `resume`.
    public static func expression(_ resume: Resume) -> String {
        var out = "{\n    var sections: [Section] = []\n"
        for section in resume.sections {
            out += "    do {\n        var entries: [Entry] = []\n"
            for entry in section.entries { out += "        entries.append(\(self.entry(entry)))\n" }
            out += "        sections.append(Section(title: \(string(section.title)), kind: SectionKind.\(section.kind.rawValue), "
                + "intro: \(blocks(section.intro)), entries: entries))\n    }\n"
        }
        out += "    return Resume(name: \(string(resume.name)), label: \(optional(resume.label, string)), "
            + "intro: \(blocks(resume.intro)), contacts: \(array(resume.contacts, "Contact", contact)), "
            + "location: \(optional(resume.location, location)), language: Language.\(language(resume.language)), "
            + "sections: sections)\n}()"
        return out
    }

    // MARK: - Values

    static func entry(_ entry: Entry) -> String {
        switch entry {
        case .job(let job):
            return "Entry.job(Job(organization: \(string(job.organization)), role: \(optional(job.role, string)), "
                + "location: \(optional(job.location, string)), url: \(optional(job.url, string)), "
                + "period: \(optional(job.period, period)), periodText: \(optional(job.periodText, string)), "
                + "summary: \(blocks(job.summary)), groups: \(array(job.groups, "Group", group)), "
                + "facts: \(array(job.facts, "Fact") { "Fact(\(string($0.label)), \(string($0.value)))" })))"
        case .talk(let talk):
            return "Entry.talk(Talk(event: \(string(talk.event)), date: \(optional(talk.date, date)), "
                + "role: \(optional(talk.role, string)), title: \(inline(talk.title)), url: \(optional(talk.url, string)), "
                + "notes: \(blocks(talk.notes))))"
        case .skill(let skill):
            return "Entry.skill(SkillGroup(title: \(string(skill.title)), level: \(optional(skill.level, string)), "
                + "blocks: \(blocks(skill.blocks))))"
        case .item(let item):
            return "Entry.item(Item(title: \(string(item.title)), subtitle: \(optional(item.subtitle, string)), "
                + "date: \(optional(item.date, date)), url: \(optional(item.url, string)), blocks: \(blocks(item.blocks)), "
                + "groups: \(array(item.groups, "Group", group))))"
        }
    }

    static func group(_ group: Group) -> String {
        "Group(title: \(string(group.title)), blocks: \(blocks(group.blocks)))"
    }

    static func blocks(_ blocks: [Block]) -> String { array(blocks, "Block", block) }

    static func block(_ block: Block) -> String {
        switch block {
        case .paragraph(let text): return "Block.paragraph(\(inline(text)))"
        case .list(let items): return "Block.list(\(array(items, "ListItem", listItem)))"
        case .code(let code): return "Block.code(CodeBlock(\(string(code.text)), language: \(optional(code.language, string))))"
        case .quote(let inner): return "Block.quote(\(blocks(inner)))"
        case .table(let table):
            return "Block.table(Table(header: \(array(table.header, "[InlineRun]", inline)), "
                + "alignments: \(array(table.alignments, "Table.Alignment") { "Table.Alignment.\($0.rawValue)" }), "
                + "rows: \(array(table.rows, "[[InlineRun]]") { array($0, "[InlineRun]", inline) })))"
        case .rule: return "Block.rule"
        case .heading(let text): return "Block.heading(\(inline(text)))"
        }
    }

    static func listItem(_ item: ListItem) -> String {
        "ListItem(\(inline(item.text)), number: \(optional(item.number) { String($0) }), "
            + "checked: \(optional(item.checked) { String($0) }), blocks: \(blocks(item.blocks)))"
    }

    static func inline(_ runs: Inline) -> String {
        array(runs, "InlineRun") { run in
            let style: String
            switch run.style {
            case .plain: style = "plain"
            case .strong: style = "strong"
            case .emphasis: style = "emphasis"
            case .strikethrough: style = "strikethrough"
            case .code: style = "code"
            case .link(let url): style = "link(url: \(string(url)))"
            case .image(let url): style = "image(url: \(string(url)))"
            case .lineBreak: style = "lineBreak"
            }
            return "InlineRun(\(string(run.text)), InlineStyle.\(style))"
        }
    }

    static func contact(_ contact: Contact) -> String {
        "Contact(kind: Contact.Kind.\(contact.kind.rawValue), label: \(string(contact.label)), "
            + "value: \(string(contact.value)), username: \(optional(contact.username, string)))"
    }

    static func location(_ location: Location) -> String {
        "Location(address: \(optional(location.address, string)), postalCode: \(optional(location.postalCode, string)), "
            + "city: \(optional(location.city, string)), countryCode: \(optional(location.countryCode, string)), "
            + "region: \(optional(location.region, string)))"
    }

    static func period(_ period: Period) -> String {
        let end: String
        switch period.end {
        case .date(let day): end = "Period.End.date(\(date(day)))"
        case .ongoing: end = "Period.End.ongoing"
        }
        return "Period(start: \(date(period.start)), end: \(end), statedTenure: \(optional(period.statedTenure, string)))"
    }

    static func date(_ date: CalendarDate) -> String {
        "CalendarDate(year: \(date.year), month: \(optional(date.month) { String($0) }), "
            + "day: \(optional(date.day) { String($0) }), season: \(optional(date.season, string)))"
    }

    static func language(_ language: Language) -> String {
        switch language {
        case .korean: return "korean"
        case .english: return "english"
        case .chinese: return "chinese"
        case .japanese: return "japanese"
        }
    }

    // MARK: - Spelling

    /// A string literal of `text`: printable ASCII as itself, every other scalar escaped.
    package static func string(_ text: String) -> String {
        var out = "\""
        for scalar in text.unicodeScalars {
            switch scalar.value {
            case 0x22: out += "\\\""
            case 0x5C: out += "\\\\"
            case 0x20...0x7E: out.unicodeScalars.append(scalar)
            default: out += "\\u{" + String(scalar.value, radix: 16) + "}"
            }
        }
        return out + "\""
    }

    static func optional<Value>(_ value: Value?, _ spell: (Value) -> String) -> String {
        value.map(spell) ?? "nil"
    }

    /// An array literal with its element type named, so an empty one needs no inference.
    static func array<Value>(_ values: [Value], _ type: String, _ spell: (Value) -> String) -> String {
        values.isEmpty ? "[\(type)]()" : "[" + values.map(spell).joined(separator: ", ") + "] as [\(type)]"
    }
}

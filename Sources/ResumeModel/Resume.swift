/// A résumé as typed values, read from Markdown (any common style) or a JSON Resume file.
///
/// Source positions are deliberately not part of the model: two files that say the
/// same thing (say, the original and its normalized Markdown export) give equal
/// values. Positions live in `Diagnostic`s and in `ParseResult.outline` instead.
public struct Resume: Equatable, Sendable {
    /// The person's name; empty when the file never says it (`check` warns).
    public var name: String
    /// A one-line title ("Site Reliability Engineer"): front matter `title`/`label`, or
    /// JSON Resume's `basics.label`. Markdown résumés usually say it in `intro` instead.
    public var label: String?
    /// What is written between the name and the first section: the headline paragraph(s),
    /// and whatever else people put there (a contact line, a quote, badges).
    public var intro: [Block]
    /// Email, phone and links: from the contact section, front matter, or JSON `basics`.
    public var contacts: [Contact]
    public var location: Location?
    /// The language the résumé is written in: it decides the words around the content
    /// ("현재" or "Present") and the HTML page's `lang`.
    public var language: Language
    /// Every section, in file order (the contact section included).
    public var sections: [Section]

    public init(
        name: String, label: String? = nil, intro: [Block] = [], contacts: [Contact] = [],
        location: Location? = nil, language: Language = .english, sections: [Section] = []
    ) {
        self.name = name
        self.label = label
        self.intro = intro
        self.contacts = contacts
        self.location = location
        self.language = language
        self.sections = sections
    }

    /// The paragraphs of `intro`: the headline, as the About page and JSON `label` use it.
    public var headline: [Inline] {
        intro.compactMap { if case .paragraph(let text) = $0 { return text } else { return nil } }
    }
}

/// The languages whose conventions the program knows: how periods read, how lines break.
public enum Language: String, Equatable, Hashable, Sendable, CaseIterable {
    case korean = "ko", english = "en", chinese = "zh", japanese = "ja"

    /// `ko`, `ko-KR`, `en_US.UTF-8`, `zh-Hant`, `Japanese`: nil for anything else.
    public init?(code: String) {
        let lower = code.lowercased()
        let prefix = lower.prefix { $0.isLetter }
        switch prefix {
        case "ko", "kor", "korean": self = .korean
        case "en", "eng", "english": self = .english
        case "zh", "zho", "chi", "chinese", "cn": self = .chinese
        case "ja", "jpn", "japanese", "jp": self = .japanese
        default: return nil
        }
    }

    /// The name of the language in English, for `check`.
    public var englishName: String {
        switch self {
        case .korean: return "Korean"
        case .english: return "English"
        case .chinese: return "Chinese"
        case .japanese: return "Japanese"
        }
    }

    /// The name of the language in itself, for a switch between a résumé's languages.
    public var nativeName: String {
        switch self {
        case .korean: return "한국어"
        case .english: return "English"
        case .chinese: return "中文"
        case .japanese: return "日本語"
        }
    }
}

/// Where someone lives or works, as JSON Resume spells it out.
public struct Location: Equatable, Sendable {
    public var address: String?
    public var postalCode: String?
    public var city: String?
    public var countryCode: String?
    public var region: String?
    public init(address: String? = nil, postalCode: String? = nil, city: String? = nil, countryCode: String? = nil, region: String? = nil) {
        self.address = address
        self.postalCode = postalCode
        self.city = city
        self.countryCode = countryCode
        self.region = region
    }

    /// "Seoul, KR": the parts that are set, in reading order.
    public var text: String {
        [address, postalCode, city, region, countryCode].compactMap { $0 }.filter { !$0.isEmpty }.joined(separator: ", ")
    }
}

// MARK: - Inline text

/// How a run of inline text is marked up in the source.
public enum InlineStyle: Equatable, Hashable, Sendable {
    case plain
    case strong         // **bold**
    case emphasis       // *italic*
    case strikethrough  // ~~struck~~ (GFM)
    case code           // `code`
    case link(url: String)  // [text](url), <url>, a bare URL or email
    case image(url: String) // ![alt](url): its text is the alt text (the address when there is none)
    case lineBreak      // a hard line break (two spaces or `\` at a line end, `<br>`); its text is "\n"
}

/// A run of text with one style. Inline Markdown is kept as runs, not thrown away.
public struct InlineRun: Equatable, Hashable, Sendable {
    public var text: String
    public var style: InlineStyle
    public init(_ text: String, _ style: InlineStyle = .plain) {
        self.text = text
        self.style = style
    }

    public static let lineBreak = InlineRun("\n", .lineBreak)
}

/// One paragraph or list item's text: a sequence of styled runs.
public typealias Inline = [InlineRun]

extension Array where Element == InlineRun {
    /// The text without markup; a hard line break is "\n".
    public var plainText: String { map(\.text).joined() }
}

// MARK: - Blocks

/// A block of body text, as CommonMark and GFM know them.
public indirect enum Block: Equatable, Sendable {
    case paragraph(Inline)
    case list([ListItem])
    /// A fenced or indented code block: its lines verbatim, never reflowed.
    case code(CodeBlock)
    case quote([Block])
    case table(Table)
    /// A thematic break (`---`, `***`).
    case rule
    /// A heading deeper than the résumé's structure uses, kept in place as a title line.
    case heading(Inline)
}

/// A bullet, a numbered item or a task, with whatever is written under it.
public struct ListItem: Equatable, Sendable {
    /// The item's number in an ordered list; nil for a bullet.
    public var number: Int?
    /// A GFM task list item: whether it is ticked; nil for an ordinary item.
    public var checked: Bool?
    /// The item's first paragraph.
    public var text: Inline
    /// Everything after it, in order: nested lists, more paragraphs, code.
    public var blocks: [Block]

    public init(_ text: Inline, number: Int? = nil, checked: Bool? = nil, blocks: [Block] = []) {
        self.number = number
        self.checked = checked
        self.text = text
        self.blocks = blocks
    }

    /// A bullet with nested bullets under it.
    public init(_ text: Inline, children: [ListItem]) {
        self.init(text, blocks: children.isEmpty ? [] : [.list(children)])
    }

    /// The items of the lists nested directly in this one.
    public var children: [ListItem] {
        blocks.flatMap { block -> [ListItem] in
            if case .list(let items) = block { return items }
            return []
        }
    }
}

public struct CodeBlock: Equatable, Sendable {
    /// The lines, without the final line end.
    public var text: String
    /// The fence's info string's first word (`swift` in ```` ```swift ````), if any.
    public var language: String?
    public init(_ text: String, language: String? = nil) {
        self.text = text
        self.language = language
    }
}

/// A GFM table: a header row, then body rows, each with one cell per column.
public struct Table: Equatable, Sendable {
    public enum Alignment: String, Equatable, Sendable { case none, left, center, right }
    public var header: [Inline]
    public var alignments: [Alignment]
    public var rows: [[Inline]]
    public init(header: [Inline], alignments: [Alignment] = [], rows: [[Inline]] = []) {
        self.header = header
        self.alignments = alignments
        self.rows = rows
    }
}

// MARK: - Contacts

public struct Contact: Equatable, Sendable {
    public enum Kind: String, Equatable, Sendable {
        case email, phone
        /// A personal site (JSON Resume `basics.url`).
        case website
        /// A profile on a network (GitHub, LinkedIn, a blog): JSON Resume `profiles`.
        case link
        case other
    }
    public var kind: Kind
    /// The label as written ("Email", "Phone", "GitHub").
    public var label: String
    public var value: String
    /// The user name on the network, when a profile states one.
    public var username: String?
    public init(kind: Kind, label: String, value: String, username: String? = nil) {
        self.kind = kind
        self.label = label
        self.value = value
        self.username = username
    }
}

// MARK: - Sections

/// What a section holds, recognised from its title in English, Korean, Chinese or
/// Japanese (see `SectionKind(title:)`).
public enum SectionKind: String, Equatable, Sendable, CaseIterable {
    case about, contact, career, education, projects, skills, talks, awards, certificates
    case languages, volunteer, interests, references, closing, generic

    /// Whether entries of this kind are dated entries (`Job`): who, where, when.
    public var hasDatedEntries: Bool {
        switch self {
        case .career, .education, .projects, .volunteer: return true
        default: return false
        }
    }
}

public struct Section: Equatable, Sendable {
    public var title: String
    public var kind: SectionKind
    /// Blocks between the section's heading and its first entry.
    public var intro: [Block]
    public var entries: [Entry]
    public init(title: String, kind: SectionKind, intro: [Block] = [], entries: [Entry] = []) {
        self.title = title
        self.kind = kind
        self.intro = intro
        self.entries = entries
    }
}

/// An entry of a section; its shape depends on the section it is in.
public enum Entry: Equatable, Sendable {
    case job(Job)
    case talk(Talk)
    case skill(SkillGroup)
    case item(Item)
}

/// A dated entry: a job (career, volunteering), a school (education) or a project.
/// `### Company (2019.09 ~ 2023.06)`, `### Role | Company` with the period below it,
/// `**Company** — Role — 2018–2021`, and the other forms `EntryHeading` reads.
public struct Job: Equatable, Sendable {
    /// The company, school or project.
    public var organization: String
    /// The position, degree or part played, when written.
    public var role: String?
    public var location: String?
    public var url: String?
    /// Nil when none is written, or when it couldn't be read (then `periodText` keeps it).
    public var period: Period?
    /// A period as written that couldn't be read, shown as it is.
    public var periodText: String?
    /// Blocks before the first group: the team, a summary, bullets.
    public var summary: [Block]
    public var groups: [Group]
    /// Labelled details with no place of their own (JSON Resume's `area`, `score`, `keywords`).
    public var facts: [Fact]

    public init(
        organization: String, role: String? = nil, location: String? = nil, url: String? = nil,
        period: Period? = nil, periodText: String? = nil, summary: [Block] = [], groups: [Group] = [], facts: [Fact] = []
    ) {
        self.organization = organization
        self.role = role
        self.location = location
        self.url = url
        self.period = period
        self.periodText = periodText
        self.summary = summary
        self.groups = groups
        self.facts = facts
    }
}

/// A labelled value: "Area: Computer Science", "Keywords: Redis, Go".
public struct Fact: Equatable, Sendable {
    public var label: String
    public var value: String
    public init(_ label: String, _ value: String) {
        self.label = label
        self.value = value
    }
}

/// A titled group of blocks under an entry (a project within a job).
public struct Group: Equatable, Sendable {
    public var title: String
    public var blocks: [Block]
    public init(title: String, blocks: [Block] = []) {
        self.title = title
        self.blocks = blocks
    }
}

/// A talk or a publication: `### Event Year, Role`, then its title, then its URL.
public struct Talk: Equatable, Sendable {
    /// The event, or the publisher.
    public var event: String
    /// When: a year as the heading writes it, or a full date (JSON `releaseDate`).
    public var date: CalendarDate?
    public var role: String?
    public var title: Inline
    public var url: String?
    /// Anything else written under the talk.
    public var notes: [Block]
    public init(event: String, date: CalendarDate? = nil, role: String? = nil, title: Inline = [], url: String? = nil, notes: [Block] = []) {
        self.event = event
        self.date = date
        self.role = role
        self.title = title
        self.url = url
        self.notes = notes
    }

    public var year: Int? { date?.year }
}

/// A skill group: a title, an optional level, a summary paragraph, bullets.
public struct SkillGroup: Equatable, Sendable {
    public var title: String
    public var level: String?
    public var blocks: [Block]
    public init(title: String, level: String? = nil, blocks: [Block] = []) {
        self.title = title
        self.level = level
        self.blocks = blocks
    }
}

/// An entry of any other section: an award, a certificate, a language, a reference.
public struct Item: Equatable, Sendable {
    public var title: String
    /// Who gave it, or how well: the awarder, the issuer, the fluency.
    public var subtitle: String?
    public var date: CalendarDate?
    public var url: String?
    public var blocks: [Block]
    public var groups: [Group]
    public init(title: String, subtitle: String? = nil, date: CalendarDate? = nil, url: String? = nil, blocks: [Block] = [], groups: [Group] = []) {
        self.title = title
        self.subtitle = subtitle
        self.date = date
        self.url = url
        self.blocks = blocks
        self.groups = groups
    }
}

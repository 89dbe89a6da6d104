/// A résumé as typed values, parsed from resume.md.
///
/// Source positions are deliberately not part of the model: two files that say the
/// same thing (say, the original and its normalized Markdown export) give equal
/// values. Positions live in `Diagnostic`s instead.
public struct Resume: Equatable, Sendable {
    /// The person's name: the text of the file's single `#` heading.
    public var name: String
    /// The paragraph(s) right under the name: a one-line introduction.
    public var headline: [Inline]
    /// Email, phone and links, from the contact section (`## Contact`).
    public var contacts: [Contact]
    /// Every `##` section, in file order (the contact section included).
    public var sections: [Section]

    public init(name: String, headline: [Inline] = [], contacts: [Contact] = [], sections: [Section] = []) {
        self.name = name
        self.headline = headline
        self.contacts = contacts
        self.sections = sections
    }
}

// MARK: - Inline text

/// How a run of inline text is marked up in the source.
public enum InlineStyle: Equatable, Hashable, Sendable {
    case plain
    case strong      // **bold**
    case emphasis    // *italic*
    case code        // `code`
    case link(url: String)  // [text](url), <url>, or a bare URL / email
}

/// A run of text with one style. Inline Markdown is kept as runs, not thrown away.
public struct InlineRun: Equatable, Hashable, Sendable {
    public var text: String
    public var style: InlineStyle
    public init(_ text: String, _ style: InlineStyle = .plain) {
        self.text = text
        self.style = style
    }
}

/// One paragraph or list item's text: a sequence of styled runs.
public typealias Inline = [InlineRun]

extension Array where Element == InlineRun {
    /// The text without markup.
    public var plainText: String { map(\.text).joined() }
}

// MARK: - Blocks

/// A block of body text under a heading.
public enum Block: Equatable, Sendable {
    case paragraph(Inline)
    case list([ListItem])
}

/// A bullet, possibly with nested bullets under it.
public struct ListItem: Equatable, Sendable {
    public var text: Inline
    public var children: [ListItem]
    public init(_ text: Inline, children: [ListItem] = []) {
        self.text = text
        self.children = children
    }
}

// MARK: - Contacts

public struct Contact: Equatable, Sendable {
    public enum Kind: String, Equatable, Sendable { case email, phone, link, other }
    public var kind: Kind
    /// The label as written ("Email", "Phone", "GitHub").
    public var label: String
    public var value: String
    public init(kind: Kind, label: String, value: String) {
        self.kind = kind
        self.label = label
        self.value = value
    }
}

// MARK: - Sections

/// What a `##` section holds, recognised from its title (see README: "Writing your own resume.md").
public enum SectionKind: String, Equatable, Sendable, CaseIterable {
    case contact, career, talks, skills, closing, generic
}

public struct Section: Equatable, Sendable {
    public var title: String
    public var kind: SectionKind
    /// Blocks between the `##` heading and its first `###` entry.
    public var intro: [Block]
    public var entries: [Entry]
    public init(title: String, kind: SectionKind, intro: [Block] = [], entries: [Entry] = []) {
        self.title = title
        self.kind = kind
        self.intro = intro
        self.entries = entries
    }
}

/// A `###` entry; its shape depends on the section it is in.
public enum Entry: Equatable, Sendable {
    case job(Job)
    case talk(Talk)
    case skill(SkillGroup)
    case item(Item)
}

/// A career entry: `### Organization (2019.09.02~2023.06.02, 44개월)`.
public struct Job: Equatable, Sendable {
    public var organization: String
    public var period: Period
    /// Blocks before the first `####` group (typically the team and role).
    public var summary: [Block]
    public var groups: [Group]
    public init(organization: String, period: Period, summary: [Block] = [], groups: [Group] = []) {
        self.organization = organization
        self.period = period
        self.summary = summary
        self.groups = groups
    }
}

/// A `####` group of bullets under a job or another entry.
public struct Group: Equatable, Sendable {
    public var title: String
    public var blocks: [Block]
    public init(title: String, blocks: [Block] = []) {
        self.title = title
        self.blocks = blocks
    }
}

/// A talk: `### Event Year, Role`, then its title, then its URL.
public struct Talk: Equatable, Sendable {
    public var event: String
    public var year: Int?
    public var role: String?
    public var title: Inline
    public var url: String?
    /// Anything else written under the talk.
    public var notes: [Block]
    public init(event: String, year: Int?, role: String?, title: Inline, url: String?, notes: [Block] = []) {
        self.event = event
        self.year = year
        self.role = role
        self.title = title
        self.url = url
        self.notes = notes
    }
}

/// A skill group: `### Title`, a summary paragraph, bullets.
public struct SkillGroup: Equatable, Sendable {
    public var title: String
    public var blocks: [Block]
    public init(title: String, blocks: [Block] = []) {
        self.title = title
        self.blocks = blocks
    }
}

/// An entry of a section of no known kind.
public struct Item: Equatable, Sendable {
    public var title: String
    public var blocks: [Block]
    public var groups: [Group]
    public init(title: String, blocks: [Block] = [], groups: [Group] = []) {
        self.title = title
        self.blocks = blocks
        self.groups = groups
    }
}

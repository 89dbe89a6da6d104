import ResumeModel

/// What a page is about, which decides how it is laid out.
public enum PageKind: String, Equatable, Hashable, Sendable {
    case about, career, education, projects, skills, talks, awards, certificates, languages, volunteer, interests
    case references, generic

    /// The page a section of this kind gets; nil for the kinds shown on About (about,
    /// contact, closing).
    init?(_ kind: SectionKind) {
        switch kind {
        case .about, .contact, .closing: return nil
        case .career: self = .career
        case .education: self = .education
        case .projects: self = .projects
        case .skills: self = .skills
        case .talks: self = .talks
        case .awards: self = .awards
        case .certificates: self = .certificates
        case .languages: self = .languages
        case .volunteer: self = .volunteer
        case .interests: self = .interests
        case .references: self = .references
        case .generic: self = .generic
        }
    }
}

/// One page of the résumé: a tab in the UI.
public struct PageInfo: Equatable, Hashable, Sendable {
    /// The tab's title: the person's name for About, else the section's title (inert).
    public var title: String
    public var kind: PageKind
    /// Index in `Resume.sections` of the section shown, nil for About.
    public var section: Int?
    public init(title: String, kind: PageKind, section: Int? = nil) {
        self.title = title
        self.kind = kind
        self.section = section
    }
}

/// One page laid out at one width.
public struct PageLayout: Equatable, Sendable {
    /// The lines, top to bottom; none is wider than the width (see `Wrap.fits`).
    public var lines: [StyledLine]
    /// The index in `lines` of each entry's first line (a job, a talk, a skill group, an
    /// item), in order: where `]` and `[` go.
    public var entryStarts: [Int]
    /// For each line, its indentation and how it joins the next (for search).
    public var flow: [LineFlow]
    public init(lines: [StyledLine] = [], entryStarts: [Int] = [], flow: [LineFlow] = []) {
        self.lines = lines
        self.entryStarts = entryStarts
        self.flow = flow
    }
}

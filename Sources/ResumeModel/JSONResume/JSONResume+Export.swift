// MARK: - Resume → JSON Resume

extension JSONResume {
    /// The résumé as JSON Resume, by the mapping the type's documentation gives.
    public init(_ resume: Resume) {
        basics = JSONResume.basics(resume)
        func entries(_ kind: SectionKind) -> [Entry] {
            resume.sections.filter { $0.kind == kind }.flatMap { section -> [Entry] in
                JSONResume.bulletSectionKinds.contains(kind) ? JSONResume.bulletEntries(section) + section.entries : section.entries
            }
        }
        work = nonEmpty(entries(.career).map(Work.init))
        volunteer = nonEmpty(entries(.volunteer).map(Volunteer.init))
        education = nonEmpty(entries(.education).map(Education.init))
        awards = nonEmpty(entries(.awards).map(Award.init))
        certificates = nonEmpty(entries(.certificates).map(Certificate.init))
        publications = nonEmpty(entries(.talks).map(Publication.init))
        skills = nonEmpty(entries(.skills).map(Skill.init))
        languages = nonEmpty(entries(.languages).map(SpokenLanguage.init))
        interests = nonEmpty(entries(.interests).map(Interest.init))
        references = nonEmpty(entries(.references).map(Reference.init))
        projects = nonEmpty(entries(.projects).map(Project.init))
        meta = Meta(version: "v1.0.0")
    }

    /// Sections people often write as a plain list of bullets, one thing each.
    private static let bulletSectionKinds: Set<SectionKind> = [.awards, .certificates, .languages, .interests, .skills, .references]

    /// The top-level bullets under a section's heading, each as an item: its text the
    /// title, what is nested under it the item's blocks.
    private static func bulletEntries(_ section: Section) -> [Entry] {
        JSONText.topLevelItems(section.intro).map { .item(Item(title: JSONText.plain($0.text), blocks: $0.blocks)) }
    }

    private static func basics(_ resume: Resume) -> Basics? {
        let contacts = resume.contacts
        let websites = contacts.filter { $0.kind == .website }
        let headline = resume.headline.map(JSONText.plain).filter { !$0.isEmpty }.joined(separator: " ")
        let profiles = (contacts.filter { $0.kind == .link } + websites.dropFirst()).map { contact in
            // The reader makes a profile with only a user name into a contact whose value
            // is that name: it goes back as a user name, not as a URL.
            let onlyUser = contact.username != nil && contact.value == contact.username
            return Profile(network: nonEmpty(contact.label), username: nonEmpty(contact.username),
                           url: onlyUser ? nil : nonEmpty(contact.value))
        }
        let summary = text(of: resume.sections, kind: .about) ?? text(of: resume.sections, kind: .closing)
        let basics = Basics(
            name: nonEmpty(resume.name),
            label: nonEmpty(resume.label) ?? nonEmpty(headline),
            image: nonEmpty(contacts.first { $0.kind == .other && $0.label.lowercased() == "image" }?.value),
            email: nonEmpty(contacts.first { $0.kind == .email }?.value),
            phone: nonEmpty(contacts.first { $0.kind == .phone }?.value),
            url: nonEmpty(websites.first?.value),
            summary: summary,
            location: resume.location.flatMap(Location.init),
            profiles: nonEmpty(profiles.filter { $0 != Profile() }))
        return basics == Basics() ? nil : basics
    }

    /// The text of every section of a kind, apart by blank lines.
    private static func text(of sections: [Section], kind: SectionKind) -> String? {
        nonEmpty(sections.filter { $0.kind == kind }.compactMap { JSONText.fullText($0.intro) }.joined(separator: "\n\n"))
    }
}

// MARK: - Entries

/// Any entry seen as a dated entry, so that a section whose entries have another shape
/// than its kind expects (an `Item` under Experience, a `Job` under Awards) still maps.
private struct EntryParts {
    var title: String
    var subtitle: String?
    var location: String?
    var url: String?
    var period: Period?
    var periodText: String?
    var blocks: [Block]
    var groups: [Group] = []
    var facts: [Fact] = []

    init(_ entry: Entry) {
        switch entry {
        case .job(let job):
            self.init(title: job.organization, subtitle: job.role, location: job.location, url: job.url, period: job.period,
                      periodText: job.periodText, blocks: job.summary, groups: job.groups, facts: job.facts)
        case .item(let item):
            self.init(title: item.title, subtitle: item.subtitle, url: item.url, period: EntryParts.single(item.date),
                      blocks: item.blocks, groups: item.groups)
        case .talk(let talk):
            let title: [Block] = talk.title.isEmpty ? [] : [.paragraph(talk.title)]
            self.init(title: talk.event, subtitle: talk.role, url: talk.url, period: EntryParts.single(talk.date),
                      blocks: title + talk.notes)
        case .skill(let skill):
            self.init(title: skill.title, subtitle: skill.level, blocks: skill.blocks)
        }
    }

    private init(title: String, subtitle: String? = nil, location: String? = nil, url: String? = nil, period: Period? = nil,
                 periodText: String? = nil, blocks: [Block], groups: [Group] = [], facts: [Fact] = []) {
        self.title = title
        self.subtitle = subtitle
        self.location = location
        self.url = url
        self.period = period
        self.periodText = periodText
        self.blocks = blocks
        self.groups = groups
        self.facts = facts
    }

    private static func single(_ date: CalendarDate?) -> Period? {
        date.map { Period(start: $0, end: .date($0)) }
    }

    /// A single date: an item's date, or where a job began.
    var date: String? { period?.start.iso8601 }

    var startDate: String? { period?.start.iso8601 }

    /// Absent while ongoing (the schema's meaning). Without a period, a `periodText`
    /// "– 2020-05" (what the reader makes of an `endDate` with no `startDate`) is one.
    var endDate: String? {
        if let period {
            guard case .date(let end) = period.end else { return nil }
            return end.iso8601
        }
        guard let text = periodText, text.hasPrefix("–") else { return nil }
        return CalendarDate(iso8601: String(text.dropFirst()).filter { $0 != " " })?.iso8601
    }

    func fact(_ label: String) -> String? {
        nonEmpty(facts.first { $0.label.lowercased() == label.lowercased() }?.value)
    }

    /// A list the reader joined with ", " (`roles`, `keywords`), split again.
    func list(_ text: String?) -> [String]? {
        nonEmpty(text?.split(separator: ", ").map(String.init) ?? [])
    }

    var highlights: [String]? { nonEmpty(JSONText.highlights(blocks, groups: groups)) }
    var fullText: String? { JSONText.fullText(blocks, groups: groups) }
    var keywords: [String]? {
        nonEmpty(JSONText.keywords(blocks) + groups.flatMap { [$0.title].filter { !$0.isEmpty } + JSONText.keywords($0.blocks) })
    }
}

extension JSONResume.Location {
    init?(_ location: ResumeModel.Location) {
        self.init(address: nonEmpty(location.address), postalCode: nonEmpty(location.postalCode), city: nonEmpty(location.city),
                  countryCode: nonEmpty(location.countryCode), region: nonEmpty(location.region))
        if self == JSONResume.Location() { return nil }
    }
}

extension JSONResume.Work {
    init(_ entry: Entry) {
        let parts = EntryParts(entry)
        self.init(name: nonEmpty(parts.title), location: nonEmpty(parts.location), description: parts.fact("Description"),
                  position: nonEmpty(parts.subtitle), url: nonEmpty(parts.url), startDate: parts.startDate,
                  endDate: parts.endDate, summary: JSONText.prose(parts.blocks), highlights: parts.highlights)
    }
}

extension JSONResume.Volunteer {
    init(_ entry: Entry) {
        let parts = EntryParts(entry)
        self.init(organization: nonEmpty(parts.title), position: nonEmpty(parts.subtitle), url: nonEmpty(parts.url),
                  startDate: parts.startDate, endDate: parts.endDate, summary: JSONText.prose(parts.blocks),
                  highlights: parts.highlights)
    }
}

extension JSONResume.Education {
    init(_ entry: Entry) {
        let parts = EntryParts(entry)
        self.init(institution: nonEmpty(parts.title), url: nonEmpty(parts.url), area: parts.fact("Area"),
                  studyType: nonEmpty(parts.subtitle), startDate: parts.startDate, endDate: parts.endDate,
                  score: parts.fact("Score"), courses: parts.highlights)
    }
}

extension JSONResume.Project {
    init(_ entry: Entry) {
        let parts = EntryParts(entry)
        self.init(name: nonEmpty(parts.title), description: JSONText.prose(parts.blocks), highlights: parts.highlights,
                  keywords: parts.list(parts.fact("Keywords")), startDate: parts.startDate, endDate: parts.endDate,
                  url: nonEmpty(parts.url), roles: parts.list(parts.subtitle), entity: parts.fact("Entity"),
                  type: parts.fact("Type"))
    }
}

extension JSONResume.Award {
    init(_ entry: Entry) {
        let parts = EntryParts(entry)
        self.init(title: nonEmpty(parts.title), date: parts.date, awarder: nonEmpty(parts.subtitle), summary: parts.fullText)
    }
}

extension JSONResume.Certificate {
    init(_ entry: Entry) {
        let parts = EntryParts(entry)
        self.init(name: nonEmpty(parts.title), date: parts.date, url: nonEmpty(parts.url), issuer: nonEmpty(parts.subtitle))
    }
}

extension JSONResume.Publication {
    init(_ entry: Entry) {
        guard case .talk(let talk) = entry else {
            let parts = EntryParts(entry)
            self.init(name: nonEmpty(parts.title), publisher: nonEmpty(parts.subtitle), releaseDate: parts.date,
                      url: nonEmpty(parts.url), summary: parts.fullText)
            return
        }
        // The schema has no role: "Speaker" opens the summary rather than being lost.
        let summary = [talk.role, JSONText.fullText(talk.notes)].compactMap { nonEmpty($0) }.joined(separator: "\n\n")
        self.init(name: nonEmpty(JSONText.plain(talk.title)), publisher: nonEmpty(talk.event),
                  releaseDate: talk.date?.iso8601, url: nonEmpty(talk.url), summary: nonEmpty(summary))
    }
}

extension JSONResume.Skill {
    init(_ entry: Entry) {
        let parts = EntryParts(entry)
        self.init(name: nonEmpty(parts.title), level: nonEmpty(parts.subtitle), keywords: parts.keywords)
    }
}

extension JSONResume.SpokenLanguage {
    init(_ entry: Entry) {
        let parts = EntryParts(entry)
        self.init(language: nonEmpty(parts.title), fluency: nonEmpty(parts.subtitle))
    }
}

extension JSONResume.Interest {
    init(_ entry: Entry) {
        let parts = EntryParts(entry)
        self.init(name: nonEmpty(parts.title), keywords: parts.keywords)
    }
}

extension JSONResume.Reference {
    init(_ entry: Entry) {
        let parts = EntryParts(entry)
        self.init(name: nonEmpty(parts.title), reference: parts.fullText)
    }
}

// MARK: - Empty is absent

private func nonEmpty(_ text: String?) -> String? {
    guard let text, !text.isEmpty else { return nil }
    return text
}

private func nonEmpty<Element>(_ array: [Element]) -> [Element]? {
    array.isEmpty ? nil : array
}

/// The résumé in the JSON Resume schema, v1.0.0 (https://jsonresume.org/schema).
///
/// Plain `Encodable` values; the caller picks the encoder. Only the schema's own keys
/// are used, and optional fields are left out rather than written empty.
///
/// Mapping: `basics.name` is the name, `label` the headline's text, `email`/`phone`
/// the first such contact, `profiles` the link contacts, and `summary` the closing
/// section's paragraphs (the schema has no closing note, and this keeps it).
/// Jobs become `work` (the summary's text, and every bullet of every group, in
/// order, as `highlights`; group titles and group paragraphs have no place in the
/// schema), talks become `publications`, skill groups `skills` (bullets as keywords).
public struct JSONResume: Encodable, Equatable, Sendable {
    public var basics: Basics
    public var work: [Work]
    public var publications: [Publication]
    public var skills: [Skill]
    public var meta: Meta

    public struct Basics: Encodable, Equatable, Sendable {
        public var name: String
        public var label: String?
        public var email: String?
        public var phone: String?
        public var summary: String?
        public var profiles: [Profile]
    }

    public struct Profile: Encodable, Equatable, Sendable {
        public var network: String
        public var url: String
    }

    public struct Work: Encodable, Equatable, Sendable {
        public var name: String
        public var startDate: String
        /// Absent while the job is ongoing.
        public var endDate: String?
        public var summary: String?
        public var highlights: [String]
    }

    public struct Publication: Encodable, Equatable, Sendable {
        public var name: String
        public var publisher: String
        public var releaseDate: String?
        public var url: String?
        public var summary: String?
    }

    public struct Skill: Encodable, Equatable, Sendable {
        public var name: String
        public var keywords: [String]
    }

    public struct Meta: Encodable, Equatable, Sendable {
        public var version: String
    }

    public init(_ resume: Resume) {
        let contacts = resume.contacts
        let headline = resume.headline.map(\.plainText).joined(separator: "\n")
        let closing = resume.sections.filter { $0.kind == .closing }.flatMap(\.intro)
        basics = Basics(
            name: resume.name,
            label: headline.isEmpty ? nil : headline,
            email: contacts.first { $0.kind == .email }?.value,
            phone: contacts.first { $0.kind == .phone }?.value,
            summary: JSONResume.text(closing),
            profiles: contacts.filter { $0.kind == .link }.map {
                Profile(network: $0.label.isEmpty ? $0.value : $0.label, url: $0.value)
            }
        )
        let entries = resume.sections.flatMap(\.entries)
        work = entries.compactMap { entry in
            guard case .job(let job) = entry else { return nil }
            var endDate: String?
            if case .date(let end) = job.period.end { endDate = end.iso8601 }
            return Work(
                name: job.organization,
                startDate: job.period.start.iso8601,
                endDate: endDate,
                summary: JSONResume.text(job.summary),
                highlights: job.groups.flatMap { JSONResume.bullets($0.blocks) }
            )
        }
        publications = entries.compactMap { entry in
            guard case .talk(let talk) = entry else { return nil }
            return Publication(
                name: talk.title.plainText,
                publisher: talk.event,
                releaseDate: talk.year.map(String.init),
                url: talk.url,
                summary: talk.role
            )
        }
        skills = entries.compactMap { entry in
            guard case .skill(let skill) = entry else { return nil }
            return Skill(name: skill.title, keywords: JSONResume.bullets(skill.blocks))
        }
        meta = Meta(version: "v1.0.0")
    }

    /// Paragraphs' text, one per line; nil when there are none.
    private static func text(_ blocks: [Block]) -> String? {
        let paragraphs = blocks.compactMap { block -> String? in
            guard case .paragraph(let runs) = block else { return nil }
            return runs.plainText
        }
        return paragraphs.isEmpty ? nil : paragraphs.joined(separator: "\n")
    }

    /// Every bullet's text, depth first, in order.
    private static func bullets(_ blocks: [Block]) -> [String] {
        var out: [String] = []
        func visit(_ items: [ListItem]) {
            for item in items {
                out.append(item.text.plainText)
                visit(item.children)
            }
        }
        for case .list(let items) in blocks { visit(items) }
        return out
    }
}

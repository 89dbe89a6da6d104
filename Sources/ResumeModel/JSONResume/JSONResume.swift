/// The résumé in the JSON Resume schema, v1.0.0 (https://jsonresume.org/schema): what
/// `export --format json` writes, the inverse of `JSONResumeReader`.
///
/// Plain `Encodable` values; the caller picks the encoder. Only the schema's own keys
/// are used, and optional fields are left out rather than written empty (an empty
/// text, an empty list, a section with no entries).
///
/// Where the model goes:
/// - `name` and `label` are `basics.name` and `basics.label`; without a label, the
///   headline paragraphs of `intro` are the label (a Markdown résumé says it there).
/// - The first email, phone and website contact are `basics.email`, `phone` and `url`;
///   the contact labelled "Image" is `basics.image`; link contacts, then any further
///   websites, are `basics.profiles` (label → `network`, value → `url`, user name →
///   `username`; a profile that only names its user has no `url`). `location` is
///   `basics.location`.
/// - The text of the `.about` sections is `basics.summary`; without one, the text of the
///   `.closing` sections (the schema has no closing note, and this keeps it).
/// - Sections by kind: `.career` → `work`, `.volunteer` → `volunteer`, `.education` →
///   `education`, `.awards` → `awards`, `.certificates` → `certificates`, `.talks` →
///   `publications`, `.skills` → `skills`, `.languages` → `languages`, `.interests` →
///   `interests`, `.references` → `references`, `.projects` → `projects`; several
///   sections of one kind share the array. Each entry maps as `JSONResumeReader` reads it,
///   backwards (a job's `facts` "Description", "Area", "Score", "Keywords", "Entity" and
///   "Type" go back to their fields; `roles` and `keywords` are split at ", ").
/// - A job's paragraphs are its `summary` (a project's `description`); its `highlights`
///   are every bullet directly in its summary, then for each `####` group a highlight
///   "Title: paragraph" (or the title alone) followed by the group's bullets, nested
///   bullets flattened depth first. An education's `courses` are made the same way.
/// - Bullets written straight under the heading of an awards, certificates, languages,
///   interests, skills or references section are one element each (the bullet's text as
///   its title, name or language; what is nested under it as its summary or keywords).
/// - Fields that are one text (`summary`, `reference`) hold all of the entry's blocks as
///   plain text: paragraphs apart by a blank line, bullets as lines starting with "- ".
///   Markup is dropped, and a link keeps its address in parentheses after its words.
///
/// Not carried, for want of a place in the schema: `.generic` and `.contact` sections,
/// section intros other than bullets, `intro` blocks that are not paragraphs, a second
/// email or phone, `.other` contacts but the image, a job's location outside `work`, its
/// other facts, a period's stated tenure, a period that can't be read (except one
/// written "– 2020-05", an end without a start, which is `endDate` again), an
/// education's paragraphs, a certificate's or a language's blocks, a talk's role but as
/// the first paragraph of its `summary`, and `language` (JSON Resume has no field for
/// it; the reader detects it again). `meta` only says which schema version the file is.
public struct JSONResume: Encodable, Equatable, Sendable {
    public var basics: Basics?
    public var work: [Work]?
    public var volunteer: [Volunteer]?
    public var education: [Education]?
    public var awards: [Award]?
    public var certificates: [Certificate]?
    public var publications: [Publication]?
    public var skills: [Skill]?
    public var languages: [SpokenLanguage]?
    public var interests: [Interest]?
    public var references: [Reference]?
    public var projects: [Project]?
    public var meta: Meta

    public struct Basics: Encodable, Equatable, Sendable {
        public var name: String?
        public var label: String?
        public var image: String?
        public var email: String?
        public var phone: String?
        public var url: String?
        public var summary: String?
        public var location: Location?
        public var profiles: [Profile]?
    }

    public struct Location: Encodable, Equatable, Sendable {
        public var address: String?
        public var postalCode: String?
        public var city: String?
        public var countryCode: String?
        public var region: String?
    }

    public struct Profile: Encodable, Equatable, Sendable {
        public var network: String?
        public var username: String?
        public var url: String?
    }

    public struct Work: Encodable, Equatable, Sendable {
        public var name: String?
        public var location: String?
        public var description: String?
        public var position: String?
        public var url: String?
        public var startDate: String?
        /// Absent while the job is ongoing.
        public var endDate: String?
        public var summary: String?
        public var highlights: [String]?
    }

    public struct Volunteer: Encodable, Equatable, Sendable {
        public var organization: String?
        public var position: String?
        public var url: String?
        public var startDate: String?
        public var endDate: String?
        public var summary: String?
        public var highlights: [String]?
    }

    public struct Education: Encodable, Equatable, Sendable {
        public var institution: String?
        public var url: String?
        public var area: String?
        public var studyType: String?
        public var startDate: String?
        public var endDate: String?
        public var score: String?
        public var courses: [String]?
    }

    public struct Award: Encodable, Equatable, Sendable {
        public var title: String?
        public var date: String?
        public var awarder: String?
        public var summary: String?
    }

    public struct Certificate: Encodable, Equatable, Sendable {
        public var name: String?
        public var date: String?
        public var url: String?
        public var issuer: String?
    }

    public struct Publication: Encodable, Equatable, Sendable {
        public var name: String?
        public var publisher: String?
        public var releaseDate: String?
        public var url: String?
        public var summary: String?
    }

    public struct Skill: Encodable, Equatable, Sendable {
        public var name: String?
        public var level: String?
        public var keywords: [String]?
    }

    /// An element of `languages` (named so apart from the model's `Language`).
    public struct SpokenLanguage: Encodable, Equatable, Sendable {
        public var language: String?
        public var fluency: String?
    }

    public struct Interest: Encodable, Equatable, Sendable {
        public var name: String?
        public var keywords: [String]?
    }

    public struct Reference: Encodable, Equatable, Sendable {
        public var name: String?
        public var reference: String?
    }

    public struct Project: Encodable, Equatable, Sendable {
        public var name: String?
        public var description: String?
        public var highlights: [String]?
        public var keywords: [String]?
        public var startDate: String?
        public var endDate: String?
        public var url: String?
        public var roles: [String]?
        public var entity: String?
        public var type: String?
    }

    /// The schema version the file follows: about the file, so never read back.
    public struct Meta: Encodable, Equatable, Sendable {
        public var version: String
    }
}

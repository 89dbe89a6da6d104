// MARK: - JSON Resume → Resume

/// The document's objects as `Resume` values: the mapping `JSONResumeReader` documents.
enum JSONResumeMapping {
    /// Every top-level key of the schema. `meta` and `$schema` describe the file, not the
    /// person, so they are known (no warning) but not read.
    static let topLevel = JSONShape(
        keys: ["$schema", "basics", "work", "volunteer", "education", "awards", "certificates", "publications",
               "skills", "languages", "interests", "references", "projects", "meta"],
        primary: "basics")

    static func resume(from root: JSONValue, warnings: JSONWarnings) -> Resume {
        guard case .object = root else {
            warnings.warn("a JSON Resume file is one object ({ \"basics\": …, \"work\": … }), but this file holds \(root.kindName); nothing is shown", at: [])
            return Resume(name: "")
        }
        guard let document = JSONFields(root, at: [], shape: topLevel, warnings: warnings) else { return Resume(name: "") }
        var resume = Resume(name: "")
        if let basics = document.object("basics", shape: basicsShape) {
            read(basics: basics, into: &resume)
        }
        for section in sections {
            let entries = document.objects(section.key, shape: section.shape).compactMap(section.entry)
            guard !entries.isEmpty else { continue }
            resume.sections.append(Section(title: section.title, kind: section.kind, entries: entries))
        }
        return resume
    }

    // MARK: - Basics

    static let basicsShape = JSONShape(
        keys: ["name", "label", "image", "email", "phone", "url", "summary", "location", "profiles"],
        renamed: ["website": "url", "picture": "image"], primary: "name")
    static let locationShape = JSONShape(keys: ["address", "postalCode", "city", "countryCode", "region"], primary: "address")
    static let profileShape = JSONShape(keys: ["network", "username", "url"], primary: "url")

    private static func read(basics: JSONFields, into resume: inout Resume) {
        resume.name = basics.string("name") ?? ""
        resume.label = basics.string("label")
        var contacts: [Contact] = []
        if let email = basics.string("email") { contacts.append(Contact(kind: .email, label: "Email", value: email)) }
        if let phone = basics.string("phone") { contacts.append(Contact(kind: .phone, label: "Phone", value: phone)) }
        if let url = basics.string("url") { contacts.append(Contact(kind: .website, label: "Website", value: url)) }
        for profile in basics.objects("profiles", shape: profileShape) {
            // Each field read once: reading warns about a field of the wrong type.
            let (network, username, url) = (profile.string("network"), profile.string("username"), profile.string("url"))
            // A profile may name only the user ("network": "GitHub", "username": "kim"):
            // the user name is then what there is to show.
            guard let value = url ?? username else {
                if network != nil { profile.warn("has neither a `url` nor a `username`, so it is not shown") }
                continue
            }
            contacts.append(Contact(kind: .link, label: network ?? "", value: value, username: username))
        }
        if let image = basics.string("image") { contacts.append(Contact(kind: .other, label: "Image", value: image)) }
        resume.contacts = contacts
        if let location = basics.object("location", shape: locationShape) {
            let read = Location(
                address: location.string("address"), postalCode: location.string("postalCode"), city: location.string("city"),
                countryCode: location.string("countryCode"), region: location.string("region"))
            resume.location = read.text.isEmpty ? nil : read
        }
        if let summary = basics.string("summary") {
            let about = JSONText.paragraphs(summary)
            if !about.isEmpty { resume.sections.append(Section(title: "About", kind: .about, intro: about)) }
        }
    }

    // MARK: - Sections

    /// A section of the schema: its key, its English title and kind, the object its list
    /// holds, and how one object becomes an entry (nil: nothing to show).
    struct SectionMapping: Sendable {
        var key: String
        var title: String
        var kind: SectionKind
        var shape: JSONShape
        var entry: @Sendable (JSONFields) -> Entry?
    }

    /// In the schema's own order.
    static let sections: [SectionMapping] = [
        SectionMapping(key: "work", title: "Experience", kind: .career, shape: JSONShape(
            keys: ["name", "location", "description", "position", "url", "startDate", "endDate", "summary", "highlights"],
            renamed: ["company": "name", "website": "url"], primary: "name"), entry: work),
        SectionMapping(key: "volunteer", title: "Volunteer", kind: .volunteer, shape: JSONShape(
            keys: ["organization", "position", "url", "startDate", "endDate", "summary", "highlights"],
            renamed: ["website": "url"], primary: "organization"), entry: volunteer),
        SectionMapping(key: "education", title: "Education", kind: .education, shape: JSONShape(
            keys: ["institution", "url", "area", "studyType", "startDate", "endDate", "score", "courses"],
            renamed: ["gpa": "score", "website": "url"], primary: "institution"), entry: education),
        SectionMapping(key: "awards", title: "Awards", kind: .awards, shape: JSONShape(
            keys: ["title", "date", "awarder", "summary"], primary: "title"), entry: award),
        SectionMapping(key: "certificates", title: "Certificates", kind: .certificates, shape: JSONShape(
            keys: ["name", "date", "url", "issuer"], renamed: ["website": "url"], primary: "name"), entry: certificate),
        SectionMapping(key: "publications", title: "Publications", kind: .talks, shape: JSONShape(
            keys: ["name", "publisher", "releaseDate", "url", "summary"], renamed: ["website": "url"], primary: "name"),
            entry: publication),
        SectionMapping(key: "skills", title: "Skills", kind: .skills, shape: JSONShape(
            keys: ["name", "level", "keywords"], primary: "name"), entry: skill),
        SectionMapping(key: "languages", title: "Languages", kind: .languages, shape: JSONShape(
            keys: ["language", "fluency"], primary: "language"), entry: language),
        SectionMapping(key: "interests", title: "Interests", kind: .interests, shape: JSONShape(
            keys: ["name", "keywords"], primary: "name"), entry: interest),
        SectionMapping(key: "references", title: "References", kind: .references, shape: JSONShape(
            keys: ["name", "reference"], primary: "name"), entry: reference),
        SectionMapping(key: "projects", title: "Projects", kind: .projects, shape: JSONShape(
            keys: ["name", "description", "highlights", "keywords", "startDate", "endDate", "url", "roles", "entity", "type"],
            renamed: ["website": "url"], primary: "name"), entry: project),
    ]

    private static func work(_ fields: JSONFields) -> Entry? {
        let (period, periodText) = period(fields)
        return .job(Job(
            organization: fields.string("name") ?? "", role: fields.string("position"), location: fields.string("location"),
            url: fields.string("url"), period: period, periodText: periodText,
            summary: JSONText.blocks(fields.string("summary"), bullets: fields.strings("highlights")),
            facts: facts([("Description", fields.string("description"))])))
    }

    private static func volunteer(_ fields: JSONFields) -> Entry? {
        let (period, periodText) = period(fields)
        return .job(Job(
            organization: fields.string("organization") ?? "", role: fields.string("position"), url: fields.string("url"),
            period: period, periodText: periodText,
            summary: JSONText.blocks(fields.string("summary"), bullets: fields.strings("highlights"))))
    }

    private static func education(_ fields: JSONFields) -> Entry? {
        let (period, periodText) = period(fields)
        return .job(Job(
            organization: fields.string("institution") ?? "", role: fields.string("studyType"), url: fields.string("url"),
            period: period, periodText: periodText,
            summary: JSONText.blocks(nil, bullets: fields.strings("courses")),
            facts: facts([("Area", fields.string("area")), ("Score", fields.string("score"))])))
    }

    private static func project(_ fields: JSONFields) -> Entry? {
        let (period, periodText) = period(fields)
        let roles = fields.strings("roles")
        let keywords = fields.strings("keywords")
        return .job(Job(
            organization: fields.string("name") ?? "", role: roles.isEmpty ? nil : roles.joined(separator: ", "),
            url: fields.string("url"), period: period, periodText: periodText,
            summary: JSONText.blocks(fields.string("description"), bullets: fields.strings("highlights")),
            facts: facts([
                ("Keywords", keywords.isEmpty ? nil : keywords.joined(separator: ", ")),
                ("Entity", fields.string("entity")), ("Type", fields.string("type")),
            ])))
    }

    private static func award(_ fields: JSONFields) -> Entry? {
        .item(Item(
            title: fields.string("title") ?? "", subtitle: fields.string("awarder"), date: date(fields, "date"),
            blocks: JSONText.blocks(fields.string("summary"))))
    }

    private static func certificate(_ fields: JSONFields) -> Entry? {
        .item(Item(title: fields.string("name") ?? "", subtitle: fields.string("issuer"), date: date(fields, "date"),
                   url: fields.string("url")))
    }

    private static func publication(_ fields: JSONFields) -> Entry? {
        .talk(Talk(
            event: fields.string("publisher") ?? "", date: date(fields, "releaseDate"),
            title: fields.string("name").map { [InlineRun($0)] } ?? [], url: fields.string("url"),
            notes: JSONText.blocks(fields.string("summary"))))
    }

    private static func skill(_ fields: JSONFields) -> Entry? {
        .skill(SkillGroup(title: fields.string("name") ?? "", level: fields.string("level"),
                          blocks: JSONText.blocks(nil, bullets: fields.strings("keywords"))))
    }

    private static func language(_ fields: JSONFields) -> Entry? {
        .item(Item(title: fields.string("language") ?? "", subtitle: fields.string("fluency")))
    }

    private static func interest(_ fields: JSONFields) -> Entry? {
        .item(Item(title: fields.string("name") ?? "", blocks: JSONText.blocks(nil, bullets: fields.strings("keywords"))))
    }

    private static func reference(_ fields: JSONFields) -> Entry? {
        .item(Item(title: fields.string("name") ?? "", blocks: JSONText.blocks(fields.string("reference"))))
    }

    // MARK: - Pieces

    private static func facts(_ pairs: [(String, String?)]) -> [Fact] {
        pairs.compactMap { label, value in value.map { Fact(label, $0) } }
    }

    /// A single date (`awards[].date`); one that can't be read is left out, with a warning.
    private static func date(_ fields: JSONFields, _ key: String) -> CalendarDate? {
        switch fields.date(key) {
        case .date(let date, _): return date
        case .absent: return nil
        case .ongoing(let written), .unreadable(let written):
            fields.warnUnreadable(key, written, "it is not shown")
            return nil
        }
    }

    /// `startDate` and `endDate` as a period. Without `endDate` a job is ongoing (the
    /// schema's meaning). What can't be a `Period` (a date nobody can read, an end with
    /// no start) is kept as `periodText`, written `start – end`, and shown as it is.
    static func period(_ fields: JSONFields) -> (Period?, String?) {
        let start = fields.date("startDate")
        let end = fields.date("endDate")
        if case .date(let first, _) = start {
            switch end {
            case .absent: return (Period(start: first, end: .ongoing), nil)
            case .ongoing(let written):
                fields.warnOngoing("endDate", written)
                return (Period(start: first, end: .ongoing), nil)
            case .date(let last, _): return (Period(start: first, end: .date(last)), nil)
            case .unreadable: break
            }
        }
        switch start {
        case .ongoing(let written), .unreadable(let written): fields.warnUnreadable("startDate", written, "the period is shown as written")
        default: break
        }
        if case .unreadable(let written) = end { fields.warnUnreadable("endDate", written, "the period is shown as written") }
        switch (start.written, end.written) {
        case (nil, nil): return (nil, nil)
        case (let first?, nil): return (nil, first)
        case (nil, let last?): return (nil, "– " + last)
        case (let first?, let last?): return (nil, first + " – " + last)
        }
    }
}

import Foundation
import XCTest
@testable import ResumeModel

/// `export --format json`: the model as JSON Resume v1.0.0.
final class JSONResumeTests: XCTestCase {
    /// Encoded as the CLI encodes it.
    private func encode(_ resume: Resume) throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
        return try encoder.encode(JSONResume(resume))
    }

    private func object(_ resume: Resume) throws -> [String: Any] {
        try XCTUnwrap(try JSONSerialization.jsonObject(with: try encode(resume)) as? [String: Any])
    }

    private func text(_ string: String) -> Inline { [InlineRun(string)] }

    // MARK: - Round trip

    /// A JSON value with empty texts, lists and objects left out (they say nothing), and
    /// without `meta` and `$schema`, which are about the file: pretty-printed with sorted
    /// keys, so that two equivalent documents give the same text and a failure shows both.
    private func canonical(_ data: Data) throws -> String {
        func prune(_ value: Any) -> Any? {
            switch value {
            case let text as String: return text.isEmpty ? nil : text
            case let array as [Any]:
                let items = array.compactMap(prune)
                return items.isEmpty ? nil : items
            case let members as [String: Any]:
                let kept = members.compactMapValues(prune)
                return kept.isEmpty ? nil : kept
            case is NSNull: return nil
            default: return value
            }
        }
        var top = try XCTUnwrap(prune(try JSONSerialization.jsonObject(with: data)) as? [String: Any])
        top["meta"] = nil
        top["$schema"] = nil
        let text = try JSONSerialization.data(withJSONObject: top, options: [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes])
        return String(decoding: text, as: UTF8.self)
    }

    func testEachFixtureReadAndExportedGivesAnEquivalentDocument() throws {
        for name in JSONResumeFixtures.names {
            let bytes = try JSONResumeFixtures.bytes(name)
            let resume = try XCTUnwrap(JSONResumeReader.read(bytes).resume, name)
            XCTAssertEqual(try canonical(try encode(resume)), try canonical(Data(bytes)), name)
        }
    }

    /// The round trip proves something only if the full fixture has every field: every
    /// property the schema names, at every level, is in it.
    func testTheFullFixtureUsesEveryFieldOfTheSchema() throws {
        let schema = try XCTUnwrap(try JSONSerialization.jsonObject(with: Data(contentsOf: JSONResumeFixtures.schemaURL)) as? [String: Any])
        let fixture = try JSONSerialization.jsonObject(with: Data(try JSONResumeFixtures.bytes("full.json")))
        var missing: [String] = []
        func walk(_ schema: [String: Any], _ value: Any?, _ path: String) {
            if let properties = schema["properties"] as? [String: Any] {
                for (key, property) in properties {
                    let member = (value as? [String: Any])?[key]
                    if member == nil { missing.append(path + "." + key) }
                    if let property = property as? [String: Any] { walk(property, member, path + "." + key) }
                }
            }
            if let items = schema["items"] as? [String: Any] {
                let elements = value as? [Any] ?? []
                if elements.isEmpty { missing.append(path + "[]") }
                // Every property in at least one element: not every element needs them all.
                let merged = elements.compactMap { $0 as? [String: Any] }.reduce(into: [String: Any]()) { $0.merge($1) { old, _ in old } }
                walk(items, merged, path + "[]")
            }
        }
        walk(schema, fixture, "")
        XCTAssertEqual(missing, [])
    }

    /// Validates with Python's jsonschema (the test script installs it), Draft 7 as the
    /// schema says, formats checked where jsonschema can.
    func testExportsValidateAgainstTheSchema() throws {
        var resumes = try JSONResumeFixtures.names.map { name in
            try XCTUnwrap(JSONResumeReader.read(try JSONResumeFixtures.bytes(name)).resume, name)
        }
        resumes.append(markdownStyleResume())
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("jsonresume-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        var paths: [String] = []
        for (index, resume) in resumes.enumerated() {
            let url = folder.appendingPathComponent("\(index).json")
            try encode(resume).write(to: url)
            paths.append(url.path)
        }
        let script = """
        import json, sys, jsonschema
        schema = json.load(open(sys.argv[1]))
        v = jsonschema.Draft7Validator(schema, format_checker=jsonschema.FormatChecker())
        errors = [f"{p}: {list(e.path)}: {e.message}" for p in sys.argv[2:] for e in v.iter_errors(json.load(open(p)))]
        print("\\n".join(errors)); sys.exit(1 if errors else 0)
        """
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", "-c", script, JSONResumeFixtures.schemaURL.path] + paths
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        try process.run()
        let output = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        XCTAssertEqual(process.terminationStatus, 0, output)
    }

    // MARK: - A Markdown résumé's shape

    /// What the Markdown reader makes of a résumé: a headline in `intro`, bullets and
    /// `####` groups under jobs, sections written as plain bullet lists.
    private func markdownStyleResume() -> Resume {
        let job = Job(
            organization: "Northwind", role: "Backend Engineer", period: Period(start: CalendarDate(year: 2021, month: 4), end: .ongoing),
            summary: [
                .paragraph(text("Payments team of five.")),
                .list([ListItem(text("On call for the ledger"), children: [ListItem(text("Wrote its runbook"))]),
                       ListItem(text("Reviewed every schema change"))]),
            ],
            groups: [
                Group(title: "Search", blocks: [
                    .paragraph(text("Rebuilt the ranking service")),
                    .list([ListItem(text("p95 latency down 30%"), children: [ListItem(text("by caching embeddings"))])]),
                ]),
                Group(title: "Billing", blocks: [.list([ListItem(text("Moved invoices to a queue"))])]),
            ])
        return Resume(
            name: "Rowan Hale", intro: [.paragraph(text("Backend engineer who likes quiet systems."))],
            contacts: [Contact(kind: .email, label: "Email", value: "rowan@example.com"),
                       Contact(kind: .link, label: "GitHub", value: "https://github.example.com/rowan")],
            sections: [
                Section(title: "Contact", kind: .contact, intro: [.paragraph(text("rowan@example.com"))]),
                Section(title: "Career", kind: .career, entries: [.job(job)]),
                Section(title: "Awards", kind: .awards, intro: [.list([
                    ListItem(text("Hackathon winner 2019"), children: [ListItem(text("Team of three"))]),
                    ListItem(text("Best talk, Backend Days 2022")),
                ])]),
                Section(title: "Certificates", kind: .certificates, intro: [.list([ListItem(text("Kubernetes Administrator"))])]),
                Section(title: "Languages", kind: .languages, intro: [.list([ListItem(text("English")), ListItem(text("Korean"))])]),
                Section(title: "Interests", kind: .interests, intro: [.list([
                    ListItem(text("Climbing"), children: [ListItem(text("bouldering")), ListItem(text("trad"))]),
                ])]),
                Section(title: "Misc", kind: .generic, intro: [.paragraph(text("Not a JSON Resume field."))]),
                Section(title: "Closing", kind: .closing, intro: [.paragraph(text("Thanks for reading."))]),
            ])
    }

    func testJobBulletsAndGroupsBecomeHighlightsInOrder() throws {
        let json = JSONResume(markdownStyleResume())
        let work = try XCTUnwrap(json.work?.first)
        XCTAssertEqual(work.summary, "Payments team of five.")
        XCTAssertEqual(work.highlights, [
            "On call for the ledger", "Wrote its runbook", "Reviewed every schema change",
            "Search: Rebuilt the ranking service", "p95 latency down 30%", "by caching embeddings",
            "Billing", "Moved invoices to a queue",
        ])
        XCTAssertEqual(work.startDate, "2021-04")
        // Ongoing: no endDate key at all, and no key for what the job doesn't say.
        let object = try object(markdownStyleResume())
        let written = try XCTUnwrap((object["work"] as? [[String: Any]])?.first)
        XCTAssertEqual(Set(written.keys), ["name", "position", "startDate", "summary", "highlights"])
    }

    func testSectionsWrittenAsBulletsGiveOneElementPerBullet() throws {
        let json = JSONResume(markdownStyleResume())
        XCTAssertEqual(json.awards, [JSONResume.Award(title: "Hackathon winner 2019", summary: "- Team of three"),
                                     JSONResume.Award(title: "Best talk, Backend Days 2022")])
        XCTAssertEqual(json.certificates, [JSONResume.Certificate(name: "Kubernetes Administrator")])
        XCTAssertEqual(json.languages, [JSONResume.SpokenLanguage(language: "English"), JSONResume.SpokenLanguage(language: "Korean")])
        XCTAssertEqual(json.interests, [JSONResume.Interest(name: "Climbing", keywords: ["bouldering", "trad"])])
    }

    func testBasicsFromAMarkdownResume() throws {
        let object = try object(markdownStyleResume())
        // Contact and generic sections have no place; the rest is here.
        XCTAssertEqual(Set(object.keys), ["basics", "work", "awards", "certificates", "languages", "interests", "meta"])
        let basics = try XCTUnwrap(object["basics"] as? [String: Any])
        XCTAssertEqual(basics["label"] as? String, "Backend engineer who likes quiet systems.")
        XCTAssertEqual(basics["email"] as? String, "rowan@example.com")
        // Without an About section, the closing note is the summary.
        XCTAssertEqual(basics["summary"] as? String, "Thanks for reading.")
        XCTAssertEqual(basics["profiles"] as? [[String: String]], [["network": "GitHub", "url": "https://github.example.com/rowan"]])
        XCTAssertEqual((object["meta"] as? [String: String])?["version"], "v1.0.0")
    }

    func testAboutIsTheSummaryAndItsBulletsAndLinksStayReadable() {
        let resume = Resume(name: "Kim", label: "SRE", intro: [.paragraph(text("A headline the label replaces"))], sections: [
            Section(title: "About", kind: .about, intro: [
                .paragraph([InlineRun("I write at "), InlineRun("my blog", .link(url: "https://blog.example.com")),
                            InlineRun(" and "), InlineRun("kim@example.com", .link(url: "mailto:kim@example.com"))]),
                .list([ListItem(text("Redis"), children: [ListItem(text("clustering"))]), ListItem(text("Go"))]),
            ]),
            Section(title: "Closing", kind: .closing, intro: [.paragraph(text("Thanks"))]),
        ])
        let basics = JSONResume(resume).basics
        XCTAssertEqual(basics?.label, "SRE")
        XCTAssertEqual(basics?.summary, "I write at my blog (https://blog.example.com) and kim@example.com\n\n- Redis\n  - clustering\n- Go")
    }

    func testTalksAndSkillsFromMarkdown() {
        let resume = Resume(name: "Kim", sections: [
            Section(title: "Talks", kind: .talks, entries: [.talk(Talk(
                event: "PyCon KR", date: CalendarDate(year: 2021), role: "Speaker",
                title: [InlineRun("Clean Architecture", .strong)], url: "https://pycon.example.com/18",
                notes: [.paragraph(text("With live demos"))]))]),
            Section(title: "Skills", kind: .skills, entries: [.skill(SkillGroup(
                title: "Data", level: "Advanced", blocks: [.paragraph(text("Daily")), .list([ListItem(text("Redis")), ListItem(text("MySQL"))])]))]),
        ])
        let json = JSONResume(resume)
        XCTAssertEqual(json.publications, [JSONResume.Publication(
            name: "Clean Architecture", publisher: "PyCon KR", releaseDate: "2021", url: "https://pycon.example.com/18",
            summary: "Speaker\n\nWith live demos")])
        XCTAssertEqual(json.skills, [JSONResume.Skill(name: "Data", level: "Advanced", keywords: ["Daily", "Redis", "MySQL"])])
    }

    func testAnEntryOfAnotherShapeStillMaps() {
        // An item under Experience (a job the Markdown reader found no period for) is a
        // work entry, and a job under Awards an award.
        let resume = Resume(name: "Kim", sections: [
            Section(title: "Experience", kind: .career, entries: [.item(Item(
                title: "Freelance", subtitle: "Consultant", date: CalendarDate(year: 2018),
                blocks: [.paragraph(text("Small jobs.")), .list([ListItem(text("Three clients"))])]))]),
            Section(title: "Awards", kind: .awards, entries: [.job(Job(
                organization: "Dean's list", role: "University", period: Period(start: CalendarDate(year: 2015), end: .ongoing)))]),
        ])
        let json = JSONResume(resume)
        XCTAssertEqual(json.work, [JSONResume.Work(name: "Freelance", position: "Consultant", startDate: "2018", endDate: "2018",
                                                   summary: "Small jobs.", highlights: ["Three clients"])])
        XCTAssertEqual(json.awards, [JSONResume.Award(title: "Dean's list", date: "2015", awarder: "University")])
    }

    func testEmptyFieldsAreLeftOut() throws {
        let resume = Resume(name: "", contacts: [Contact(kind: .email, label: "Email", value: "")], sections: [
            Section(title: "Experience", kind: .career, entries: [.job(Job(organization: "Acme", role: "", summary: [.list([])]))]),
            Section(title: "Skills", kind: .skills),
        ])
        let object = try object(resume)
        XCTAssertEqual(Set(object.keys), ["work", "meta"])
        XCTAssertEqual(object["work"] as? [[String: String]], [["name": "Acme"]])
    }

    func testAnEndWithoutAStartGoesBackAsEndDate() throws {
        let (read, _) = JSONResumeFixtures.read("{\"volunteer\": [{\"organization\": \"Shelter\", \"endDate\": \"2020-05\"}]}")
        let resume = try XCTUnwrap(read)
        XCTAssertEqual(JSONResume(resume).volunteer, [JSONResume.Volunteer(organization: "Shelter", endDate: "2020-05")])
    }

    func testProfilesKeepTheirUserNames() {
        let resume = Resume(name: "Kim", contacts: [
            Contact(kind: .website, label: "Website", value: "https://kim.example.com"),
            Contact(kind: .website, label: "Blog", value: "https://blog.example.com"),
            Contact(kind: .link, label: "GitHub", value: "https://github.example.com/kim", username: "kim"),
            Contact(kind: .link, label: "Mastodon", value: "kim", username: "kim"),
        ])
        let basics = JSONResume(resume).basics
        XCTAssertEqual(basics?.url, "https://kim.example.com")
        XCTAssertEqual(basics?.profiles, [
            JSONResume.Profile(network: "GitHub", username: "kim", url: "https://github.example.com/kim"),
            JSONResume.Profile(network: "Mastodon", username: "kim"),
            JSONResume.Profile(network: "Blog", url: "https://blog.example.com"),
        ])
    }
}

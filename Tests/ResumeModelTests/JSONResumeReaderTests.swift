import Foundation
import XCTest
@testable import ResumeModel

/// The JSON Resume fixtures (`Fixtures/jsonresume/`), written for these tests: invented
/// people, example.com addresses.
enum JSONResumeFixtures {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures")
    static let names = ["full.json", "korean.json", "minimal.json"]
    static let schemaURL = folder.appendingPathComponent("jsonresume-schema.json")

    static func bytes(_ name: String) throws -> [UInt8] {
        [UInt8](try Data(contentsOf: folder.appendingPathComponent("jsonresume").appendingPathComponent(name)))
    }

    static func read(_ text: String) -> (resume: Resume?, diagnostics: [Diagnostic]) {
        JSONResumeReader.read(Array(text.utf8))
    }
}

final class JSONResumeReaderTests: XCTestCase {
    private func text(_ string: String) -> Inline { [InlineRun(string)] }
    private func date(_ year: Int, _ month: Int? = nil, _ day: Int? = nil) -> CalendarDate {
        CalendarDate(year: year, month: month, day: day)
    }

    // MARK: - Fixtures

    func testFullFixtureGivesEveryPage() throws {
        let (resume, diagnostics) = JSONResumeReader.read(try JSONResumeFixtures.bytes("full.json"))
        XCTAssertEqual(diagnostics, [])
        let full = try XCTUnwrap(resume)
        XCTAssertEqual(full.name, "Imogen Thackeray")
        XCTAssertEqual(full.label, "Platform Engineer")
        XCTAssertEqual(full.contacts, [
            Contact(kind: .email, label: "Email", value: "imogen@example.com"),
            Contact(kind: .phone, label: "Phone", value: "+1 555 0134"),
            Contact(kind: .website, label: "Website", value: "https://imogen.example.com"),
            Contact(kind: .link, label: "GitHub", value: "https://github.example.com/imogent", username: "imogent"),
            Contact(kind: .link, label: "Mastodon", value: "imogen", username: "imogen"),
            Contact(kind: .other, label: "Image", value: "https://example.com/images/imogen.png"),
        ])
        XCTAssertEqual(full.location, Location(address: "12 Orchard Lane\nFlat 3", postalCode: "90210-0001",
                                               city: "Lindenfield", countryCode: "US", region: "Oregon"))
        XCTAssertEqual(full.sections.map(\.title), ["About", "Experience", "Volunteer", "Education", "Awards", "Certificates",
                                                    "Publications", "Skills", "Languages", "Interests", "References", "Projects"])
        XCTAssertEqual(full.sections.map(\.kind), [.about, .career, .volunteer, .education, .awards, .certificates,
                                                   .talks, .skills, .languages, .interests, .references, .projects])
        // A blank line starts a paragraph; a single line end is a line break inside one.
        XCTAssertEqual(full.sections[0].intro, [
            .paragraph(text("I keep build farms and deploy pipelines boring, so the people who use them can forget they exist.")
                       + [.lineBreak] + text("Mostly Go and Terraform, some Rust.")),
            .paragraph(text("Outside work I restore mechanical typewriters.")),
        ])
        XCTAssertEqual(full.sections[1].entries, [
            .job(Job(organization: "Harbourlight Systems", role: "Senior Platform Engineer", location: "Lindenfield, OR",
                     url: "https://harbourlight.example.com", period: Period(start: date(2021, 3, 15), end: .ongoing),
                     summary: [.paragraph(text("Own the CI fleet and the deploy tooling for forty services.")),
                               .list([ListItem(text("Cut median build time from 19 to 6 minutes")),
                                      ListItem(text("Moved 40 services to one deploy pipeline"))])],
                     facts: [Fact("Description", "Logistics software for small ports")])),
            .job(Job(organization: "Quillon Labs", role: "Software Engineer",
                     period: Period(start: date(2017, 6), end: .date(date(2021, 2))),
                     summary: [.paragraph(text("Built the internal package registry.")),
                               .list([ListItem(text("Wrote the cache eviction policy still in use"))])])),
        ])
        XCTAssertEqual(full.sections[2].entries.first, .job(Job(
            organization: "Riverside Code Club", role: "Mentor", url: "https://codeclub.example.org",
            period: Period(start: date(2019), end: .date(date(2022))),
            summary: [.paragraph(text("Taught teenagers to build small web games on Saturdays.")),
                      .list([ListItem(text("Ran twelve workshops")), ListItem(text("Wrote the club's beginner guide"))])])))
        XCTAssertEqual(full.sections[3].entries.first, .job(Job(
            organization: "Lindenfield Polytechnic", role: "Bachelor", url: "https://poly.example.edu",
            period: Period(start: date(2013, 9), end: .date(date(2017, 5))),
            summary: [.list([ListItem(text("CS301 - Operating Systems")), ListItem(text("CS340 - Distributed Systems"))])],
            facts: [Fact("Area", "Computer Science"), Fact("Score", "3.7/4.0")])))
        XCTAssertEqual(full.sections[4].entries.first, .item(Item(
            title: "Infrastructure Engineer of the Year", subtitle: "Harbourlight Systems", date: date(2023, 11, 2),
            blocks: [.paragraph(text("For the build farm migration."))])))
        XCTAssertEqual(full.sections[5].entries.first, .item(Item(
            title: "Certified Cloud Operator", subtitle: "Example Cloud Foundation", date: date(2022, 4),
            url: "https://certs.example.com/cco/1234")))
        XCTAssertEqual(full.sections[6].entries.first, .talk(Talk(
            event: "Build Tools Quarterly", date: date(2022, 8, 30), title: text("Boring Pipelines Are Fast Pipelines"),
            url: "https://btq.example.com/boring-pipelines",
            notes: [.paragraph(text("Why fewer moving parts made our builds three times faster."))])))
        XCTAssertEqual(full.sections[7].entries.first, .skill(SkillGroup(
            title: "Infrastructure", level: "Expert",
            blocks: [.list([ListItem(text("Terraform")), ListItem(text("Kubernetes")), ListItem(text("Nix"))])])))
        XCTAssertEqual(full.sections[8].entries, [.item(Item(title: "English", subtitle: "Native speaker")),
                                                  .item(Item(title: "German", subtitle: "Conversational"))])
        XCTAssertEqual(full.sections[9].entries, [.item(Item(
            title: "Typewriters", blocks: [.list([ListItem(text("restoration")), ListItem(text("Olympia SM3"))])]))])
        XCTAssertEqual(full.sections[10].entries, [.item(Item(
            title: "Dana Whitlock, CTO at Harbourlight",
            blocks: [.paragraph(text("Imogen made our releases dull, in the best way."))]))])
        XCTAssertEqual(full.sections[11].entries, [.job(Job(
            organization: "cachewarden", role: "Author, Maintainer", url: "https://cachewarden.example.com",
            period: Period(start: date(2020, 1), end: .date(date(2020, 12))),
            summary: [.paragraph(text("A read-through cache for package registries.")),
                      .list([ListItem(text("Serves 2 TB a day at one company")), ListItem(text("Single static binary"))])],
            facts: [Fact("Keywords", "Go, HTTP caching"), Fact("Entity", "Quillon Labs"), Fact("Type", "application")]))])
    }

    func testKoreanFixtureKeepsItsTextAsWritten() throws {
        let (resume, diagnostics) = JSONResumeReader.read(try JSONResumeFixtures.bytes("korean.json"))
        XCTAssertEqual(diagnostics, [])
        let korean = try XCTUnwrap(resume)
        XCTAssertEqual(korean.name, "윤서진")
        XCTAssertEqual(korean.location?.text, "서울, KR")
        XCTAssertEqual(korean.sections.map(\.title), ["About", "Experience", "Education", "Skills", "Languages"])
        XCTAssertEqual(korean.sections[0].intro, [.paragraph(text("대용량 트래픽을 다루는 서비스를 만들어 왔습니다.")),
                                                  .paragraph(text("장애를 줄이는 설계를 좋아합니다."))])
        guard case .job(let second) = korean.sections[1].entries[1] else { return XCTFail("not a job") }
        XCTAssertEqual(second.summary, [.list([ListItem(text("주문 API 설계 및 구현 🚀"))])])
        XCTAssertEqual(korean.sections[4].entries.last, .item(Item(title: "영어", subtitle: "업무 가능")))
    }

    func testMinimalFixtureIsANameAlone() throws {
        let (resume, diagnostics) = JSONResumeReader.read(try JSONResumeFixtures.bytes("minimal.json"))
        XCTAssertEqual(diagnostics, [])
        XCTAssertEqual(resume, Resume(name: "Sam Ortiz"))
    }

    // MARK: - Malformed JSON

    func testMalformedJSONIsAnErrorAtItsLineAndCharacterColumn() {
        // Columns count characters: 한, 글 and 👩‍💻 (three scalars, eleven bytes) are one each.
        let (resume, diagnostics) = JSONResumeFixtures.read("{\n  \"basics\": {\n    \"name\": \"한글 👩‍💻\", x\n  }\n}\n")
        XCTAssertNil(resume)
        XCTAssertEqual(diagnostics.map(\.severity), [.error])
        XCTAssertEqual(diagnostics.map { [$0.line, $0.column] }, [[3, 21]])
        XCTAssertTrue(diagnostics.first?.message.contains("not valid JSON") == true, diagnostics.description)
    }

    func testMalformedJSONWithWindowsLineEndsAndAByteOrderMark() {
        // CRLF is one line end. Foundation stops where `tru` stops being `true`.
        let crlf = JSONResumeFixtures.read("{\r\n  \"a\": 1,\r\n  \"b\": tru\r\n}")
        XCTAssertNil(crlf.resume)
        XCTAssertEqual(crlf.diagnostics.map { [$0.line, $0.column] }, [[3, 11]])
        // The mark is invisible in an editor, so it takes no column.
        let bom = JSONResumeReader.read([0xEF, 0xBB, 0xBF] + Array("{\"a\" 1}".utf8))
        XCTAssertNil(bom.resume)
        XCTAssertEqual(bom.diagnostics.map { [$0.line, $0.column] }, [[1, 6]])
    }

    func testTruncatedJSONIsAnErrorWhereTheTextStops() {
        let (resume, diagnostics) = JSONResumeFixtures.read("{\n  \"basics\": {\n    \"name\": \"Kim\"\n\n")
        XCTAssertNil(resume)
        XCTAssertEqual(diagnostics.map(\.description), [
            "3:18: error: the file is not valid JSON here: it ends before everything opened is closed (a }, a ] or a closing quote is missing); nothing is shown until it is",
        ])
    }

    func testHalfACharacterEscapeIsAnErrorWhereItIsWritten() {
        // Foundation blames the end of the file; the lone half is at column 12.
        let (resume, diagnostics) = JSONResumeFixtures.read("{\"s\": \"ab\\\\\\udc00x\", \"t\": 1}")
        XCTAssertNil(resume)
        XCTAssertEqual(diagnostics.map { [$0.line, $0.column] }, [[1, 12]])
        XCTAssertTrue(diagnostics.first?.message.contains("half of a character") == true, diagnostics.description)
    }

    func testEmptyFileAndHugeNumberAreErrors() {
        let empty = JSONResumeFixtures.read(" \n")
        XCTAssertNil(empty.resume)
        XCTAssertEqual(empty.diagnostics.map { [$0.line, $0.column] }, [[1, 1]])
        let huge = JSONResumeFixtures.read("{\n  \"basics\": {\"phone\": 1e400}\n}")
        XCTAssertNil(huge.resume)
        XCTAssertEqual(huge.diagnostics.map { [$0.line, $0.column] }, [[2, 23]])
        XCTAssertTrue(huge.diagnostics.first?.message.contains("1e400") == true, huge.diagnostics.description)
    }

    // MARK: - Schema mismatches

    func testMismatchesAreWarningsAtTheirPlaceAndWhatCanBeReadIsRead() throws {
        let json = """
        {
          "basics": {
            "name": "Lee Park",
            "phone": 5550134,
            "website": "https://lee.example.com"
          },
          "work": {
            "name": "Acme",
            "startDate": "Sept 2019",
            "highlights": "Shipped the thing"
          },
          "skill": [{ "name": "Go" }],
          "skills": ["Rust", { "name": "Go", "keywords": ["net/http", 3] }],
          "awards": [{ "title": "Best Demo", "date": "2019/05" }]
        }
        """
        let (read, diagnostics) = JSONResumeFixtures.read(json)
        let resume = try XCTUnwrap(read)
        XCTAssertEqual(diagnostics.map(\.severity), Array(repeating: .warning, count: diagnostics.count))
        XCTAssertEqual(diagnostics.map { "\($0.line):\($0.column)" }, [
            "4:14",  // the phone is a number
            "5:5",   // `website` is `url` before 1.0
            "7:11",  // `work` is one object
            "9:18",  // "Sept 2019"
            "10:19", // highlights is one text
            "12:3",  // `skill`
            "13:14", // "Rust" alone
            "13:63", // the number 3
            "14:46", // "2019/05"
        ], diagnostics.map(\.description).joined(separator: "\n"))
        XCTAssertTrue(diagnostics[5].message.contains("did you mean `skills`?"), diagnostics[5].message)
        XCTAssertTrue(diagnostics[3].message.contains("`work.startDate`"), diagnostics[3].message)

        XCTAssertEqual(resume.name, "Lee Park")
        XCTAssertEqual(resume.contacts, [Contact(kind: .phone, label: "Phone", value: "5550134"),
                                         Contact(kind: .website, label: "Website", value: "https://lee.example.com")])
        XCTAssertEqual(resume.sections.map(\.title), ["Experience", "Awards", "Skills"])
        XCTAssertEqual(resume.sections[0].entries, [.job(Job(
            organization: "Acme", periodText: "Sept 2019", summary: [.list([ListItem(text("Shipped the thing"))])]))])
        XCTAssertEqual(resume.sections[1].entries, [.item(Item(title: "Best Demo", date: date(2019, 5)))])
        XCTAssertEqual(resume.sections[2].entries, [
            .skill(SkillGroup(title: "Rust")),
            .skill(SkillGroup(title: "Go", blocks: [.list([ListItem(text("net/http")), ListItem(text("3"))])])),
        ])
    }

    func testADocumentThatIsNotAnObjectIsAWarningAndAnEmptyResume() {
        let (resume, diagnostics) = JSONResumeFixtures.read("[{\"name\": \"Kim\"}]")
        XCTAssertEqual(resume, Resume(name: ""))
        XCTAssertEqual(diagnostics.map(\.severity), [.warning])
    }

    func testNullIsAbsentWithoutAWarning() {
        let (resume, diagnostics) = JSONResumeFixtures.read("{\"basics\": {\"name\": \"Kim\", \"label\": null}, \"work\": null}")
        XCTAssertEqual(diagnostics, [])
        XCTAssertEqual(resume, Resume(name: "Kim"))
    }

    func testAKeyWrittenTwiceIsAWarningAndTheLastOneIsRead() {
        let (resume, diagnostics) = JSONResumeFixtures.read("{\n  \"basics\": {\"name\": \"First\", \"name\": \"Second\"}\n}")
        XCTAssertEqual(resume?.name, "Second")
        XCTAssertEqual(diagnostics.map { "\($0.line):\($0.column)" }, ["2:14"])
        XCTAssertTrue(diagnostics.first?.message.contains("`name` is written twice") == true, diagnostics.description)
    }

    /// A tab before the document, a surrogate pair escape and a raw U+2028 are fine JSON
    /// that libyaml refuses or reads differently; a warning after them must still land on
    /// its line, and its column counts characters, not scalars (👩‍💻 is three, é here two).
    func testPositionsSurviveWhatLibyamlReadsDifferently() {
        let json = "\t{\n\t\"basics\": {\"name\": \"\\ud83d\\ude00 Kim\u{2028}Lee\",\n\t\t\"label\": \"👩‍💻 e\u{301}\", \"phone\": 1}\n}"
        let (resume, diagnostics) = JSONResumeFixtures.read(json)
        XCTAssertEqual(resume?.name, "😀 Kim\u{2028}Lee")
        XCTAssertEqual(diagnostics.map { "\($0.line):\($0.column)" }, ["3:28"])
    }

    // MARK: - Dates and periods

    func testISODates() {
        XCTAssertEqual(date(2019, 9, 2).iso8601, "2019-09-02")
        XCTAssertEqual(date(2019, 9).iso8601, "2019-09")
        XCTAssertEqual(date(2019).iso8601, "2019")
        // A season has no ISO form: its year is the nearest the schema can say.
        XCTAssertEqual(CalendarDate(year: 2012, season: "Summer").iso8601, "2012")
        XCTAssertEqual(date(987, 1).iso8601, "0987-01")
        XCTAssertEqual(CalendarDate(iso8601: "2020-02-29"), date(2020, 2, 29))
        for refused in ["2019-13", "2019-02-30", "2021-02-29", "19-09", "2019-9", "2019-09-", "Sept 2019", "２０１９", ""] {
            XCTAssertNil(CalendarDate(iso8601: refused), refused)
        }
    }

    func testNearMissDatesAreReadWithAWarning() throws {
        let json = "{\"work\": [{\"name\": \"A\", \"startDate\": \"2019/9\", \"endDate\": \"2021-01-31T12:00:00Z\"}]}"
        let (resume, diagnostics) = JSONResumeFixtures.read(json)
        guard case .job(let job) = try XCTUnwrap(resume?.sections.first?.entries.first) else { return XCTFail("not a job") }
        XCTAssertEqual(job.period, Period(start: date(2019, 9), end: .date(date(2021, 1, 31))))
        XCTAssertEqual(diagnostics.count, 2, diagnostics.description)
        XCTAssertTrue(diagnostics.allSatisfy { $0.severity == .warning && $0.message.contains("is read as") })
    }

    func testPeriodsAsTheSchemaMeansThem() throws {
        let json = """
        {"work": [
          {"name": "Ongoing", "startDate": "2020-01"},
          {"name": "Present", "startDate": "2020-01", "endDate": "Present"},
          {"name": "End only", "endDate": "2020-05"},
          {"name": "Unreadable", "startDate": "Spring 2018", "endDate": "2019"}
        ]}
        """
        let (resume, diagnostics) = JSONResumeFixtures.read(json)
        let jobs = try XCTUnwrap(resume?.sections.first?.entries).compactMap { entry -> Job? in
            if case .job(let job) = entry { return job } else { return nil }
        }
        XCTAssertEqual(jobs.map(\.period), [Period(start: date(2020, 1), end: .ongoing), Period(start: date(2020, 1), end: .ongoing), nil, nil])
        XCTAssertEqual(jobs.map(\.periodText), [nil, nil, "– 2020-05", "Spring 2018 – 2019"])
        XCTAssertEqual(diagnostics.map(\.line), [3, 5])
        XCTAssertTrue(diagnostics[0].message.contains("read as ongoing"), diagnostics[0].message)
        XCTAssertTrue(diagnostics[1].message.contains("\"Spring 2018\" is not a date"), diagnostics[1].message)
    }

    // MARK: - Detection

    func testLooksLikeJSON() {
        XCTAssertTrue(JSONResumeReader.looksLikeJSON(Array("{\"basics\": {}}".utf8)))
        XCTAssertTrue(JSONResumeReader.looksLikeJSON([0xEF, 0xBB, 0xBF] + Array(" \r\n\t{".utf8)))
        XCTAssertFalse(JSONResumeReader.looksLikeJSON(Array("# Kim\n{not json}".utf8)))
        XCTAssertFalse(JSONResumeReader.looksLikeJSON(Array("---\nname: Kim\n---".utf8)))
        XCTAssertFalse(JSONResumeReader.looksLikeJSON(Array("[1]".utf8)))
        XCTAssertFalse(JSONResumeReader.looksLikeJSON([]))
    }
}

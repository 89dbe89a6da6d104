import XCTest
@testable import ResumeModel

/// YAML front matter: its fields reach the model, its text never shows, and the file's
/// line numbers stay the file's.
final class FrontMatterTests: XCTestCase {
    private let body = "## Notes\n\ntext\n"

    /// Every word the résumé shows, titles and text.
    private func shownText(_ resume: Resume) -> String {
        (resume.titles + resume.inlineTexts.map(\.plainText)).joined(separator: "\n")
    }

    private func notesOnly(_ resume: Resume, file: StaticString = #filePath, line: UInt = #line) {
        XCTAssertEqual(resume.intro, [], "nothing of the front matter is shown", file: file, line: line)
        XCTAssertEqual(resume.sections.map(\.title), ["Notes"], file: file, line: line)
        XCTAssertEqual(resume.sections.first?.intro, [.paragraph([InlineRun("text")])], file: file, line: line)
    }

    func testFieldsAreRead() throws {
        let text = """
            ---
            name: Jane Roe
            title: Site Reliability Engineer
            email: jane@x.example
            phone: "+1 555 0100"
            url: https://jane.example
            location: Seoul
            lang: ko
            github: janeroe
            linkedin: "@jane-roe"
            layout: resume
            ---

            """ + body
        let result = ResumeParser.parse(text)
        let resume = try XCTUnwrap(result.resume)
        XCTAssertEqual(resume.name, "Jane Roe")
        XCTAssertEqual(resume.label, "Site Reliability Engineer")
        XCTAssertEqual(resume.language, .korean, "the text is English; lang says Korean")
        XCTAssertEqual(resume.location, Location(city: "Seoul"))
        XCTAssertEqual(resume.contacts, [
            Contact(kind: .email, label: "Email", value: "jane@x.example"),
            Contact(kind: .phone, label: "Phone", value: "+1 555 0100"),
            Contact(kind: .website, label: "Website", value: "https://jane.example"),
            Contact(kind: .link, label: "GitHub", value: "https://github.com/janeroe", username: "janeroe"),
            Contact(kind: .link, label: "LinkedIn", value: "https://www.linkedin.com/in/jane-roe", username: "jane-roe"),
        ])
        XCTAssertEqual(result.outline.nameSource, .frontMatter(line: 2))
        XCTAssertEqual(result.outline.languageSource, .declared(line: 8))
        XCTAssertEqual(result.diagnostics, [])
        notesOnly(resume)
        for word in ["name:", "janeroe", "layout", "resume", "---", "555"] {
            XCTAssertFalse(shownText(resume).contains(word), "\"\(word)\" is shown")
        }
    }

    func testOtherSpellingsAndALocationMap() throws {
        let text = """
            ---
            name: Jane Roe
            label: Backend Engineer
            website: https://jane.example
            language: ja
            location:
              city: Tokyo
              region: Kanto
              countryCode: JP
            github: https://github.com/jroe
            ---
            # Jane Roe

            """ + body
        let resume = try XCTUnwrap(ResumeParser.parse(text).resume)
        XCTAssertEqual(resume.name, "Jane Roe", "a heading that repeats the name is the name's, not a section")
        XCTAssertEqual(resume.label, "Backend Engineer")
        XCTAssertEqual(resume.language, .japanese)
        XCTAssertEqual(resume.location, Location(city: "Tokyo", countryCode: "JP", region: "Kanto"))
        XCTAssertEqual(resume.contacts, [
            Contact(kind: .website, label: "Website", value: "https://jane.example"),
            Contact(kind: .link, label: "GitHub", value: "https://github.com/jroe"),
        ])
        notesOnly(resume)
    }

    func testLaterDiagnosticsKeepTheFilesLineNumbers() {
        let entry = "# Jane Roe\n\n## Career\n\n### Acme (2019.13 ~ 2020.01)\n"
        let plain = ResumeParser.parse(entry)
        let withFrontMatter = ResumeParser.parse("---\nname: Jane Roe\nemail: jane@x.example\n---\n" + entry)
        let crlf = ResumeParser.parse(("---\nname: Jane Roe\nemail: jane@x.example\n---\n" + entry).replacing("\n", with: "\r\n"))
        XCTAssertEqual(plain.diagnostics.map { "\($0.line):\($0.column)" }, ["5:11"])
        XCTAssertEqual(withFrontMatter.diagnostics.map { "\($0.line):\($0.column)" }, ["9:11"])
        XCTAssertEqual(crlf.diagnostics.map { "\($0.line):\($0.column)" }, ["9:11"])
    }

    func testAYAMLMistakeIsAWarningAtItsLineAndStaysHidden() throws {
        let result = ResumeParser.parse("---\nname: Jane Roe\ntitle: a: b\nemail: jane@x.example\n---\n# Jane Roe\n\n" + body)
        let resume = try XCTUnwrap(result.resume)
        XCTAssertEqual(result.diagnostics.map(\.description), [
            "3:1: warning: the front matter is not valid YAML, so its fields are not read (it is still hidden): mapping values are not allowed in this context",
        ])
        XCTAssertEqual(resume.contacts, [], "no field is read")
        XCTAssertEqual(resume.name, "Jane Roe", "from the heading")
        notesOnly(resume)
        XCTAssertFalse(shownText(resume).contains("title"))
    }

    func testAnUnclosedBracketIsPointedAtWhereItOpens() {
        let result = ResumeParser.parse("---\nname: Jane Roe\ntitle: [unclosed\nemail: jane@x.example\n---\n# Jane Roe\n\n" + body)
        XCTAssertEqual(result.diagnostics.map(\.line), [4])
        XCTAssertTrue(result.diagnostics.first?.message.hasSuffix("(while parsing a flow sequence that starts on line 3)") ?? false,
                      result.diagnostics.first?.message ?? "")
        let atTheEnd = ResumeParser.parse("---\nname: Jane Roe\ntitle: [unclosed\n---\n# Jane Roe\n\n" + body)
        XCTAssertEqual(atTheEnd.diagnostics.map(\.line), [3], "not the closing ---")
    }

    func testADuplicatedKeyIsNamedAtItsSecondLine() throws {
        let result = ResumeParser.parse("---\nname: Jane Roe\nemail: jane@x.example\nname: Joe\n---\n# Jane Roe\n\n" + body)
        XCTAssertEqual(result.diagnostics.map(\.description), [
            "4:1: warning: the front matter is not valid YAML, so its fields are not read (it is still hidden): \"name\" is given more than once",
        ])
        notesOnly(try XCTUnwrap(result.resume))
    }

    func testAnUnknownLanguageIsAWarningAtItsLine() throws {
        let result = ResumeParser.parse("---\nname: Jane Roe\n\nlang: klingon\n---\n\n" + body)
        XCTAssertEqual(result.diagnostics.map { "\($0.line):\($0.column)" }, ["4:1"])
        XCTAssertEqual(result.resume?.language, .english)
    }

    func testRulesAroundMarkdownAreNotFrontMatter() throws {
        let text = "---\n\nSome **intro** text\n\n---\n\n# Jane Roe\n\n" + body
        let result = ResumeParser.parse(text)
        let resume = try XCTUnwrap(result.resume)
        XCTAssertEqual(resume.name, "Jane Roe")
        XCTAssertEqual(resume.intro, [.rule, .paragraph([InlineRun("Some "), InlineRun("intro", .strong), InlineRun(" text")]), .rule])
        XCTAssertEqual(result.diagnostics, [])
        let list = try XCTUnwrap(ResumeParser.parse("---\n- not settings\n---\n\n# Jane Roe\n\n" + body).resume)
        XCTAssertEqual(list.intro, [.rule, .list([ListItem([InlineRun("not settings")])]), .rule],
                       "a YAML list is not a résumé's settings")
    }

    func testTOMLIsHiddenWithAWarning() throws {
        let result = ResumeParser.parse("+++\nname = \"Jane Roe\"\n+++\n# Jane Roe\n\n" + body)
        let resume = try XCTUnwrap(result.resume)
        XCTAssertEqual(result.warnings.map(\.line), [1])
        XCTAssertTrue(result.warnings.first?.message.hasPrefix("TOML front matter") ?? false)
        XCTAssertFalse(shownText(resume).contains("name ="))
        notesOnly(resume)
    }

    func testCRLFAndCRFrontMatter() throws {
        for ending in ["\r\n", "\r"] {
            let text = "---\nname: Jane Roe\nemail: jane@x.example\n---\n\n" + body
            let result = ResumeParser.parse(text.replacing("\n", with: ending))
            let resume = try XCTUnwrap(result.resume)
            XCTAssertEqual(resume.name, "Jane Roe", ending.debugDescription)
            XCTAssertEqual(resume.contacts.map(\.value), ["jane@x.example"], ending.debugDescription)
            XCTAssertEqual(result.outline.nameSource, .frontMatter(line: 2), ending.debugDescription)
            notesOnly(resume)
        }
    }

    func testDotsCloseFrontMatterToo() throws {
        let resume = try XCTUnwrap(ResumeParser.parse("---\nname: Jane Roe\n...\n\n" + body).resume)
        XCTAssertEqual(resume.name, "Jane Roe")
        notesOnly(resume)
    }
}

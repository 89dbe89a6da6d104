import XCTest
@testable import ResumeModel

/// Fixtures that break a convention: the warning, with its place, and the best reading.
/// Nothing here refuses the file: a readable résumé always shows.
final class FixtureDiagnosticTests: XCTestCase {
    /// cmark reads CR LF as a line end, as CommonMark says: nothing to warn about.
    func testCRLFIsReadSilently() throws {
        let result = try parseFixture("crlf.md")
        XCTAssertEqual(result.lines, [])
        XCTAssertEqual(result.resume?.name, "CRLF Person")
        XCTAssertEqual(result.resume?.contacts, [Contact(kind: .email, label: "Email", value: "crlf@example.com")])
    }

    func testLoneCREndsLines() throws {
        let result = try parseFixture("lone-cr.md")
        XCTAssertEqual(result.lines, [])
        XCTAssertEqual(result.resume, Resume(name: "CR Person", intro: [.paragraph([InlineRun("Headline.")])], language: .english))
    }

    func testBOMIsSkipped() throws {
        let result = try parseFixture("bom.md")
        XCTAssertEqual(result.lines, ["1:1: warning: the file starts with an invisible byte order mark (BOM); it is skipped, but you can save the file as UTF-8 without BOM"])
        XCTAssertEqual(result.resume?.name, "BOM Person")
    }

    func testTabsIndentAsCommonMarkSays() throws {
        let result = try parseFixture("tabs.md")
        XCTAssertEqual(result.lines, [])
        let skill = try XCTUnwrap(result.resume?.skillGroups.first)
        XCTAssertEqual(onlyList(skill.blocks), [ListItem([InlineRun("parent")], children: [ListItem([InlineRun("child with\ttab")])])])
    }

    func testInvalidUTF8IsReplacedAndReportedAtTheFirstBadByte() throws {
        let result = try parseFixture("invalid-utf8.md")
        XCTAssertEqual(result.lines, ["5:4: warning: the file is not valid UTF-8 here (byte 0xC3) (and 2 more places); it is shown as \u{FFFD}. Save the file with UTF-8 encoding"])
        let intro = try XCTUnwrap(result.resume?.sections.first?.intro)
        XCTAssertEqual(onlyParagraph(intro).plainText, "Caf\u{FFFD} ok and \u{FFFD}\u{FFFD} more.")
    }

    func testInvalidUTF8WrittenFromTheTest() {
        // A lone continuation byte after a Hangul syllable: the column counts characters, not bytes.
        let bytes = Array("# 이름\n\n한글".utf8) + [0x80] + Array(" 끝\n".utf8)
        let result = ResumeParser.parse(bytes)
        XCTAssertEqual(result.diagnostics.map { "\($0.line):\($0.column) \($0.severity)" }, ["3:3 warning"])
        XCTAssertEqual(result.resume?.headline.map(\.plainText), ["한글\u{FFFD} 끝"])
    }

    func testControlCharactersAreKeptWithAWarning() throws {
        let result = try parseFixture("control-chars.md")
        XCTAssertEqual(result.lines, ["5:6: warning: the text has an invisible control character (U+0007 BEL); it is kept and shown as a symbol, but it most likely got there by accident"])
        let intro = try XCTUnwrap(result.resume?.sections.first?.intro)
        XCTAssertEqual(onlyParagraph(intro).plainText, "Bell \u{07} and escape \u{1B}[31m red.")
    }

    /// CommonMark shows an unclosed link or bold as typed; the address in it still links.
    func testUnclosedMarkupIsShownAsTyped() throws {
        let link = try parseFixture("unclosed-link.md")
        XCTAssertEqual(link.lines, [])
        XCTAssertEqual(onlyParagraph(try XCTUnwrap(link.resume?.sections.first?.intro)), [
            InlineRun("See [my blog]("), InlineRun("https://blog.example.com", .link(url: "https://blog.example.com")), InlineRun(" for more"),
        ])
        let bold = try parseFixture("unclosed-bold.md")
        XCTAssertEqual(bold.lines, [])
        XCTAssertEqual(onlyParagraph(try XCTUnwrap(bold.resume?.sections.first?.intro)), [InlineRun("This is **important but never closed.")])
    }

    func testSkippedHeadingLevelIsReadAsTheNextLevel() throws {
        let result = try parseFixture("skipped-level.md")
        XCTAssertEqual(result.lines, ["5:1: warning: the heading \"Orphan group (2020.01~2021.01)\" skips a level (## to ####); it is read as the next level down"])
        XCTAssertEqual(result.resume?.jobs.map(\.organization), ["Orphan group"])
        XCTAssertEqual(result.resume?.jobs.first?.period?.start, CalendarDate(year: 2020, month: 1))
    }

    func testEmptySection() throws {
        let result = try parseFixture("empty-section.md")
        XCTAssertEqual(result.lines, ["3:1: warning: the section \"Awards\" is empty; write something under it or remove the heading"])
        XCTAssertEqual(result.resume?.sections.map(\.title), ["Awards", "Skills"])
    }

    /// An impossible date is kept as written, with a warning that says why.
    func testUnreadablePeriodMonth13() throws {
        let result = try parseFixture("bad-month.md")
        XCTAssertEqual(result.lines, ["5:11: warning: the period \"2019.13.02~now\" can't be read: month 13 does not exist; it is shown as written. Write it like 2019.09 ~ 2023.06, Jan 2019 – Present or 2019年8月〜2020年3月"])
        let job = try XCTUnwrap(result.resume?.jobs.first)
        XCTAssertEqual(job.organization, "Acme")
        XCTAssertNil(job.period)
        XCTAssertEqual(job.periodText, "2019.13.02~now")
        XCTAssertEqual(onlyList(job.summary).map(\.text.plainText), ["did things"])
    }

    func testMissingPeriodIsAWarningAndTheJobStays() throws {
        let result = try parseFixture("missing-period.md")
        XCTAssertEqual(result.lines, ["5:5: warning: the job \"Acme Corp\" has no period; add one to its heading, like \"Acme Corp (2019.09 ~ 2023.06)\", or on the line under it"])
        XCTAssertEqual(result.resume?.jobs.map(\.organization), ["Acme Corp"])
    }

    func testTalkWithoutYear() throws {
        let result = try parseFixture("talk-no-year.md")
        XCTAssertEqual(result.lines, ["5:5: warning: the talk \"Swift Meetup, Speaker\" has no year; write it like ### Pycon KR 2021, Speaker"])
        XCTAssertEqual(result.resume?.talks, [
            Talk(event: "Swift Meetup", role: "Speaker", title: [InlineRun("Concurrency in practice")], url: "https://example.com/talk"),
        ])
    }

    /// No heading at all: the résumé still shows, with a warning saying how to name it.
    func testNoNameStillGivesAResume() throws {
        let result = try parseFixture("no-name.md")
        XCTAssertEqual(result.lines, ["1:1: warning: no name found; make the first heading your name (\"# Your Name\"), or add \"name: Your Name\" in front matter"])
        XCTAssertEqual(result.resume?.name, "")
        XCTAssertEqual(result.resume?.contacts, [Contact(kind: .email, label: "Email", value: "nobody@example.com")])
    }

    func testEmptyFile() {
        for input in ["", "\n\n  \n"] {
            let result = ResumeParser.parse(input)
            XCTAssertEqual(result.resume?.name, "")
            XCTAssertEqual(result.lines, ["1:1: warning: the file is empty; start it with a line like \"# Your Name\""])
        }
    }

    func testTenureSpellings() throws {
        let result = try parseFixture("tenure-spellings.md")
        XCTAssertEqual(result.lines, [
            "17:31: warning: the stated tenure \"3y 8m\" does not match the dates: 2019.09.02–2023.06.02 is 45 months (3년 9개월)",
            "19:31: warning: the tenure \"about four years\" can't be read; write it like 44개월, 3년 9개월 or 45 months",
        ])
        let jobs = try XCTUnwrap(result.resume?.jobs)
        XCTAssertEqual(jobs.count, 9)
        XCTAssertEqual(jobs[7].organization, "H", "the unreadable tenure is cut from the name with its period")
        XCTAssertEqual(jobs.last?.period, Period(start: CalendarDate(year: 2023, month: 9, day: 2), end: .ongoing, statedTenure: "5개월"))
    }

    /// An entry heading before any section is kept in the intro as a title line.
    func testEntryBeforeAnySection() throws {
        let result = try parseFixture("entry-before-section.md")
        XCTAssertEqual(result.lines, [])
        XCTAssertEqual(result.resume?.intro, [.heading([InlineRun("Stray entry")]), .paragraph([InlineRun("Some text.")])])
        XCTAssertEqual(result.resume?.sections.map(\.title), ["About"])
    }

    func testSecondTopHeadingIsASection() throws {
        let result = try parseFixture("second-name.md")
        XCTAssertEqual(result.lines, [])
        XCTAssertEqual(result.resume?.name, "First Name")
        XCTAssertEqual(result.resume?.sections.map(\.title), ["Second Name"])
    }

    /// The first heading under a section is its entry level, however deep.
    func testDeepHeadingStartsAnEntry() throws {
        let result = try parseFixture("heading-deep.md")
        XCTAssertEqual(result.lines, ["5:1: warning: the heading \"Small heading\" skips a level (## to #####); it is read as the next level down"])
        XCTAssertEqual(result.resume?.items, [Item(title: "Small heading", blocks: [.paragraph([InlineRun("Text.")])])])
    }

    func testDiagnosticsAreOrderedByLineThenColumn() {
        let text = "# N\n\n## Career\n\n### A (2019.13~now)\n\n### B\n\nx\u{7} **y\n\n## Empty\n"
        let result = ResumeParser.parse(text)
        let positions = result.diagnostics.map { [$0.line, $0.column] }
        XCTAssertEqual(positions, positions.sorted { ($0[0], $0[1]) < ($1[0], $1[1]) })
        XCTAssertEqual(positions, [[5, 8], [7, 5], [9, 2], [11, 1]])
    }

    /// Text before the name is shown too, under it: nothing written is dropped.
    func testTextBeforeTheNameAndAListUnderIt() {
        let result = ResumeParser.parse("\nintro\nmore\n\n# Name\n\nHello.\n\n- one\n- two\n")
        XCTAssertEqual(result.lines, [])
        XCTAssertEqual(result.resume?.name, "Name")
        XCTAssertEqual(result.resume?.intro, [
            .paragraph([InlineRun("intro more")]), .paragraph([InlineRun("Hello.")]),
            .list([ListItem([InlineRun("one")]), ListItem([InlineRun("two")])]),
        ])
    }
}

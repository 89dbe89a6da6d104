import XCTest
@testable import ResumeModel

/// Fixtures that break a convention: the exact diagnostic, and the best-effort model.
final class FixtureDiagnosticTests: XCTestCase {
    func testCRLFIsReadAsLFWithOneWarning() throws {
        let result = try parseFixture("crlf.md")
        XCTAssertEqual(result.lines, ["1:14: warning: the file has Windows line endings (CR LF); they are read as plain line ends"])
        XCTAssertEqual(result.resume?.name, "CRLF Person")
        XCTAssertEqual(result.resume?.contacts, [Contact(kind: .email, label: "Email", value: "crlf@example.com")])
    }

    func testLoneCREndsLines() throws {
        let result = try parseFixture("lone-cr.md")
        XCTAssertEqual(result.lines, ["1:12: warning: the file has an old Mac line ending (a lone CR); it is read as a line end"])
        XCTAssertEqual(result.resume, Resume(name: "CR Person", headline: [[InlineRun("Headline.")]]))
    }

    func testBOMIsSkipped() throws {
        let result = try parseFixture("bom.md")
        XCTAssertEqual(result.lines, ["1:1: warning: the file starts with an invisible byte order mark (BOM); it is skipped, but you can save the file as UTF-8 without BOM"])
        XCTAssertEqual(result.resume?.name, "BOM Person")
    }

    func testTabsIndentLikeFourSpaces() throws {
        let result = try parseFixture("tabs.md")
        XCTAssertEqual(result.lines, ["8:1: warning: the line has a tab; a tab at the start of a line counts as 4 spaces, elsewhere as one space. Spaces are safer"])
        let skill = try XCTUnwrap(result.resume?.skillGroups.first)
        XCTAssertEqual(onlyList(skill.blocks), [ListItem([InlineRun("parent")], children: [ListItem([InlineRun("child with tab")])])])
    }

    func testInvalidUTF8IsReplacedAndReportedAtTheFirstBadByte() throws {
        let result = try parseFixture("invalid-utf8.md")
        XCTAssertEqual(result.lines, ["5:4: error: the file is not valid UTF-8 here (byte 0xC3) (and 2 more places); it is shown as \u{FFFD}. Save the file with UTF-8 encoding"])
        let intro = try XCTUnwrap(result.resume?.sections.first?.intro)
        XCTAssertEqual(onlyParagraph(intro).plainText, "Caf\u{FFFD} ok and \u{FFFD}\u{FFFD} more.")
    }

    func testInvalidUTF8WrittenFromTheTest() {
        // A lone continuation byte after a Hangul syllable: the column counts characters, not bytes.
        let bytes = Array("# 이름\n\n한글".utf8) + [0x80] + Array(" 끝\n".utf8)
        let result = ResumeParser.parse(bytes)
        XCTAssertEqual(result.diagnostics.map { "\($0.line):\($0.column) \($0.severity)" }, ["3:3 error"])
        XCTAssertEqual(result.resume?.headline.map(\.plainText), ["한글\u{FFFD} 끝"])
    }

    func testControlCharactersAreKeptWithAWarning() throws {
        let result = try parseFixture("control-chars.md")
        XCTAssertEqual(result.lines, ["5:6: warning: the text has an invisible control character (U+0007 BEL); it is kept and shown as a symbol, but it most likely got there by accident"])
        let intro = try XCTUnwrap(result.resume?.sections.first?.intro)
        XCTAssertEqual(onlyParagraph(intro).plainText, "Bell \u{07} and escape \u{1B}[31m red.")
    }

    func testUnclosedLinkIsKeptAsTyped() throws {
        let result = try parseFixture("unclosed-link.md")
        XCTAssertEqual(result.lines, ["5:5: warning: the link starting here is never closed: a \")\" is missing; it is shown as typed"])
        let intro = try XCTUnwrap(result.resume?.sections.first?.intro)
        XCTAssertEqual(onlyParagraph(intro), [InlineRun("See [my blog](https://blog.example.com for more")])
    }

    func testUnclosedBoldIsKeptAsTyped() throws {
        let result = try parseFixture("unclosed-bold.md")
        XCTAssertEqual(result.lines, ["5:9: warning: the bold marker \"**\" is never closed; it is shown as typed"])
        let intro = try XCTUnwrap(result.resume?.sections.first?.intro)
        XCTAssertEqual(onlyParagraph(intro), [InlineRun("This is **important but never closed.")])
    }

    func testSkippedHeadingLevel() throws {
        let result = try parseFixture("skipped-level.md")
        XCTAssertEqual(result.lines, ["5:1: error: the heading \"#### Orphan group (2020.01~2021.01)\" skips a level: there is no ### entry in this section above it; use ### here, or add the missing level above it"])
        // Read as the ### it should have been.
        XCTAssertEqual(result.resume?.jobs.map(\.organization), ["Orphan group"])
    }

    func testEmptySection() throws {
        let result = try parseFixture("empty-section.md")
        XCTAssertEqual(result.lines, ["3:1: warning: the section \"Awards\" is empty; write something under it or remove the heading"])
        XCTAssertEqual(result.resume?.sections.map(\.title), ["Awards", "Skills"])
    }

    func testUnreadablePeriodMonth13() throws {
        let result = try parseFixture("bad-month.md")
        XCTAssertEqual(result.lines, ["5:10: error: the period \"(2019.13.02~now)\" can't be read: month 13 does not exist; write it like (2019.09.02~2023.06.02) or (2023.09.02, NOW)"])
        // Nothing is lost: the entry is kept under its full title.
        XCTAssertEqual(result.resume?.sections.first?.entries, [
            .item(Item(title: "Acme (2019.13.02~now)", blocks: [.list([ListItem([InlineRun("did things")])])])),
        ])
    }

    func testMissingPeriod() throws {
        let result = try parseFixture("missing-period.md")
        XCTAssertEqual(result.lines, ["5:14: error: the career entry \"Acme Corp\" has no period; end the heading with one in parentheses, like (2019.09.02~2023.06.02) or (2023.09.02, NOW)"])
        XCTAssertEqual(result.resume?.items.map(\.title), ["Acme Corp"])
    }

    func testTalkWithoutYear() throws {
        let result = try parseFixture("talk-no-year.md")
        XCTAssertEqual(result.lines, ["5:5: warning: the talk \"Swift Meetup, Speaker\" has no year; write it like ### Pycon KR 2021, Speaker"])
        XCTAssertEqual(result.resume?.talks, [
            Talk(event: "Swift Meetup", year: nil, role: "Speaker", title: [InlineRun("Concurrency in practice")], url: "https://example.com/talk"),
        ])
    }

    func testNoNameHeadingGivesNoResume() throws {
        let result = try parseFixture("no-name.md")
        XCTAssertNil(result.resume)
        XCTAssertEqual(result.lines, ["1:1: error: the file has no name heading; its first heading should be a line like \"# Your Name\""])
    }

    func testEmptyFile() {
        for input in ["", "\n\n  \n"] {
            let result = ResumeParser.parse(input)
            XCTAssertNil(result.resume)
            XCTAssertEqual(result.lines, ["1:1: error: the file is empty; start it with a line like \"# Your Name\""])
        }
    }

    func testTenureSpellings() throws {
        let result = try parseFixture("tenure-spellings.md")
        XCTAssertEqual(result.lines, [
            "17:31: warning: the stated tenure \"3y 8m\" does not match the dates: 2019.09.02–2023.06.02 is 45 months (3년 9개월)",
            "19:31: warning: the tenure \"about four years\" can't be read; write it like 44개월, 3년 9개월 or 45 months",
        ])
        XCTAssertEqual(result.resume?.jobs.count, 9)
        XCTAssertEqual(result.resume?.jobs.last?.period, Period(start: CalendarDate(year: 2023, month: 9, day: 2), end: .ongoing, statedTenure: "5개월"))
    }

    func testEntryBeforeAnySection() throws {
        let result = try parseFixture("entry-before-section.md")
        XCTAssertEqual(result.lines, ["3:1: error: the entry \"### Stray entry\" comes before any ## section; put a section heading such as \"## Career\" above it"])
        XCTAssertEqual(result.resume?.sections.map(\.title), ["", "About"], "kept in an untitled section, not dropped")
        XCTAssertEqual(result.resume?.items.map(\.title), ["Stray entry"])
    }

    func testSecondNameHeadingBecomesASection() throws {
        let result = try parseFixture("second-name.md")
        XCTAssertEqual(result.lines, ["3:1: warning: there is a second name heading \"# Second Name\"; only the first is the name, this one is read as a ## section"])
        XCTAssertEqual(result.resume?.name, "First Name")
        XCTAssertEqual(result.resume?.sections.map(\.title), ["Second Name"])
    }

    func testHeadingDeeperThanFourIsABoldLine() throws {
        let result = try parseFixture("heading-deep.md")
        XCTAssertEqual(result.lines, ["5:1: warning: headings deeper than #### are not used; \"##### Small heading\" is kept as a bold line"])
        XCTAssertEqual(result.resume?.sections.first?.intro, [
            .paragraph([InlineRun("Small heading", .strong)]), .paragraph([InlineRun("Text.")]),
        ])
    }

    func testDiagnosticsAreOrderedByLineThenColumn() {
        let text = "# N\n\n## Career\n\n### A (2019.13~now)\n\n### B\n\nx **y\n\n## Empty\n"
        let result = ResumeParser.parse(text)
        let positions = result.diagnostics.map { [$0.line, $0.column] }
        XCTAssertEqual(positions, positions.sorted { ($0[0], $0[1]) < ($1[0], $1[1]) })
        XCTAssertEqual(positions, [[5, 7], [7, 6], [9, 3], [11, 1]])
    }

    func testTextBeforeTheNameAndAListUnderIt() {
        let result = ResumeParser.parse("\nintro\nmore\n\n# Name\n\nHello.\n\n- one\n- two\n")
        XCTAssertEqual(result.lines, [
            "2:1: warning: this text comes before the name heading (\"# Your Name\") and is not shown",
            "9:1: warning: a list under the name is read as one headline paragraph; use a ## section for lists",
        ])
        XCTAssertEqual(result.resume?.headline, [[InlineRun("Hello.")], [InlineRun("one two")]])
    }
}

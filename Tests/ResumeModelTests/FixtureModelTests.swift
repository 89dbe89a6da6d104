import XCTest
@testable import ResumeModel

/// Fixtures that read cleanly: what the model holds.
final class FixtureModelTests: XCTestCase {
    func testMinimal() throws {
        let result = try parseFixture("minimal.md")
        XCTAssertEqual(result.diagnostics, [])
        XCTAssertEqual(result.resume, Resume(name: "Jane Doe", intro: [.paragraph([InlineRun("Backend engineer.")])], language: .english))
    }

    func testCJKAndEmoji() throws {
        let result = try parseFixture("cjk-emoji.md")
        XCTAssertEqual(result.diagnostics, [])
        let resume = try XCTUnwrap(result.resume)
        // Emoji decorate titles; the name and the titles are the words.
        XCTAssertEqual(resume.name, "하원호 ハ・ウォンホ")
        XCTAssertEqual(resume.language, .korean)
        XCTAssertEqual(resume.headline.map(\.plainText), ["분산 시스템을 좋아합니다 🧑‍💻 日本語も少し。"], "emoji in the text stay")
        XCTAssertEqual(resume.sections.map(\.kind), [.career, .skills])
        let job = try XCTUnwrap(resume.jobs.first)
        XCTAssertEqual(job.organization, "토스")
        XCTAssertEqual(job.period?.end, .ongoing, "현재 means ongoing")
        XCTAssertEqual(job.groups.map(\.title), ["레디스 운영"])
        XCTAssertEqual(onlyList(job.groups[0].blocks).map(\.text.plainText),
                       ["노드 1000개 👍", "한국어와 English 가 섞인 문장, 絵文字 🎉 포함"])
        XCTAssertEqual(resume.skillGroups.map(\.title), ["성능 분석"])
    }

    /// As CommonMark (and GitHub) reads them: another bullet character starts another
    /// list, and an ordered list keeps its numbers.
    func testNestedBullets() throws {
        let result = try parseFixture("nested-bullets.md")
        XCTAssertEqual(result.diagnostics, [])
        let section = try XCTUnwrap(result.resume?.sections.first)
        func item(_ text: String, number: Int? = nil, _ children: [ListItem] = []) -> ListItem {
            ListItem([InlineRun(text)], number: number, blocks: children.isEmpty ? [] : [.list(children)])
        }
        XCTAssertEqual(section.intro, [
            .list([
                item("top one", [item("child one", [item("grandchild")]), item("child two continued on the next line")]),
                item("top two"),
            ]),
            .list([item("star bullet")]),
            .list([item("plus bullet")]),
            .list([item("ordered one", number: 1)]),
            .list([item("ordered two", number: 2, [item("under ordered")])]),
            .paragraph([InlineRun("Paragraph after the list joined with one space.")]),
        ])
    }

    func testInlineMarkupOfEveryKind() throws {
        let result = try parseFixture("inline-markup.md")
        XCTAssertEqual(result.diagnostics, [])
        let blocks = try XCTUnwrap(result.resume?.sections.first?.intro)
        XCTAssertEqual(blocks.map(onlyText), [
            [InlineRun("Plain "), InlineRun("strong", .strong), InlineRun(" and "), InlineRun("also strong", .strong),
             InlineRun(", "), InlineRun("em", .emphasis), InlineRun(" and "), InlineRun("em too", .emphasis),
             InlineRun(", "), InlineRun("code", .code), InlineRun(" and "), InlineRun("code with ` tick", .code), InlineRun(".")],
            [InlineRun("A "), InlineRun("link", .link(url: "https://example.com/a_b")), InlineRun(" and "),
             InlineRun("https://example.com/auto", .link(url: "https://example.com/auto")), InlineRun(" and "),
             InlineRun("me@example.com", .link(url: "mailto:me@example.com")), InlineRun(".")],
            [InlineRun("snake_case_name stays plain, 2 * 3 * 4 stays plain, and *escaped* _too_ [not a link].")],
            // A run has one style: the outer marker wins.
            [InlineRun("bold with nested em inside", .strong), InlineRun(" then "), InlineRun("em with bold inside", .emphasis), InlineRun(".")],
            [InlineRun("bold", .strong), InlineRun(" "), InlineRun("with link", .link(url: "https://x.example")), InlineRun(" "),
             InlineRun("inside", .strong), InlineRun(" and "), InlineRun("padded", .code), InlineRun(" code.")],
            [InlineRun("a", .strong), InlineRun("b", .emphasis), InlineRun(" and "), InlineRun("c", .emphasis), InlineRun("d", .strong), InlineRun(".")],
        ])
    }

    func testBareURLAndEmailEdges() throws {
        let result = try parseFixture("urls-emails.md")
        XCTAssertEqual(result.diagnostics, [])
        let blocks = try XCTUnwrap(result.resume?.sections.first?.intro)
        func link(_ url: String) -> InlineRun { InlineRun(url, .link(url: url)) }
        func mail(_ address: String) -> InlineRun { InlineRun(address, .link(url: "mailto:" + address)) }
        XCTAssertEqual(blocks, [
            .paragraph([InlineRun("See "), link("https://example.com/path"), InlineRun(". And ("),
                        link("https://example.com/wiki/Foo_(bar)"), InlineRun(") too.")]),
            .paragraph([InlineRun("Trailing comma "), link("https://example.com/a"), InlineRun(", and "),
                        link("https://example.com/b"), InlineRun(") unbalanced.")]),
            .paragraph([InlineRun("혹시 저와 이야기 나누고싶으시다면 Email("), mail("sora@example.com"), InlineRun(")로 연락해주세요.")]),
            // A bare address ends where Korean text starts, though GFM would run on to the next space.
            .paragraph([InlineRun("주소는 "), link("https://example.com"), InlineRun("에서 확인하세요. Write to "),
                        mail("first.last+tag@sub.example.co.kr"), InlineRun(".")]),
            // GFM's rule, as GitHub shows it: a@b.c is an address, user@localhost is not.
            .paragraph([InlineRun("Not emails: user@localhost, @handle, "), mail("a@b.c"), InlineRun(" and trailing dot "),
                        mail("me@example.org"), InlineRun(".")]),
        ])
    }

    /// "Open Source" names a projects section; its entries are projects, with no period needed.
    func testProjectsWithoutPeriods() throws {
        let result = try parseFixture("generic-items.md")
        XCTAssertEqual(result.diagnostics, [])
        let section = try XCTUnwrap(result.resume?.sections.first)
        XCTAssertEqual(section.kind, .projects)
        XCTAssertEqual(section.intro, [.paragraph([InlineRun("Things I maintain.")])])
        XCTAssertEqual(section.entries, [
            .job(Job(organization: "resume-tui", summary: [.paragraph([InlineRun("A terminal résumé.")])], groups: [
                Group(title: "Features", blocks: [.list([ListItem([InlineRun("SSH server")]), ListItem([InlineRun("search")])])]),
            ])),
            .job(Job(organization: "other-tool", summary: [.list([ListItem([InlineRun("one bullet")])])])),
        ])
    }

    func testMonthOnlyDatesAndSeparators() throws {
        let result = try parseFixture("month-dates.md")
        XCTAssertEqual(result.diagnostics, [], "1년 8개월 and 6 months both match their month-only dates")
        let jobs = try XCTUnwrap(result.resume?.jobs)
        XCTAssertEqual(jobs.map(\.organization), ["Alpha", "Beta", "Gamma"])
        XCTAssertEqual(jobs.map(\.period), [
            Period(start: CalendarDate(year: 2018, month: 3), end: .date(CalendarDate(year: 2019, month: 11)), statedTenure: "1년 8개월"),
            Period(start: CalendarDate(year: 2020, month: 1), end: .date(CalendarDate(year: 2021, month: 6))),
            Period(start: CalendarDate(year: 2021, month: 7), end: .date(CalendarDate(year: 2022, month: 1)), statedTenure: "6 months"),
        ])
    }

    /// Each line of the contact section is read on its own; a line that only names a
    /// place is the location, and nothing is left over to show twice.
    func testContactLinesAreEachTheirOwnContact() throws {
        let result = try parseFixture("contact-lines.md")
        XCTAssertEqual(result.diagnostics, [])
        let resume = try XCTUnwrap(result.resume)
        XCTAssertEqual(resume.name, "Contact Person", "the one top heading is the name, though it says \"Contact\"")
        XCTAssertEqual(resume.sections.map(\.kind), [.contact], "연락처 names the contact section")
        XCTAssertEqual(resume.contacts, [
            Contact(kind: .email, label: "Email", value: "someone@example.com"),
            Contact(kind: .phone, label: "Phone", value: "(02) 123-4567"),
            Contact(kind: .link, label: "Blog", value: "https://blog.example.com"),
            Contact(kind: .link, label: "GitHub", value: "https://github.com/someone"),
            Contact(kind: .website, label: "Website", value: "http://www.example.com"),
        ])
        XCTAssertEqual(resume.location, Location(city: "Seoul, Korea"))
        XCTAssertEqual(resume.sections[0].intro, [])
    }

    /// A talk's title may be written as the link itself; its text is the title then, and
    /// the link text of a later link (slides) is kept as a note: nothing written is lost.
    func testTalkTitlesWrittenAsLinks() throws {
        let result = try parseFixture("talk-links.md")
        XCTAssertEqual(result.diagnostics, [])
        XCTAssertEqual(try XCTUnwrap(result.resume).talks, [
            Talk(event: "Gophercon KR", date: CalendarDate(year: 2023), role: "Speaker", title: [InlineRun("GC in Golang")],
                 url: "https://www.youtube.com/watch?v=EVBFXZhS07E"),
            Talk(event: "Pycon KR", date: CalendarDate(year: 2021), role: "Speaker", title: [InlineRun("Pythonic Clean Architecture")],
                 url: nil, notes: [.paragraph([InlineRun("발표 자료", .link(url: "https://example.com/slides"))])]),
            Talk(event: "Pycon KR", date: CalendarDate(year: 2020), role: "Speaker", title: [], url: "https://pycon.kr/2020/program/talk/43"),
        ])
    }

    private func onlyText(_ block: Block) -> Inline {
        if case .paragraph(let runs) = block { return runs }
        return []
    }
}

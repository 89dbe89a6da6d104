import ResumeModel
import XCTest
@testable import ResumeLayout

final class LayoutTests: XCTestCase {
    func testOngoingTenureIsComputedFromToday() {
        let builder = PageBuilder(resume: smallResume(), today: snapshotToday, glyphs: .unicode)
        let period = Period(start: CalendarDate(year: 2023, month: 9, day: 2), end: .ongoing)
        // 2023.09.02 → 2026.11.02 is 38 months; the 24th is past the 2nd.
        XCTAssertEqual(builder.periodWords(period).map(\.text).joined(separator: " "), "2023.09 – 현재 · 3년 2개월")
        let dayBefore = PageBuilder(resume: smallResume(), today: CalendarDate(year: 2026, month: 11, day: 1), glyphs: .unicode)
        XCTAssertEqual(dayBefore.periodWords(period).map(\.text).joined(separator: " "), "2023.09 – 현재 · 3년 1개월")
    }

    func testEndedTenureIsStatedElseComputed() {
        let builder = PageBuilder(resume: smallResume(), today: snapshotToday, glyphs: .ascii)
        let start = CalendarDate(year: 2019, month: 9, day: 2)
        let end = CalendarDate(year: 2023, month: 6, day: 2)
        XCTAssertEqual(builder.periodWords(Period(start: start, end: .date(end), statedTenure: "44개월")).map(\.text).joined(separator: " "),
                       "2019.09 - 2023.06 | 44개월")
        XCTAssertEqual(builder.periodWords(Period(start: start, end: .date(end))).map(\.text).joined(separator: " "),
                       "2019.09 - 2023.06 | 3년 9개월")
        // Without days, whole months; a start this month or in the future has no tenure to show.
        XCTAssertEqual(builder.periodWords(Period(start: CalendarDate(year: 2025, month: 11), end: .ongoing)).map(\.text).last, "1년")
        XCTAssertEqual(builder.periodWords(Period(start: CalendarDate(year: 2027, month: 1), end: .ongoing)).map(\.text).last, "현재")
    }

    func testPagesOfAResume() {
        let pages = Layout.pages(of: awkwardResume())
        XCTAssertEqual(pages.map(\.kind), [.about, .career, .talks, .skills, .generic])
        XCTAssertEqual(pages.map(\.title), ["김철수 👩‍💻 Kim", "Career Experience", "Talks", "Skills", "프로젝트 Projects"])
        XCTAssertEqual(Layout.pages(of: smallResume()).map(\.title), ["Test Person", "Career", "Talks"])
    }

    func testEveryLineFitsAtEveryWidth() {
        for resume in [awkwardResume(), smallResume()] {
            let document = ResumeDocument(resume, today: snapshotToday)
            for width in [1, 2, 3, 5, 10, 20, 40, 80, 120] {
                for page in document.pages.indices {
                    let layout = document.layout(page: page, width: width)
                    XCTAssertEqual(layout.lines.count, layout.flow.count)
                    XCTAssertFalse(layout.lines.isEmpty)
                    for line in layout.lines {
                        XCTAssertTrue(Wrap.fits(line, width: width), "page \(page) width \(width): \(line.text)")
                        XCTAssertNotEqual(line.text.last, " ")
                    }
                    for start in layout.entryStarts {
                        XCTAssertTrue(layout.lines.indices.contains(start))
                        XCTAssertGreaterThan(layout.lines[start].width, 0)
                    }
                }
            }
        }
    }

    func testCareerPageShape() {
        let layout = Layout.layout(smallResume(), page: 1, width: 80, theme: .dark, today: snapshotToday)
        XCTAssertEqual(layout.lines.map(\.text), [
            "Career",
            "",
            "회사",
            "2023.09 – 현재 · 3년 2개월",
            "redis 운영",
            "",
            "  레디스 운영",
            "  • 레디스 노드 운영",
            "  • 프로파일링을 통한 개선",
        ])
        XCTAssertEqual(layout.entryStarts, [2])
        XCTAssertEqual(layout.lines[0].spans.map(\.role), [.heading])
        XCTAssertEqual(layout.lines[2].spans.map(\.role), [.organization])
        XCTAssertEqual(layout.lines[3].spans.map(\.role), [.period, .plain, .dim, .plain, .period])
        XCTAssertEqual(layout.lines[6].spans.map(\.role), [.plain, .subheading])
        XCTAssertEqual(layout.lines[7].spans.map(\.role), [.plain, .bullet, .plain])
    }

    func testAboutAndTalksPages() {
        let document = ResumeDocument(smallResume(), today: snapshotToday, glyphs: .ascii)
        XCTAssertEqual(document.layout(page: 0, width: 80).lines.map(\.text), [
            "Test Person", "", "레디스 좋아하는 개발자", "", "Contact", "Email  me@example.com", "", "Thanks", "읽어주셔서 감사합니다.",
        ])
        let talks = document.layout(page: 2, width: 80)
        XCTAssertEqual(talks.lines.map(\.text), ["Talks", "", "Pycon KR 2020 | Speaker", "  REDIS 이야기", "  https://example.com/talk"])
        XCTAssertEqual(talks.lines[2].spans.map(\.role), [.organization, .plain, .period, .plain, .dim])
        XCTAssertEqual(talks.lines[4].spans.map(\.role), [.plain, .link])
        XCTAssertEqual(talks.entryStarts, [2])
    }

    func testOutOfRangePageIsEmpty() {
        XCTAssertEqual(ResumeDocument(smallResume(), today: snapshotToday).layout(page: 9, width: 80), PageLayout())
    }

    func testPlainTextHasEveryWord() {
        let resume = awkwardResume()
        for width in [20, 80] {
            let text = PlainText.render(resume, width: width, today: snapshotToday)
            let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
            for line in lines {
                XCTAssertLessThanOrEqual(CellWidth.of(String(line)), width, String(line))
                XCTAssertNotEqual(line.last, " ")
            }
            // Every word, unbroken, once the hard breaks are rejoined: compare without spaces or newlines.
            let flat = text.filter { $0 != " " && $0 != "\n" }
            for word in ["김철수", "漢字と", "한국어", "code()", "someone@example.com", "44개월", "끝", "ｆｕｌｌｗｉｄｔｈ",
                         "https://example.com/very-long-path-segment/", "Projects", "deeper", "text"] {
                XCTAssertTrue(flat.contains(word), "\(word) missing at \(width)")
            }
        }
    }

    func testThemes() {
        XCTAssertEqual(Theme.named("DARK")?.name, "dark")
        XCTAssertEqual(Theme.named("monochrome")?.name, "mono")
        XCTAssertNil(Theme.named("neon"))
        for role in Role.allCases {
            let style = Theme.mono.style(for: role)
            XCTAssertNil(style.foreground, "\(role)")
            XCTAssertNil(style.background, "\(role)")
        }
        // Without color, matches and the current match still look different from text and each other.
        XCTAssertTrue(Theme.mono.style(for: .currentMatch).reverse)
        XCTAssertNotEqual(Theme.mono.style(for: .match), Theme.mono.style(for: .plain))
        XCTAssertNotEqual(Theme.mono.style(for: .match), Theme.mono.style(for: .currentMatch))
        for theme in [Theme.dark, .light] {
            XCTAssertNotNil(theme.style(for: .match).background)
            XCTAssertNotEqual(theme.style(for: .match), theme.style(for: .currentMatch))
        }
        XCTAssertEqual(Theme.dark.with(glyphs: .ascii).glyphs.bullet, "*")
    }
}

import Foundation
import ResumeContent
import TestSupport
import XCTest
@testable import ResumeModel

/// The top-level resume.md, whoever's it is: it reads without errors, the binary
/// carries it, and its translations keep its structure.
final class TopLevelResumeTests: XCTestCase {
    func testTheResumeReadsCleanlyAndIsBuiltIn() throws {
        let result = ResumeParser.parse(try TestFiles.resumeBytes())
        XCTAssertEqual(result.errors, [], "resume-tui check lists them with their lines")
        XCTAssertFalse(try XCTUnwrap(result.resume).isEmpty)
        XCTAssertEqual(ResumeContent.bytes, try TestFiles.resumeBytes(),
                       "the binary's embedded résumé differs from resume.md; rebuild")
        let folder = TestFiles.resumeURL.deletingLastPathComponent()
        for embedded in ResumeContent.translations {
            let url = folder.appendingPathComponent("resume.\(embedded.code).md")
            let translation = ResumeParser.parse([UInt8](try Data(contentsOf: url)))
            XCTAssertEqual(translation.errors, [], url.lastPathComponent)
            let differences = TranslationCheck.compare(try XCTUnwrap(TranslationCheck.Side(translation, name: url.lastPathComponent)),
                                                       with: try XCTUnwrap(TranslationCheck.Side(result, name: "resume.md")))
            XCTAssertEqual(differences.map(\.description), [], "resume-tui check shows where the two differ")
        }
    }
}

/// The owner's résumé as the product reads it, from its copy in Tests/Fixtures/owner: a
/// real résumé, written by a person, pinned name by name.
final class RealResumeTests: XCTestCase {
    private var result: ParseResult!
    private var resume: Resume!

    override func setUpWithError() throws {
        result = ResumeParser.parse(try TestFiles.ownerBytes())
        resume = try XCTUnwrap(result.resume)
    }

    func testNameHeadlineAndContacts() {
        XCTAssertEqual(resume.name, "Wonho Ha")
        XCTAssertEqual(resume.headline.map(\.plainText), ["기술적으로 깊이 있게 보고, 내부를 살펴보는걸 좋아하는 개발자입니다."])
        XCTAssertEqual(resume.contacts, [
            Contact(kind: .email, label: "Email", value: "las@magical.dev"),
            Contact(kind: .phone, label: "Phone", value: "+82 10-7704-6876"),
        ])
    }

    func testSectionKindsInOrder() {
        XCTAssertEqual(resume.sections.map(\.kind), [.contact, .career, .talks, .skills, .closing])
        XCTAssertEqual(resume.sections.map(\.title),
                       ["Contact", "Career Experience", "외부 컨퍼런스 발표", "Skills", "Thanks for Reading!!"])
    }

    func testJobsWithPeriodsGroupsAndBullets() throws {
        let jobs = resume.jobs
        XCTAssertEqual(jobs.count, 2)
        let toss = jobs[0]
        XCTAssertEqual(toss.organization, "비바리퍼블리카")
        XCTAssertEqual(toss.period, Period(start: CalendarDate(year: 2023, month: 9, day: 2), end: .ongoing))
        XCTAssertEqual(paragraphs(toss.summary), ["SRE 팀에서 서비스 분석 및 redis 운영을 담당하였습니다"])
        XCTAssertEqual(toss.groups.map(\.title), ["레디스 운영", "서비스 분석 최적화 & 플랫폼 제공", "고양이 키우기 서버 개발"])
        XCTAssertEqual(toss.groups.map { bulletCount($0.blocks) }, [4, 2, 3])
        XCTAssertEqual(paragraphs(toss.groups[0].blocks), ["1000개가 넘는 레디스 노드들을 안정적으로 운영."])

        let buzvil = jobs[1]
        XCTAssertEqual(buzvil.organization, "Buzvil")
        XCTAssertEqual(buzvil.period, Period(start: CalendarDate(year: 2019, month: 9, day: 2),
                                             end: .date(CalendarDate(year: 2023, month: 6, day: 2)),
                                             statedTenure: "44개월"))
        XCTAssertEqual(buzvil.groups.map(\.title),
                       ["신 사업 개발", "새로운 광고 상품 개발 및 유지 보수", "도메인 주도 설계 & MSA 설계를 통한 비즈니스 가치 실현"])
        XCTAssertEqual(buzvil.groups.map { bulletCount($0.blocks) }, [5, 3, 3])
        XCTAssertEqual(buzvil.period?.monthsBetweenDates, 45)
    }

    func testTalks() {
        struct Expected: Equatable { var event: String; var year: Int?; var role: String?; var title: String; var url: String? }
        let talks = resume.talks.map { Expected(event: $0.event, year: $0.year, role: $0.role, title: $0.title.plainText, url: $0.url) }
        XCTAssertEqual(talks, [
            Expected(event: "Gophercon KR", year: 2023, role: "Speaker", title: "GC in Golang", url: "https://www.youtube.com/watch?v=EVBFXZhS07E"),
            Expected(event: "Pycon KR", year: 2021, role: "Speaker", title: "Pythonic Clean Architecture", url: "https://2021.pycon.kr/session/18/"),
            Expected(event: "Pycon KR", year: 2020, role: "Speaker", title: "제로부터 시작하는 즐거운 Python생활", url: "https://pycon.kr/2020/program/talk/43"),
            Expected(event: "Pycon JP", year: 2020, role: "Speaker", title: "Python vs Golang", url: "https://www.youtube.com/watch?v=B-YEdcoPlPQ"),
            Expected(event: "Pycon KR", year: 2019, role: "Speaker", title: "DSL in Python", url: "https://www.youtube.com/watch?v=nZEvVRw8V9Q"),
            Expected(event: "Pycon KR", year: 2018, role: "Speaker", title: "Python에서 함수형 프로그래밍 하기", url: "https://www.youtube.com/watch?v=UPmQHHpS3cw"),
        ])
        XCTAssertTrue(resume.talks.allSatisfy { $0.notes.isEmpty })
    }

    func testSkillGroups() {
        let skills = resume.skillGroups
        XCTAssertEqual(skills.map(\.title), ["Distributed Systems and Scalability", "성능 분석 및 최적화", "새로운 것을 배우는데 거리낌이 없습니다"])
        XCTAssertEqual(skills.map { bulletCount($0.blocks) }, [5, 4, 4])
        XCTAssertEqual(paragraphs(skills[1].blocks), ["성능 개선을 위하여 여러 방법 & 도구를 사용하여 분석하고 최적화 할 수 있습니다."])
    }

    func testClosingParagraphDetectsTheEmail() throws {
        let closing = try XCTUnwrap(resume.sections.last)
        XCTAssertEqual(onlyParagraph(closing.intro), [
            InlineRun("혹시 저와 이야기 나누고싶으시다면 Email("),
            InlineRun("las@magical.dev", .link(url: "mailto:las@magical.dev")),
            // The two source lines are one paragraph, joined by one space.
            InlineRun(")로 연락해주시면 감사드리겠습니다. 읽어주셔서 감사합니다."),
        ])
    }

    func testOnlyDiagnosticIsTheTenureMismatch() throws {
        XCTAssertEqual(result.lines, [
            "40:36: warning: the stated tenure \"44개월\" does not match the dates: 2019.09.02–2023.06.02 is 45 months (3년 9개월)",
        ])
        // The English translation beside it has the same structure, periods and figures.
        let english = ResumeParser.parse([UInt8](try Data(contentsOf: TestFiles.ownerURL.deletingPathExtension().appendingPathExtension("en.md"))))
        let differences = TranslationCheck.compare(try XCTUnwrap(TranslationCheck.Side(english, name: "resume.en.md")),
                                                   with: try XCTUnwrap(TranslationCheck.Side(result, name: "resume.md")))
        XCTAssertEqual(differences.map(\.description), [])
    }
}

final class HighlightsTests: XCTestCase {
    func testTheRealResumesFiguresAreFound() throws {
        let figures = Highlights.figures(in: try XCTUnwrap(ResumeParser.parse(try TestFiles.ownerBytes()).resume))
        for expected in ["1000개", "MAU 300만", "DAU 100만", "1~3개", "100배", "1억", "2000reqps", "p95 100ms",
                         "reqps 150", "reqps 7000", "p90", "1초", "150ms"] {
            XCTAssertTrue(figures.contains(expected), "\(expected) not in \(figures)")
        }
        XCTAssertFalse(figures.contains { $0.contains("2020") }, "a year is not a figure: \(figures)")
    }

    func testFiguresInKoreanSentences() {
        let text = "요청이 2000reqps 이상, latency p95 100ms 유지, 2020년 3월간"
        XCTAssertEqual(Highlights.ranges(in: text).map { String(text[$0]) }, ["2000reqps", "p95 100ms"])
        XCTAssertEqual(Highlights.ranges(in: "plain words only"), [])
    }

    /// The scanner is the regex below, written out by hand for speed: on the real résumé
    /// and on 20,000 strings built from the pieces figures are made of, both find the
    /// same ranges. (Digits are 0-9; word boundaries are the simple kind: a letter,
    /// Hangul included, a digit of any script or `_` on one side only.)
    func testTheScannerAgreesWithTheRegexItReplaces() throws {
        let regex = #/(?:(?:MAU|DAU|reqps|req/s|rps|p[0-9]{2,3}|latency)\s+)?(?:[0-9]+~)?[0-9][[0-9],.]*\s?(?:reqps|req/s|rps|ms|초|만원|만|억|배|개|명|%|\+)|(?:MAU|DAU|reqps|p[0-9]{2,3})\s+[0-9][[0-9],.]*|\bp[0-9]{2,3}\b/#.wordBoundaryKind(.simple)
        func oracle(_ text: String) -> [String] { text.matches(of: regex).map { String(text[$0.range]) } }
        func scanner(_ text: String) -> [String] { Highlights.ranges(in: text).map { String(text[$0]) } }

        let resume = try XCTUnwrap(ResumeParser.parse(try TestFiles.ownerBytes()).resume)
        for text in resume.inlineTexts.map(\.plainText) {
            XCTAssertEqual(scanner(text), oracle(text), text)
        }
        let pieces = ["MAU", "DAU", "reqps", "req/s", "rps", "p", "latency", "lat", "ms", "m", "초", "만원", "만", "억", "배",
                      "개", "명", "%", "+", "~", ",", ".", " ", "  ", "\t", "0", "1", "9", "٣", "x", "_", "가", "년", "é", "p9", "p95"]
        var generator = SeededGenerator(seed: 0xF16_0E5)
        for _ in 0..<20_000 {
            let text = (0..<Int.random(in: 1...10, using: &generator)).map { _ in pieces.randomElement(using: &generator)! }.joined()
            XCTAssertEqual(scanner(text), oracle(text), text.debugDescription)
        }
    }

    func testWriterOutputForTheRealResumeIsNormalized() throws {
        let resume = try XCTUnwrap(ResumeParser.parse(try TestFiles.ownerBytes()).resume)
        let written = MarkdownWriter.write(resume)
        XCTAssertTrue(written.hasPrefix("# Wonho Ha\n\n기술적으로"))
        XCTAssertTrue(written.contains("### Buzvil (2019.09.02 ~ 2023.06.02, 44개월)\n"))
        XCTAssertTrue(written.contains("### 비바리퍼블리카 (2023.09.02 ~ present)\n"))
        XCTAssertTrue(written.contains("### Pycon KR 2021, Speaker\n\nPythonic Clean Architecture\n\n<https://2021.pycon.kr/session/18/>\n"))
        XCTAssertTrue(written.contains("## Contact\n\n- Email: <las@magical.dev>\n- Phone: +82 10-7704-6876\n"))
        XCTAssertTrue(written.contains("Email(<las@magical.dev>)로 연락해주시면 감사드리겠습니다. 읽어주셔서 감사합니다.\n"))
        XCTAssertFalse(written.contains("\n\n\n"), "one blank line between blocks")
    }
}

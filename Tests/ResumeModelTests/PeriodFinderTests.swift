import TestSupport
import XCTest
@testable import ResumeModel

/// Periods found in headings and lines as strangers write them, and read from values.
final class PeriodFinderTests: XCTestCase {
    private func date(_ y: Int, _ m: Int? = nil, _ d: Int? = nil) -> CalendarDate { CalendarDate(year: y, month: m, day: d) }
    private func range(_ y1: Int, _ m1: Int?, _ y2: Int, _ m2: Int?, stated: String? = nil) -> Period {
        Period(start: date(y1, m1), end: .date(date(y2, m2)), statedTenure: stated)
    }
    private func single(_ date: CalendarDate) -> Period { Period(start: date, end: .date(date)) }

    /// The text the match covers and what it read, or a failure naming the heading.
    private func assertFinds(_ heading: String, _ span: String, _ period: Period,
                             file: StaticString = #filePath, line: UInt = #line) {
        guard let match = PeriodFinder.find(in: heading) else {
            return XCTFail("no period in \(heading)", file: file, line: line)
        }
        XCTAssertEqual(String(heading[match.range]), span, heading, file: file, line: line)
        XCTAssertEqual(match.result, .success(period), heading, file: file, line: line)
    }

    private func assertFindsProblem(_ heading: String, _ span: String, _ reason: String,
                                    file: StaticString = #filePath, line: UInt = #line) {
        guard let match = PeriodFinder.find(in: heading) else {
            return XCTFail("no period in \(heading)", file: file, line: line)
        }
        XCTAssertEqual(String(heading[match.range]), span, heading, file: file, line: line)
        XCTAssertEqual(match.result, .failure(PeriodProblem(reason)), heading, file: file, line: line)
    }

    // MARK: - Headings

    func testHeadingsInEveryLanguage() {
        assertFinds("Acme Corp (2019.09 ~ 2023.06, 3년 9개월)", "2019.09 ~ 2023.06, 3년 9개월",
                    range(2019, 9, 2023, 6, stated: "3년 9개월"))
        assertFinds("2025/02 - 2025/04: Company", "2025/02 - 2025/04", range(2025, 2, 2025, 4))
        assertFinds("[株式会社テスト](https://example.com/2018/about)（2019年8月〜2020年3月）", "2019年8月〜2020年3月",
                    range(2019, 8, 2020, 3))
        assertFinds("Backend Engineer | Jan 2019 – Present", "Jan 2019 – Present", Period(start: date(2019, 1), end: .ongoing))
        assertFinds("2021. 03. - 현재", "2021. 03. - 현재", Period(start: date(2021, 3), end: .ongoing))
        assertFinds("**Company** — Role — 2018–2021", "2018–2021", range(2018, nil, 2021, nil))
        assertFinds("2019.07 - 2021.03  字节跳动  后端开发工程师", "2019.07 - 2021.03", range(2019, 7, 2021, 3))
        assertFinds("2023.09.02, NOW", "2023.09.02, NOW", Period(start: date(2023, 9, 2), end: .ongoing))
        assertFinds("🚀 스타트업 (2019.09 ~ 재직 중)", "2019.09 ~ 재직 중", Period(start: date(2019, 9), end: .ongoing))
        assertFinds("株式会社メルカリ 2019年4月～現在", "2019年4月～現在", Period(start: date(2019, 4), end: .ongoing))
        assertFinds("腾讯 2019年9月至2021年6月 后端", "2019年9月至2021年6月", range(2019, 9, 2021, 6))
        assertFinds("Acme (2019년 3월 ~ 2021년 2월)", "2019년 3월 ~ 2021년 2월", range(2019, 3, 2021, 2))
        assertFinds("（２０１９年８月〜２０２０年３月）", "２０１９年８月〜２０２０年３月", range(2019, 8, 2020, 3))
    }

    func testEveryRangeMarkSeparatesTheEnds() {
        for mark in ["~", " ~ ", "-", " - ", " – ", "–", " — ", "〜", "～", " to ", " TO ", " until ", " -- ", "至", " − "] {
            let text = "2019.09\(mark)2021.03"
            assertFinds("Acme (\(text))", text, range(2019, 9, 2021, 3))
        }
    }

    func testEveryOpenEndInAnyCase() {
        let words = ["Present", "present", "PRESENT", "Now", "NOW", "Current", "Today", "Ongoing",
                     "현재", "현재까지", "재직중", "재직 중", "진행중", "재학중", "至今", "现在", "今", "現在", "現職"]
        for word in words {
            assertFinds("Acme (2019.09 ~ \(word))", "2019.09 ~ \(word)", Period(start: date(2019, 9), end: .ongoing))
            assertFinds("Acme 2019.09 – \(word) Seoul", "2019.09 – \(word)", Period(start: date(2019, 9), end: .ongoing))
        }
        assertFinds("2019年9月至今", "2019年9月至今", Period(start: date(2019, 9), end: .ongoing))
        assertFinds("Acme, Jan 2019, present", "Jan 2019, present", Period(start: date(2019, 1), end: .ongoing))
        assertFinds("Jan 2019 – Till Date, Pune", "Jan 2019 – Till Date", Period(start: date(2019, 1), end: .ongoing))
        assertFinds("Jan 2019 to date", "Jan 2019 to date", Period(start: date(2019, 1), end: .ongoing))
        assertFinds("2019 until now", "2019 until now", Period(start: date(2019), end: .ongoing))
    }

    func testADanglingMarkLeavesTheEndOpen() {
        assertFinds("Acme (2021.03 ~)", "2021.03 ~", Period(start: date(2021, 3), end: .ongoing))
        assertFinds("Acme 2021.03 –", "2021.03 –", Period(start: date(2021, 3), end: .ongoing))
        assertFinds("2021.03 – | Seoul", "2021.03 –", Period(start: date(2021, 3), end: .ongoing))
        assertFinds("（2019年4月～）", "2019年4月～", Period(start: date(2019, 4), end: .ongoing))
        assertFinds("2019 - Acme Corp", "2019", single(date(2019)))
    }

    func testYearsAndMonthNames() {
        assertFinds("2019 - Present", "2019 - Present", Period(start: date(2019), end: .ongoing))
        assertFinds("Acme — 2018 to 2021", "2018 to 2021", range(2018, nil, 2021, nil))
        assertFinds("Jan 2019 – Mar 2021", "Jan 2019 – Mar 2021", range(2019, 1, 2021, 3))
        assertFinds("Mar. 2015 - Jun. 2017, Seoul", "Mar. 2015 - Jun. 2017", range(2015, 3, 2017, 6))
        assertFinds("Sept 2015 – Present", "Sept 2015 – Present", Period(start: date(2015, 9), end: .ongoing))
        assertFinds("January – March 2020", "January – March 2020", range(2020, 1, 2020, 3))
        assertFinds("Nov – Feb 2020", "Nov – Feb 2020", range(2019, 11, 2020, 2))
        assertFinds("2019 Jan – 2020 Mar", "2019 Jan – 2020 Mar", range(2019, 1, 2020, 3))
        assertFinds("09/2019 – 06/2021", "09/2019 – 06/2021", range(2019, 9, 2021, 6))
        assertFinds("MSc, 2019/20", "2019/20", range(2019, nil, 2020, nil))
        assertFinds("FY 2019-20 budget", "2019-20", range(2019, nil, 2020, nil))
        assertFinds("Acme 2011/12", "2011/12", single(date(2011, 12)))
        assertFinds("Jan 2019 – 2021", "Jan 2019 – 2021", range(2019, 1, 2021, nil))
        assertFinds("2019.09 – 2019", "2019.09 – 2019", range(2019, 9, 2019, nil))
        assertFinds("Summer 2012 – Fall 2012", "Summer 2012 – Fall 2012",
                    Period(start: CalendarDate(year: 2012, season: "Summer"), end: .date(CalendarDate(year: 2012, season: "Fall"))))
    }

    func testTheStatedTenureIsPartOfTheMatch() throws {
        assertFinds("Jan 2019 – Mar 2022 (3 yrs 2 mos) · Seoul", "Jan 2019 – Mar 2022 (3 yrs 2 mos)",
                    range(2019, 1, 2022, 3, stated: "3 yrs 2 mos"))
        assertFinds("Acme · 2021.03 - 2023.03 · 2년", "2021.03 - 2023.03 · 2년", range(2021, 3, 2023, 3, stated: "2년"))
        assertFinds("字节跳动（2019.07 - 2021.03，1年8个月）", "2019.07 - 2021.03，1年8个月",
                    range(2019, 7, 2021, 3, stated: "1年8个月"))
        assertFinds("メルカリ（2019年4月～2021年6月、2年2ヶ月）", "2019年4月～2021年6月、2年2ヶ月",
                    range(2019, 4, 2021, 6, stated: "2年2ヶ月"))
        assertFinds("Acme 2019.09 ~ 2023.06 44개월", "2019.09 ~ 2023.06 44개월", range(2019, 9, 2023, 6, stated: "44개월"))
        assertFinds("Acme 2019.09 ~ 2023.06, 44개월, Seoul", "2019.09 ~ 2023.06, 44개월", range(2019, 9, 2023, 6, stated: "44개월"))
        // Not tenures: they stay in the heading.
        assertFinds("2019 - 2021, 2 Engineers", "2019 - 2021", range(2019, nil, 2021, nil))
        assertFinds("2019 - 2021 (3 yrs", "2019 - 2021", range(2019, nil, 2021, nil))

        let heading = "Acme (2019.09 ~ 2023.06, 3년 9개월)"
        let match = try XCTUnwrap(PeriodFinder.find(in: heading))
        XCTAssertEqual(match.tenureRange.map { String(heading[$0]) }, "3년 9개월")
    }

    func testALoneDateIsASingleDatePeriod() {
        assertFinds("Pycon KR 2021, Speaker", "2021", single(date(2021)))
        assertFinds("Talk at Jan 2019 meetup", "Jan 2019", single(date(2019, 1)))
        assertFinds("Acme 2019.09", "2019.09", single(date(2019, 9)))
        assertFinds("Intern, Summer 2012", "Summer 2012", single(CalendarDate(year: 2012, season: "Summer")))
        assertFinds("Acme, 2019.09, 2021.03", "2019.09", single(date(2019, 9)))
    }

    func testARangeOrAMonthBeatsAnEarlierBareYear() {
        assertFinds("Web 2000 Inc (2019.03 ~ 2021.02)", "2019.03 ~ 2021.02", range(2019, 3, 2021, 2))
        assertFinds("Pycon KR 2021 (Aug 2021)", "Aug 2021", single(date(2021, 8)))
    }

    func testNumbersThatAreNotYears() {
        let texts = [
            "Python 3.11", "handled 2000reqps", "1920x1080 screens", "order 12019", "$2019 budget", "v2019.1",
            "ISO 9001", "grew 2019%", "2,019 users", "served 1000-2000 users", "call 010-2019-3344",
            "1234.56", "2000명 사용자", "2000+ stars", "13.2019", "", "   ", "Present", "~ 현재",
            "January", "Jan – Present", "Decathlon", "Summary",
        ]
        for text in texts {
            XCTAssertNil(PeriodFinder.find(in: text), text)
        }
    }

    // MARK: - Impossible periods are found and explained

    func testImpossiblePeriodsAreFoundWithAReason() {
        assertFindsProblem("Acme (2019.13 ~ 2020.01)", "2019.13 ~ 2020.01", "month 13 does not exist")
        assertFindsProblem("Acme (2019.01 ~ 2020.13, 12개월)", "2019.01 ~ 2020.13, 12개월", "month 13 does not exist")
        assertFindsProblem("Acme (2020.03 ~ 2019.01)", "2020.03 ~ 2019.01", "it ends (2019.01) before it starts (2020.03)")
        assertFindsProblem("2019.02.30 – Present", "2019.02.30 – Present", "day 30 does not exist in 2019.02, which has 28 days")
        assertFindsProblem("2019年13月〜2020年3月", "2019年13月〜2020年3月", "month 13 does not exist")
        assertFindsProblem("Mar 2021 – Jan 2019", "Mar 2021 – Jan 2019", "it ends (2019.01) before it starts (2021.03)")
        assertFindsProblem("2021 – 2019", "2021 – 2019", "it ends (2019) before it starts (2021)")
    }

    // MARK: - A whole value

    func testReadingAWholeValue() throws {
        let expected = Period(start: date(2019, 9, 2), end: .date(date(2023, 6, 2)))
        for text in ["2019.09.02~2023.06.02", "2019.09.02 ~ 2023.06.02", "2019.09.02 – 2023.06.02",
                     "2019.09.02 - 2023.06.02", "2019-09-02 - 2023-06-02", "2019-09-02-2023-06-02",
                     "2019/09/02~2023/06/02", "2019.09.02.~2023.06.02.", " 2019. 09. 02. ~ 2023. 06. 02. "] {
            XCTAssertEqual(try PeriodFinder.read(text).get(), expected, text)
        }
        for word in ["NOW", "now", "present", "현재", "재직중", "至今", "現在"] {
            XCTAssertEqual(try PeriodFinder.read("2023.09.02, \(word)").get().end, .ongoing, word)
            XCTAssertEqual(try PeriodFinder.read("2023.09.02~\(word)").get().end, .ongoing, word)
        }
        XCTAssertEqual(try PeriodFinder.read("2019.09").get(), single(date(2019, 9)))
        XCTAssertEqual(try PeriodFinder.read("2021.03 ~").get(), Period(start: date(2021, 3), end: .ongoing))
        XCTAssertEqual(try PeriodFinder.read("1890 – 1895").get(), range(1890, nil, 1895, nil), "a value need not look recent")
        XCTAssertEqual(try PeriodFinder.read("2019.09.02~2023.06.02, 44개월").get().statedTenure, "44개월")
        XCTAssertEqual(try PeriodFinder.read("2019.09 ~ 2023.06 (3년 9개월)").get().statedTenure, "3년 9개월")
        XCTAssertEqual(try PeriodFinder.read("2019.09.02~2023.06.02, about 4 years").get().statedTenure, "about 4 years",
                       "an unreadable tenure is kept, so the check can say it can't be read")
    }

    func testUnreadableValuesSayWhy() {
        let cases: [(String, String)] = [
            ("2019.13.02~now", "month 13 does not exist"),
            ("2023.02.29~now", "day 29 does not exist in 2023.02, which has 28 days"),
            ("99999999999999999999.01~now", "the year \"99999999999999999999\" should have four digits"),
            ("2019.09.02, 44개월", "there is a start date and a tenure but no end (use NOW for a current job)"),
            ("2019.09.02, Seoul", "\"Seoul\" is not a date"),
            ("2019.09.02, 2020.01.01", "a comma only comes before an open end (NOW); put ~ between two dates"),
            ("2023.01~2019.01", "it ends (2019.01) before it starts (2023.01)"),
            ("2019.09 ~ soon", "\"soon\" is not a date"),
            ("2019.09 ~ 2020.01 Acme", "\"Acme\" is not part of a period"),
            ("2019.09 ~ 2020.01,", "a tenure is missing after the comma"),
            ("January – Present", "the start has no year"),
            ("Korea", "\"Korea\" is not a date"),
            ("", "it is empty"),
        ]
        for (text, reason) in cases {
            switch PeriodFinder.read(text) {
            case .success(let period): XCTFail("\(text) read as \(period)")
            case .failure(let problem): XCTAssertEqual(problem.reason, reason, text)
            }
        }
    }

    // MARK: - Hostile input

    func testHostileInputNeverTraps() {
        let texts = [
            String(repeating: "9", count: 50_000), String(repeating: "2019.", count: 10_000),
            String(repeating: "2019 - ", count: 10_000), String(repeating: "~", count: 50_000),
            String(repeating: "Jan ", count: 10_000), String(repeating: "1년", count: 20_000),
            String(repeating: "(", count: 20_000) + "2019", "9223372036854775807.01 ~ 9223372036854775807.12",
            "\(Int.max)", "\(Int.min)", "2019.99999999999999999999", "Jan 99999999999999999999",
            "2019 - 2021 " + String(repeating: "1y ", count: 20_000),
        ]
        for text in texts {
            _ = PeriodFinder.find(in: text)
            _ = PeriodFinder.read(text)
            _ = DateReader.read(text)
            _ = TenureReader.months(in: text)
        }
        XCTAssertNil(PeriodFinder.find(in: String(repeating: "9", count: 50_000)))
        XCTAssertNotNil(PeriodFinder.find(in: String(repeating: "2019 - ", count: 10_000)))
    }

    /// Random mixes of the characters periods are made of: nothing traps, every match
    /// lies inside the text, and a period found reads the same when read on its own.
    func testRandomTextsFindConsistently() {
        let pieces = ["2019", "2021", ".", "-", "~", " ", "0", "9", "12", "年", "月", "년", "월", "Jan", "Present",
                      "현재", ",", "(", ")", "개월", "3", "yrs", "至今", "/", "'", "Summer", "–", "x", "%", "１"]
        var generator = SeededGenerator(seed: 20_241_124)
        for _ in 0..<3_000 {
            var text = ""
            for _ in 0..<generator.below(12) { text += pieces[generator.below(pieces.count)] }
            _ = PeriodFinder.read(text)
            _ = DateReader.read(text)
            guard let match = PeriodFinder.find(in: text) else { continue }
            XCTAssertFalse(match.range.isEmpty, text)
            guard case .success(let period) = match.result else { continue }
            XCTAssertEqual(try? PeriodFinder.read(String(text[match.range])).get(), period, text)
        }
    }
}

import XCTest
@testable import ResumeModel

/// Periods as a reader sees them, in the résumé's language.
final class PeriodDisplayTests: XCTestCase {
    private func date(_ y: Int, _ m: Int? = nil, _ d: Int? = nil) -> CalendarDate { CalendarDate(year: y, month: m, day: d) }
    private let today = CalendarDate(year: 2026, month: 11, day: 24)
    private var ongoing: Period { Period(start: date(2023, 9, 2), end: .ongoing) }

    func testAnOngoingPeriodInEveryLanguage() {
        XCTAssertEqual(ongoing.display(in: .korean, today: today), PeriodDisplay(start: "2023.09", end: "현재", tenure: "3년 2개월"))
        XCTAssertEqual(ongoing.display(in: .english, today: today), PeriodDisplay(start: "Sep 2023", end: "Present", tenure: "3 yrs 2 mos"))
        XCTAssertEqual(ongoing.display(in: .chinese, today: today), PeriodDisplay(start: "2023.09", end: "至今", tenure: "3年2个月"))
        XCTAssertEqual(ongoing.display(in: .japanese, today: today), PeriodDisplay(start: "2023.09", end: "現在", tenure: "3年2ヶ月"))
    }

    func testTheWholeLine() {
        XCTAssertEqual(ongoing.text(in: .korean, today: today), "2023.09 – 현재 · 3년 2개월")
        XCTAssertEqual(ongoing.text(in: .english, today: today), "Sep 2023 – Present · 3 yrs 2 mos")
        XCTAssertEqual(ongoing.text(in: .chinese, today: today), "2023.09 – 至今 · 3年2个月")
        XCTAssertEqual(ongoing.text(in: .japanese, today: today), "2023.09 – 現在 · 3年2ヶ月")
        XCTAssertEqual(ongoing.text(in: .korean, today: today, dash: "~", separator: ", "), "2023.09~현재, 3년 2개월")
        XCTAssertEqual(Period(start: date(2019), end: .date(date(2019))).text(in: .english, today: today), "2019")
    }

    func testMonthsAloneAndYearsAlone() {
        let nineMonths = Period(start: date(2023, 9), end: .date(date(2024, 6)))
        let threeYears = Period(start: date(2020, 6), end: .date(date(2023, 6)))
        let expected: [(Language, String, String)] = [
            (.korean, "9개월", "3년"), (.english, "9 mos", "3 yrs"), (.chinese, "9个月", "3年"), (.japanese, "9ヶ月", "3年"),
        ]
        for (language, months, years) in expected {
            XCTAssertEqual(nineMonths.display(in: language, today: today).tenure, months, "\(language)")
            XCTAssertEqual(threeYears.display(in: language, today: today).tenure, years, "\(language)")
        }
    }

    func testEnglishCountsInTheSingular() {
        let oneAndOne = Period(start: date(2020, 1), end: .date(date(2021, 2)))
        XCTAssertEqual(oneAndOne.display(in: .english, today: today).tenure, "1 yr 1 mo")
        XCTAssertEqual(Period(start: date(2020, 1), end: .date(date(2020, 2))).display(in: .english, today: today).tenure, "1 mo")
        XCTAssertEqual(Period(start: date(2020, 1), end: .date(date(2021, 1))).display(in: .english, today: today).tenure, "1 yr")
        XCTAssertEqual(Period(start: date(2020, 1), end: .date(date(2022, 3))).display(in: .english, today: today).tenure, "2 yrs 2 mos")
    }

    func testTheDayIsNeverShown() {
        let period = Period(start: date(2019, 9, 2), end: .date(date(2021, 3, 31)))
        XCTAssertEqual(period.display(in: .korean, today: today), PeriodDisplay(start: "2019.09", end: "2021.03", tenure: "1년 6개월"))
        XCTAssertEqual(period.display(in: .english, today: today), PeriodDisplay(start: "Sep 2019", end: "Mar 2021", tenure: "1 yr 6 mos"))
    }

    func testAStatedTenureIsShownForAnEndedPeriodOnly() {
        let ended = Period(start: date(2019, 9, 2), end: .date(date(2023, 6, 2)), statedTenure: "44개월")
        XCTAssertEqual(ended.display(in: .korean, today: today).tenure, "44개월", "the owner's words, even where the dates say 45")
        XCTAssertEqual(ended.display(in: .english, today: today).tenure, "44개월")
        let stale = Period(start: date(2023, 9, 2), end: .ongoing, statedTenure: "1년")
        XCTAssertEqual(stale.display(in: .korean, today: today).tenure, "3년 2개월", "an ongoing job's tenure grows; the stated one is stale")
        let blank = Period(start: date(2019, 9), end: .date(date(2023, 6)), statedTenure: "  ")
        XCTAssertEqual(blank.display(in: .korean, today: today).tenure, "3년 9개월")
    }

    func testSingleDates() {
        let year = Period(start: date(2019), end: .date(date(2019)))
        let month = Period(start: date(2019, 1), end: .date(date(2019, 1)))
        for language in Language.allCases {
            XCTAssertEqual(year.display(in: language, today: today), PeriodDisplay(start: "2019"), "\(language)")
        }
        XCTAssertEqual(month.display(in: .english, today: today), PeriodDisplay(start: "Jan 2019"))
        XCTAssertEqual(month.display(in: .korean, today: today), PeriodDisplay(start: "2019.01"))
        XCTAssertEqual(month.display(in: .japanese, today: today), PeriodDisplay(start: "2019.01"))
        let sameMonth = Period(start: date(2019, 9, 1), end: .date(date(2019, 9, 30)))
        XCTAssertEqual(sameMonth.display(in: .korean, today: today), PeriodDisplay(start: "2019.09"), "one month, not 2019.09 – 2019.09")
    }

    func testYearsAndSeasons() {
        let years = Period(start: date(2018), end: .date(date(2021)))
        XCTAssertEqual(years.display(in: .english, today: today), PeriodDisplay(start: "2018", end: "2021", tenure: "3 yrs"))
        XCTAssertEqual(years.display(in: .korean, today: today), PeriodDisplay(start: "2018", end: "2021", tenure: "3년"))
        XCTAssertEqual(Period(start: date(2021), end: .ongoing).display(in: .chinese, today: today),
                       PeriodDisplay(start: "2021", end: "至今", tenure: "5年"))
        let summer = CalendarDate(year: 2012, season: "Summer")
        let terms = Period(start: summer, end: .date(CalendarDate(year: 2012, season: "Fall")))
        XCTAssertEqual(terms.display(in: .english, today: today), PeriodDisplay(start: "Summer 2012", end: "Fall 2012"))
        XCTAssertEqual(terms.display(in: .korean, today: today), PeriodDisplay(start: "Summer 2012", end: "Fall 2012"))
        XCTAssertEqual(Period(start: summer, end: .date(summer)).display(in: .english, today: today), PeriodDisplay(start: "Summer 2012"))
    }

    func testNothingToSayAboutNoTime() {
        let thisMonth = Period(start: date(2026, 11, 3), end: .ongoing)
        XCTAssertEqual(thisMonth.display(in: .english, today: today), PeriodDisplay(start: "Nov 2026", end: "Present"))
        let future = Period(start: date(2027, 3), end: .ongoing)
        XCTAssertNil(future.display(in: .korean, today: today).tenure)
        XCTAssertEqual(Period(start: date(2019), end: .date(date(2019, 6))).display(in: .korean, today: today),
                       PeriodDisplay(start: "2019", end: "2019.06"), "within one year: no whole year to count")
    }

    func testReadThenShown() throws {
        let cases: [(String, Language, String)] = [
            ("Acme (2019.09 ~ 2023.06)", .korean, "2019.09 – 2023.06 · 3년 9개월"),
            ("Backend Engineer | Jan 2019 – Present", .english, "Jan 2019 – Present · 7 yrs 10 mos"),
            ("字节跳动 2019.07 - 2021.03", .chinese, "2019.07 – 2021.03 · 1年8个月"),
            ("メルカリ（2019年4月～現在）", .japanese, "2019.04 – 現在 · 7年7ヶ月"),
            ("**Company** — Role — 2018–2021", .english, "2018 – 2021 · 3 yrs"),
            ("Pycon KR 2021, Speaker", .korean, "2021"),
        ]
        for (heading, language, line) in cases {
            let period = try XCTUnwrap(PeriodFinder.find(in: heading)).result.get()
            XCTAssertEqual(period.text(in: language, today: today), line, heading)
        }
    }

    func testHostileDatesShowWithoutTrapping() {
        let huge = Period(start: date(Int.min, 1), end: .date(date(Int.max, 12)))
        for language in Language.allCases {
            _ = huge.text(in: language, today: today)
            _ = Period(start: date(2019, Int.max), end: .ongoing).text(in: language, today: date(Int.max, Int.min))
        }
        XCTAssertEqual(date(2019, 13).display(in: .english), "2019.13", "a month out of range shows as numbers")
    }

    func testDescriptionsForMessages() {
        XCTAssertEqual(Period.describeKorean(months: 45), "3년 9개월")
        XCTAssertEqual(Period.describeKorean(months: 0), "0개월")
        XCTAssertEqual(Period.describeKorean(months: -3), "0개월")
        XCTAssertEqual(Period.describeEnglish(months: 13), "1 year 1 month")
        XCTAssertEqual(Period.describeEnglish(months: 24), "2 years")
        XCTAssertEqual(Period.describe(months: 0, in: .english), "0 mos")
    }
}

import XCTest
@testable import ResumeModel

/// One date as people write it, the tenure they state, and the month arithmetic.
final class PeriodTests: XCTestCase {
    private func date(_ y: Int, _ m: Int? = nil, _ d: Int? = nil) -> CalendarDate { CalendarDate(year: y, month: m, day: d) }

    // MARK: - One date

    func testEveryDateFormReads() {
        let cases: [(String, CalendarDate)] = [
            ("2019.09.02", date(2019, 9, 2)), ("2019.09", date(2019, 9)), ("2019.9", date(2019, 9)), ("2019.5.3", date(2019, 5, 3)),
            ("2019-09", date(2019, 9)), ("2019-09-02", date(2019, 9, 2)),
            ("2019/09", date(2019, 9)), ("2019/09/02", date(2019, 9, 2)),
            ("2019. 09.", date(2019, 9)), ("2019. 09. 02.", date(2019, 9, 2)), ("2019.09.02.", date(2019, 9, 2)),
            ("2019年", date(2019)), ("2019年8月", date(2019, 8)), ("2019年8月2日", date(2019, 8, 2)),
            ("2019 年 8 月", date(2019, 8)), ("2019년 8월", date(2019, 8)), ("2019년 8월 2일", date(2019, 8, 2)),
            ("Jan 2019", date(2019, 1)), ("January 2019", date(2019, 1)), ("Mar. 2015", date(2015, 3)),
            ("Sept 2015", date(2015, 9)), ("SEP 2015", date(2015, 9)), ("september 2015", date(2015, 9)),
            ("Jan '19", date(2019, 1)), ("Jan 2, 2019", date(2019, 1, 2)), ("2 January 2019", date(2019, 1, 2)),
            ("2019 Jan", date(2019, 1)),
            ("09/2019", date(2019, 9)), ("9/2019", date(2019, 9)), ("09.2019", date(2019, 9)),
            ("2019", date(2019)),
            ("２０１９年８月", date(2019, 8)), ("２０１９．０９", date(2019, 9)), ("  2019.09\t", date(2019, 9)),
            ("2024.02.29", date(2024, 2, 29)),
        ]
        for (text, expected) in cases {
            XCTAssertEqual(try DateReader.read(text).get(), expected, text)
        }
    }

    func testSeasonsAreKeptAsWritten() throws {
        XCTAssertEqual(try DateReader.read("Summer 2012").get(), CalendarDate(year: 2012, season: "Summer"))
        XCTAssertEqual(try DateReader.read("Fall 2019").get(), CalendarDate(year: 2019, season: "Fall"))
        XCTAssertEqual(try DateReader.read("autumn 2019").get(), CalendarDate(year: 2019, season: "autumn"))
        XCTAssertEqual(try DateReader.read("Spring '21").get(), CalendarDate(year: 2021, season: "Spring"))
        XCTAssertEqual(try DateReader.read("Winter ’98").get(), CalendarDate(year: 1998, season: "Winter"))
        XCTAssertEqual(try DateReader.read("Summer 2012").get().description, "Summer 2012")
    }

    func testImpossibleDatesSayWhy() {
        let cases: [(String, String)] = [
            ("2019.13", "month 13 does not exist"),
            ("2019.00", "month 00 does not exist"),
            ("2019.123", "month 123 does not exist"),
            ("2019年13月", "month 13 does not exist"),
            ("13/2019", "month 13 does not exist"),
            ("2019.01.32", "day 32 does not exist in 2019.01, which has 31 days"),
            ("2023.02.29", "day 29 does not exist in 2023.02, which has 28 days"),
            ("Jan 32, 2019", "day 32 does not exist in 2019.01, which has 31 days"),
            ("201.09", "the year \"201\" should have four digits"),
            ("999", "the year \"999\" should have four digits"),
            ("Summer 12", "the year \"12\" should have four digits"),
            ("Korea", "\"Korea\" is not a date"),
            ("2019.09 Acme", "\"2019.09 Acme\" is not a date"),
            ("January", "\"January\" has no year"),
            ("", "a date is missing"),
            ("   ", "a date is missing"),
        ]
        for (text, reason) in cases {
            switch DateReader.read(text) {
            case .success(let date): XCTFail("\(text) read as \(date)")
            case .failure(let problem): XCTAssertEqual(problem.reason, reason, text)
            }
        }
    }

    func testARunawayYearMakesAShortReason() {
        let text = String(repeating: "9", count: 100_000) + ".01"
        guard case .failure(let problem) = DateReader.read(text) else { return XCTFail("read a 100,000-digit year") }
        XCTAssertTrue(problem.reason.hasPrefix("the year \"999999999999999999999999…\""), problem.reason)
        XCTAssertLessThan(problem.reason.count, 80)
    }

    func testDaysInMonth() {
        XCTAssertEqual(CalendarDate.daysIn(year: 1900, month: 2), 28)
        XCTAssertEqual(CalendarDate.daysIn(year: 2000, month: 2), 29)
        XCTAssertEqual(CalendarDate.daysIn(year: 2023, month: 4), 30)
        XCTAssertEqual(CalendarDate.daysIn(year: 2023, month: 13), 0)
    }

    // MARK: - Month arithmetic

    func testMonthsCountOnceTheSameDayIsReached() {
        XCTAssertEqual(Period.months(from: date(2019, 9, 2), to: date(2023, 6, 2)), 45)
        XCTAssertEqual(Period.months(from: date(2019, 9, 2), to: date(2023, 6, 1)), 44)
        XCTAssertEqual(Period.months(from: date(2020, 1, 31), to: date(2020, 2, 29)), 1, "the last day of a short month counts")
        XCTAssertEqual(Period.months(from: date(2020, 1, 31), to: date(2020, 2, 28)), 0)
        XCTAssertEqual(Period.months(from: date(2019, 9), to: date(2023, 6)), 45)
        XCTAssertEqual(Period.months(from: date(2019, 9, 20), to: date(2023, 6)), 45, "without a day, months only")
        XCTAssertEqual(Period.months(from: date(2023, 6, 2), to: date(2019, 9, 2)), -45)
    }

    func testAYearWithoutAMonthCountsWholeYears() {
        XCTAssertEqual(Period.months(from: date(2018), to: date(2021)), 36)
        XCTAssertEqual(Period.months(from: date(2018, 5), to: date(2021)), 36)
        XCTAssertEqual(Period.months(from: date(2018), to: date(2021, 3, 2)), 36)
        XCTAssertEqual(Period.months(from: CalendarDate(year: 2012, season: "Summer"), to: CalendarDate(year: 2014, season: "Fall")), 24)
        XCTAssertEqual(Period(start: date(2019), end: .ongoing).tenureMonths(today: date(2024, 11, 24)), 60)
    }

    func testOnlyMonthsOnBothEndsCanBeChecked() {
        XCTAssertTrue(Period(start: date(2019, 9), end: .date(date(2021, 3))).countsMonths)
        XCTAssertTrue(Period(start: date(2019, 9), end: .ongoing).countsMonths)
        XCTAssertFalse(Period(start: date(2018), end: .date(date(2021))).countsMonths)
        XCTAssertFalse(Period(start: date(2018, 3), end: .date(date(2021))).countsMonths)
        XCTAssertFalse(Period(start: CalendarDate(year: 2012, season: "Summer"), end: .ongoing).countsMonths)
    }

    func testMonthsNeverTrap() {
        XCTAssertGreaterThan(Period.months(from: date(Int.min, 1), to: date(Int.max, 12)), 0)
        XCTAssertLessThan(Period.months(from: date(Int.max, 12), to: date(Int.min, 1)), 0)
        XCTAssertGreaterThan(Period.months(from: date(Int.min), to: date(Int.max)), 0)
        XCTAssertLessThan(Period.months(from: date(Int.max), to: date(Int.min)), 0)
        _ = Period.months(from: date(0, Int.min, Int.min), to: date(0, Int.max, Int.max))
        _ = Period(start: date(Int.min, 1), end: .ongoing).tenureMonths(today: date(Int.max, 12, 31))
    }

    func testTenureOfAnOngoingJobUsesToday() {
        let period = Period(start: date(2023, 9, 2), end: .ongoing)
        XCTAssertEqual(period.tenureMonths(today: date(2024, 11, 24)), 14)
        XCTAssertEqual(period.tenureMonths(today: date(2020, 1, 1)), 0, "a start in the future is 0, not negative")
        XCTAssertNil(period.monthsBetweenDates)
        XCTAssertEqual(Period(start: date(2019, 9, 2), end: .date(date(2023, 6, 2))).monthsBetweenDates, 45)
    }

    // MARK: - Stated tenure

    func testTenureSpellings() {
        let cases: [(String, Int?)] = [
            ("44개월", 44), ("3년 9개월", 45), ("3년9개월", 45), ("3년", 36), ("3년간", 36), ("6달", 6),
            ("45 months", 45), ("1 month", 1), ("3 years 9 months", 45), ("3 years and 9 months", 45),
            ("3y 9m", 45), ("3Y9M", 45), ("1 yr", 12), ("2 yrs, 1 mo", 25), ("3 Yrs. 2 Mos.", 38), ("1.5 yrs", 18),
            ("3年2个月", 38), ("18个月", 18), ("3年2ヶ月", 38), ("3年2か月", 38), ("3年2カ月", 38), ("2年間", 24),
            ("6ヶ月間", 6), ("３年２ヶ月", 38),
            ("about 4 years", nil), ("3 years ago", nil), ("1.5 months", nil), ("4", nil), ("", nil), ("years", nil),
            ("9999999년", nil), (String(repeating: "999999년 ", count: 200), nil),
        ]
        for (text, months) in cases {
            XCTAssertEqual(TenureReader.months(in: text), months, text)
        }
    }
}

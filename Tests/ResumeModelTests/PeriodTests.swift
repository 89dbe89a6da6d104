import XCTest
@testable import ResumeModel

final class PeriodTests: XCTestCase {
    private func date(_ y: Int, _ m: Int, _ d: Int? = nil) -> CalendarDate { CalendarDate(year: y, month: m, day: d) }

    func testMonthsCountOnceTheSameDayIsReached() {
        XCTAssertEqual(Period.months(from: date(2019, 9, 2), to: date(2023, 6, 2)), 45)
        XCTAssertEqual(Period.months(from: date(2019, 9, 2), to: date(2023, 6, 1)), 44)
        XCTAssertEqual(Period.months(from: date(2020, 1, 31), to: date(2020, 2, 29)), 1, "the last day of a short month counts")
        XCTAssertEqual(Period.months(from: date(2020, 1, 31), to: date(2020, 2, 28)), 0)
        XCTAssertEqual(Period.months(from: date(2019, 9), to: date(2023, 6)), 45)
        XCTAssertEqual(Period.months(from: date(2019, 9, 20), to: date(2023, 6)), 45, "without a day, months only")
        XCTAssertEqual(Period.months(from: date(2023, 6, 2), to: date(2019, 9, 2)), -45)
    }

    func testMonthsNeverTrap() {
        XCTAssertGreaterThan(Period.months(from: date(Int.min, 1), to: date(Int.max, 12)), 0)
        XCTAssertLessThan(Period.months(from: date(Int.max, 12), to: date(Int.min, 1)), 0)
        _ = Period.months(from: date(0, Int.min, Int.min), to: date(0, Int.max, Int.max))
    }

    func testTenureOfAnOngoingJobUsesToday() {
        let period = Period(start: date(2023, 9, 2), end: .ongoing)
        XCTAssertEqual(period.tenureMonths(today: date(2024, 11, 24)), 14)
        XCTAssertEqual(period.tenureMonths(today: date(2020, 1, 1)), 0, "a start in the future is 0, not negative")
        XCTAssertNil(period.monthsBetweenDates)
    }

    func testDescriptions() {
        XCTAssertEqual(Period.describeKorean(months: 45), "3년 9개월")
        XCTAssertEqual(Period.describeKorean(months: 9), "9개월")
        XCTAssertEqual(Period.describeKorean(months: 36), "3년")
        XCTAssertEqual(Period.describeKorean(months: 0), "0개월")
        XCTAssertEqual(Period.describeKorean(months: -3), "0개월")
        XCTAssertEqual(Period.describeEnglish(months: 13), "1 year 1 month")
        XCTAssertEqual(Period.describeEnglish(months: 24), "2 years")
    }

    func testTenureSpellings() {
        let cases: [(String, Int?)] = [
            ("44개월", 44), ("3년 9개월", 45), ("3년9개월", 45), ("3년", 36), ("45 months", 45), ("1 month", 1),
            ("3 years 9 months", 45), ("3y 9m", 45), ("3Y9M", 45), ("1 yr", 12), ("2 yrs, 1 mo", 25),
            ("about 4 years", nil), ("4", nil), ("", nil), ("9999999년", nil), (String(repeating: "999999년 ", count: 200), nil),
        ]
        for (text, months) in cases {
            XCTAssertEqual(Period.months(inTenure: text), months, text)
        }
    }

    func testPeriodForms() {
        let expected = PeriodReader.Read(start: date(2019, 9, 2), end: .date(date(2023, 6, 2)))
        for text in ["2019.09.02~2023.06.02", "2019.09.02 ~ 2023.06.02", "2019.09.02 – 2023.06.02",
                     "2019.09.02 - 2023.06.02", "2019-09-02 - 2023-06-02", "2019-09-02-2023-06-02",
                     "2019/09/02~2023/06/02", "2019.09.02.~2023.06.02."] {
            XCTAssertEqual(try PeriodReader.read(text).get(), expected, text)
        }
        for word in ["NOW", "now", "present", "현재", "재직중"] {
            XCTAssertEqual(try PeriodReader.read("2023.09.02, \(word)").get().end, .ongoing, word)
            XCTAssertEqual(try PeriodReader.read("2023.09.02~\(word)").get().end, .ongoing, word)
        }
        let withTenure = try? PeriodReader.read("2019.09.02~2023.06.02, 44개월").get()
        XCTAssertEqual(withTenure?.tenure, "44개월")
        XCTAssertEqual(withTenure?.tenureOffset, 23)
    }

    func testUnreadablePeriodsSayWhy() {
        let cases: [(String, String)] = [
            ("2019.13.02~now", "month 13 does not exist"),
            ("2023.02.29~now", "day 29 does not exist in 2023.02, which has 28 days"),
            ("99999999999999999999.01~now", "the year \"99999999999999999999\" should have four digits"),
            ("2019.09.02", "there is a start date but no end (use NOW for a current job)"),
            ("2019.09.02, 44개월", "\"44개월\" is not a date"),
            ("2023.01~2019.01", "it ends (2019.01) before it starts (2023.01)"),
            ("Korea", "\"Korea\" is not a date"),
            ("", "it is empty"),
            ("2019.09~", "the end date is missing"),
        ]
        for (text, reason) in cases {
            switch PeriodReader.read(text) {
            case .success(let read): XCTFail("\(text) read as \(read)")
            case .failure(let problem): XCTAssertEqual(problem.reason, reason, text)
            }
        }
    }

    func testLeapDayIsADate() {
        XCTAssertEqual(try DateReader.read("2024.02.29").get(), date(2024, 2, 29))
        XCTAssertEqual(CalendarDate.daysIn(year: 1900, month: 2), 28)
        XCTAssertEqual(CalendarDate.daysIn(year: 2000, month: 2), 29)
        XCTAssertEqual(date(2019, 9, 2).iso8601, "2019-09-02")
        XCTAssertEqual(date(2019, 9).iso8601, "2019-09")
    }
}

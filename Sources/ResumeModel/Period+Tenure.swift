// MARK: - Tenure arithmetic

extension Period {
    /// Whole calendar months from `start` to `end`.
    ///
    /// A month counts once the same day of the month is reached: 2019.09.02 to
    /// 2023.06.02 is 45 months, to 2023.06.01 only 44. When the end month is too short
    /// for the start day (started on the 31st, ended on 30 June), its last day counts
    /// as reaching it. When either date has no day (`2019.09`), only months are
    /// counted. Negative when `end` is before `start`. Arithmetic saturates instead of
    /// trapping, so any pair of dates is safe to pass.
    public static func months(from start: CalendarDate, to end: CalendarDate) -> Int {
        let years = end.year.subtractingReportingOverflow(start.year)
        let yearMonths = years.partialValue.multipliedReportingOverflow(by: 12)
        let monthDelta = end.month.subtractingReportingOverflow(start.month)
        let total = yearMonths.partialValue.addingReportingOverflow(monthDelta.partialValue)
        guard !years.overflow, !yearMonths.overflow, !monthDelta.overflow, !total.overflow else {
            return end < start ? Int.min / 2 : Int.max / 2
        }
        var months = total.partialValue
        if let startDay = start.day, let endDay = end.day {
            let needed = min(startDay, CalendarDate.daysIn(year: end.year, month: end.month))
            if months > 0, endDay < needed { months -= 1 }
            if months < 0, endDay > needed { months += 1 }
        }
        return months
    }

    /// The months this period lasts; an ongoing one is counted up to `today`.
    /// Never negative (a start in the future gives 0).
    public func tenureMonths(today: CalendarDate) -> Int {
        switch end {
        case .date(let date): return max(0, Period.months(from: start, to: date))
        case .ongoing: return max(0, Period.months(from: start, to: today))
        }
    }

    /// Months from start to end by the dates alone; nil while ongoing (that depends on today).
    public var monthsBetweenDates: Int? {
        guard case .date(let date) = end else { return nil }
        return Period.months(from: start, to: date)
    }

    /// "3년 9개월", "9개월", "3년"; zero or less is "0개월".
    public static func describeKorean(months: Int) -> String {
        guard months > 0 else { return "0개월" }
        let years = months / 12
        let rest = months % 12
        switch (years, rest) {
        case (0, _): return "\(rest)개월"
        case (_, 0): return "\(years)년"
        default: return "\(years)년 \(rest)개월"
        }
    }

    /// "3 years 9 months", "1 month", "2 years"; zero or less is "0 months".
    public static func describeEnglish(months: Int) -> String {
        guard months > 0 else { return "0 months" }
        let years = months / 12
        let rest = months % 12
        let yearText = years == 1 ? "1 year" : "\(years) years"
        let monthText = rest == 1 ? "1 month" : "\(rest) months"
        switch (years, rest) {
        case (0, _): return monthText
        case (_, 0): return yearText
        default: return "\(yearText) \(monthText)"
        }
    }

    /// Reads a tenure as people write it: "44개월", "3년 9개월", "3년", "45 months",
    /// "3 years 9 months", "3y 9m", "1 yr". Returns nil when it can't be read.
    public static func months(inTenure text: String) -> Int? {
        TenureReader.months(in: text)
    }
}

// MARK: - Dates

extension CalendarDate {
    /// ISO 8601 as JSON Resume wants it: "2019-09-02", or "2019-09" without a day.
    public var iso8601: String {
        description.replacingDots()
    }

    /// Days in a month of the Gregorian calendar; 0 for a month that does not exist.
    public static func daysIn(year: Int, month: Int) -> Int {
        switch month {
        case 1, 3, 5, 7, 8, 10, 12: return 31
        case 4, 6, 9, 11: return 30
        case 2:
            let leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
            return leap ? 29 : 28
        default: return 0
        }
    }
}

private extension String {
    func replacingDots() -> String {
        String(map { $0 == "." ? "-" : $0 })
    }
}

// MARK: - Tenure arithmetic

extension Period {
    /// Whole calendar months from `start` to `end`.
    ///
    /// A month counts once the same day of the month is reached: 2019.09.02 to
    /// 2023.06.02 is 45 months, to 2023.06.01 only 44. When the end month is too short
    /// for the start day (started on the 31st, ended on 30 June), its last day counts
    /// as reaching it. When either date has no day (`2019.09`), only months are counted.
    ///
    /// When either date has no month (a bare year, a season), whole years are counted:
    /// 2018 to 2021 is 36 months, and so is 2018.05 to 2021. A year says nothing finer,
    /// and reading it as January or December would invent up to eleven months.
    ///
    /// Negative when `end` is before `start`. Arithmetic saturates instead of trapping,
    /// so any pair of dates is safe to pass.
    public static func months(from start: CalendarDate, to end: CalendarDate) -> Int {
        let saturated = end < start ? Int.min / 2 : Int.max / 2
        let years = end.year.subtractingReportingOverflow(start.year)
        let yearMonths = years.partialValue.multipliedReportingOverflow(by: 12)
        guard !years.overflow, !yearMonths.overflow else { return saturated }
        guard let startMonth = start.month, let endMonth = end.month else { return yearMonths.partialValue }
        let monthDelta = endMonth.subtractingReportingOverflow(startMonth)
        let total = yearMonths.partialValue.addingReportingOverflow(monthDelta.partialValue)
        guard !monthDelta.overflow, !total.overflow else { return saturated }
        var months = total.partialValue
        if let startDay = start.day, let endDay = end.day {
            let needed = min(startDay, CalendarDate.daysIn(year: end.year, month: endMonth))
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

    /// Both ends name a month (an open end counts as one): only then can a stated tenure
    /// be checked against the dates. "2018 – 2021, 3 yrs 4 mos" is not wrong, just finer.
    public var countsMonths: Bool {
        guard start.month != nil else { return false }
        guard case .date(let date) = end else { return true }
        return date.month != nil
    }
}

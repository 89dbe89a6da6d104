extension CalendarDate {
    /// "2023.09": the month, as a period line shows it.
    public var yearMonth: String { CalendarDate(year: year, month: month).description }
}

extension Period {
    /// "2023.09", "현재" for an ongoing job's end, and the tenure: as the file states it
    /// for an ended job (the owner's words, checked by `resume-tui check`), else counted
    /// from the dates, up to `today` for an ongoing one. The terminal and the HTML page
    /// show the same words.
    public func displayParts(today: CalendarDate) -> (start: String, end: String, tenure: String) {
        let end: String
        switch self.end {
        case .ongoing: end = "현재"
        case .date(let date): end = date.yearMonth
        }
        var tenure = Period.describeKorean(months: tenureMonths(today: today))
        if case .date = self.end, let stated = statedTenure, !stated.isEmpty { tenure = stated }
        return (start.yearMonth, end, tenure)
    }
}

/// A period as a reader sees it, in the résumé's language: "2023.09", "현재", "3년 2개월".
public struct PeriodDisplay: Equatable, Sendable {
    /// "2023.09", "Sep 2023", "2019", "Summer 2012".
    public var start: String
    /// The end, "현재"/"Present"/"至今"/"現在" for an ongoing period; nil for a single date.
    public var end: String?
    /// How long it lasted; nil for a single date or when it can't be said (a season).
    public var tenure: String?

    public init(start: String, end: String? = nil, tenure: String? = nil) {
        self.start = start
        self.end = end
        self.tenure = tenure
    }
}

extension Period {
    /// The period's parts in `language`. Days are never shown: months are what readers
    /// compare. The tenure of an ended period is the one the file states (the owner's
    /// words, checked by `resume-tui check`), else counted from the dates; an ongoing
    /// one is always counted up to `today`, since a stated one goes stale.
    public func display(in language: Language, today: CalendarDate) -> PeriodDisplay {
        let start = self.start.display(in: language)
        guard !isSingleDate else { return PeriodDisplay(start: start) }
        var end: String?
        switch self.end {
        case .ongoing: end = Period.ongoingWord(in: language)
        case .date(let date): end = date.display(in: language)
        }
        // "2019.09.01 ~ 2019.09.30" shows as one month, not "2019.09 – 2019.09".
        if end == start { end = nil }
        return PeriodDisplay(start: start, end: end, tenure: displayedTenure(in: language, today: today))
    }

    /// The whole line: "2023.09 – 현재 · 3년 2개월", "Jan 2019 – Mar 2021 · 2 yrs 2 mos", "2019".
    public func text(in language: Language, today: CalendarDate, dash: String = " – ", separator: String = " · ") -> String {
        let parts = display(in: language, today: today)
        var line = parts.start
        if let end = parts.end { line += dash + end }
        if let tenure = parts.tenure { line += separator + tenure }
        return line
    }

    /// "3년 2개월", "3 yrs 2 mos", "3年2个月", "3年2ヶ月"; zero or less is "0개월", "0 mos"….
    public static func describe(months: Int, in language: Language) -> String {
        let total = max(0, months)
        let years = total / 12
        let rest = total % 12
        let yearText: String
        let monthText: String
        let space: String
        switch language {
        case .korean: (yearText, monthText, space) = ("\(years)년", "\(rest)개월", " ")
        case .english: (yearText, monthText, space) = (years == 1 ? "1 yr" : "\(years) yrs", rest == 1 ? "1 mo" : "\(rest) mos", " ")
        case .chinese: (yearText, monthText, space) = ("\(years)年", "\(rest)个月", "")
        case .japanese: (yearText, monthText, space) = ("\(years)年", "\(rest)ヶ月", "")
        }
        switch (years, rest) {
        case (0, _): return monthText
        case (_, 0): return yearText
        default: return yearText + space + monthText
        }
    }

    /// "3년 9개월", "9개월", "3년"; zero or less is "0개월". For the tenure check's message.
    public static func describeKorean(months: Int) -> String { describe(months: months, in: .korean) }

    /// "3 years 9 months", "1 month", "2 years": spelled out, as a generated résumé states
    /// a tenure; zero or less is "0 months".
    public static func describeEnglish(months: Int) -> String {
        let total = max(0, months)
        let years = total / 12
        let rest = total % 12
        let yearText = years == 1 ? "1 year" : "\(years) years"
        let monthText = rest == 1 ? "1 month" : "\(rest) months"
        switch (years, rest) {
        case (0, _): return monthText
        case (_, 0): return yearText
        default: return "\(yearText) \(monthText)"
        }
    }

    static func ongoingWord(in language: Language) -> String {
        switch language {
        case .korean: return "현재"
        case .english: return "Present"
        case .chinese: return "至今"
        case .japanese: return "現在"
        }
    }

    private func displayedTenure(in language: Language, today: CalendarDate) -> String? {
        if case .date = end, let stated = statedTenure?.trimmingSpaces(), !stated.isEmpty { return stated }
        // A season ("Summer 2012") is a term of weeks, not a month: no count fits.
        let endSeason: String?
        if case .date(let date) = end { endSeason = date.season } else { endSeason = nil }
        guard start.season == nil, endSeason == nil else { return nil }
        let months = tenureMonths(today: today)
        // Nothing worth saying: a job started this month, or "2019 – 2019".
        guard months > 0 else { return nil }
        return Period.describe(months: months, in: language)
    }
}

extension CalendarDate {
    /// "2023.09" (Korean, Chinese, Japanese) or "Sep 2023" (English); "2019" for a year,
    /// "Summer 2012" for a season as written. Never the day.
    public func display(in language: Language) -> String {
        guard let month else { return description }
        guard language == .english, (1...12).contains(month) else { return CalendarDate(year: year, month: month).description }
        return "\(DateWords.shortMonthNames[month - 1]) \(year)"
    }
}

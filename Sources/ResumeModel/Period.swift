/// A day on the calendar as written in resume.md (`2019.09.02`, or `2019.09` with no day).
public struct CalendarDate: Equatable, Hashable, Comparable, Sendable, CustomStringConvertible {
    public var year: Int
    public var month: Int
    public var day: Int?
    public init(year: Int, month: Int, day: Int? = nil) {
        self.year = year
        self.month = month
        self.day = day
    }
    public static func < (a: CalendarDate, b: CalendarDate) -> Bool {
        (a.year, a.month, a.day ?? 1) < (b.year, b.month, b.day ?? 1)
    }
    /// As written in resume.md: `2019.09.02` or `2019.09`.
    public var description: String {
        let mm = month < 10 ? "0\(month)" : "\(month)"
        guard let day else { return "\(year).\(mm)" }
        return "\(year).\(mm).\(day < 10 ? "0\(day)" : "\(day)")"
    }
}

/// When a job ran: a start, an end or "ongoing", and the tenure the file states, if any.
public struct Period: Equatable, Sendable {
    public enum End: Equatable, Sendable {
        case date(CalendarDate)
        case ongoing
    }
    public var start: CalendarDate
    public var end: End
    /// The tenure as written ("44개월"), kept verbatim; the check compares it with the dates.
    public var statedTenure: String?
    public init(start: CalendarDate, end: End, statedTenure: String? = nil) {
        self.start = start
        self.end = end
        self.statedTenure = statedTenure
    }
}

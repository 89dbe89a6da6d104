/// A point on the calendar as a résumé writes it: a day (`2019.09.02`), a month
/// (`2019.09`, `Jan 2019`, `2019年8月`), a year (`2019`) or a season (`Summer 2012`).
public struct CalendarDate: Equatable, Hashable, Comparable, Sendable, CustomStringConvertible {
    public var year: Int
    /// 1–12; nil for a bare year or a season.
    public var month: Int?
    /// Only with a month.
    public var day: Int?
    /// A season written instead of a month ("Summer"), kept as written.
    public var season: String?

    public init(year: Int, month: Int? = nil, day: Int? = nil, season: String? = nil) {
        self.year = year
        self.month = month
        self.day = month == nil ? nil : day
        self.season = month == nil ? season : nil
    }

    public static func < (a: CalendarDate, b: CalendarDate) -> Bool {
        (a.year, a.month ?? 1, a.day ?? 1) < (b.year, b.month ?? 1, b.day ?? 1)
    }

    /// As a normalized résumé writes it: `2019.09.02`, `2019.09`, `2019` or `Summer 2012`.
    public var description: String {
        guard let month else { return season.map { "\($0) \(year)" } ?? "\(year)" }
        let mm = month < 10 ? "0\(month)" : "\(month)"
        guard let day else { return "\(year).\(mm)" }
        return "\(year).\(mm).\(day < 10 ? "0\(day)" : "\(day)")"
    }
}

/// When something ran: a start, an end or "ongoing", and the tenure the file states, if any.
/// A single date (an entry that says only "2019") is a period that ends where it starts.
public struct Period: Equatable, Sendable {
    public enum End: Equatable, Sendable {
        case date(CalendarDate)
        case ongoing
    }
    public var start: CalendarDate
    public var end: End
    /// The tenure as written ("44개월"), kept verbatim; `check` compares it with the dates.
    public var statedTenure: String?
    public init(start: CalendarDate, end: End, statedTenure: String? = nil) {
        self.start = start
        self.end = end
        self.statedTenure = statedTenure
    }

    /// A single date, not a range.
    public var isSingleDate: Bool { end == .date(start) }
}

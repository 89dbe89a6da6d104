/// Reads one date of a period: `2019.09.02`, `2019.09`, also with `-` or `/`.
enum DateReader {
    /// A date, or a sentence saying why it isn't one (it ends up in the diagnostic).
    static func read(_ raw: String) -> Result<CalendarDate, PeriodProblem> {
        var text = Substring(raw).trimmingSpaces()
        // "2019.09.02." (Korean style) ends with a dot.
        if text.hasSuffix(".") { text = text.dropLast() }
        guard !text.isEmpty else { return .failure(PeriodProblem("a date is missing")) }
        let parts = text.split(omittingEmptySubsequences: false) { $0 == "." || $0 == "-" || $0 == "/" }
            .map { $0.trimmingSpaces() }
        guard parts.count == 2 || parts.count == 3,
              parts.allSatisfy({ !$0.isEmpty && $0.allSatisfy { $0.isASCII && $0.isNumber } }) else {
            return .failure(PeriodProblem("\"\(text)\" is not a date"))
        }
        guard parts[0].count == 4, let year = Int(parts[0]) else {
            return .failure(PeriodProblem("the year \"\(parts[0])\" should have four digits"))
        }
        guard parts[1].count <= 2, let month = Int(parts[1]), (1...12).contains(month) else {
            return .failure(PeriodProblem("month \(parts[1]) does not exist"))
        }
        guard parts.count == 3 else { return .success(CalendarDate(year: year, month: month)) }
        let days = CalendarDate.daysIn(year: year, month: month)
        let monthName = CalendarDate(year: year, month: month).description
        guard parts[2].count <= 2, let day = Int(parts[2]), (1...days).contains(day) else {
            return .failure(PeriodProblem("day \(parts[2]) does not exist in \(monthName), which has \(days) days"))
        }
        return .success(CalendarDate(year: year, month: month, day: day))
    }
}

/// Why a period or date can't be read, as a clause for the diagnostic sentence.
struct PeriodProblem: Error, Equatable {
    var reason: String
    init(_ reason: String) { self.reason = reason }
}

extension Substring {
    func trimmingSpaces() -> Substring {
        var slice = self
        while let first = slice.first, first.isWhitespace { slice = slice.dropFirst() }
        while let last = slice.last, last.isWhitespace { slice = slice.dropLast() }
        return slice
    }
}

extension String {
    func trimmingSpaces() -> String { String(Substring(self).trimmingSpaces()) }
}

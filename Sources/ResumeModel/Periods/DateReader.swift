/// Reads one date as a résumé writes it. See `DateScanner` for the shapes.
enum DateReader {
    /// The date that `text` is as a whole, or a clause saying why it isn't one
    /// ("month 13 does not exist", "\"Korea\" is not a date").
    static func read(_ text: String) -> Result<CalendarDate, PeriodProblem> {
        let trimmed = Substring(text).trimmingSpaces()
        guard !trimmed.isEmpty else { return .failure(PeriodProblem("a date is missing")) }
        let chars = PeriodText(trimmed)
        guard let token = DateScanner(text: chars, mode: .whole).date(at: 0), token.end == chars.count else {
            return .failure(PeriodProblem("\(PeriodProblem.quoted(trimmed)) is not a date"))
        }
        switch token.value {
        case .date(let result): return result
        case .monthWithoutYear: return .failure(PeriodProblem("\(PeriodProblem.quoted(trimmed)) has no year"))
        }
    }
}

extension CalendarDate {
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

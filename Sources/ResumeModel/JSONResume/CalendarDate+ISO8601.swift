// MARK: - JSON Resume dates

extension CalendarDate {
    /// The date as JSON Resume writes it (ISO 8601, each part after the year optional):
    /// `2019-09-02`, `2019-09` or `2019`. A season has no ISO form, so it is its year.
    /// The year is padded to four digits because the schema's pattern wants four.
    public var iso8601: String {
        var text = Self.digits(year, width: 4)
        guard let month else { return text }
        text += "-" + Self.digits(month, width: 2)
        guard let day else { return text }
        return text + "-" + Self.digits(day, width: 2)
    }

    /// Reads exactly `YYYY-MM-DD`, `YYYY-MM` or `YYYY`, as JSON Resume's schema allows;
    /// nil for anything else, and for a month or day the calendar doesn't have.
    init?(iso8601 text: String) {
        guard let reading = ISODateReading(text), reading.date.iso8601 == text else { return nil }
        self = reading.date
    }

    private static func digits(_ value: Int, width: Int) -> String {
        let text = String(value.magnitude)
        let padded = String(repeating: "0", count: max(0, width - text.count)) + text
        return value < 0 ? "-" + padded : padded
    }
}

/// A date read the lenient way: the ISO forms, and the near misses people write in
/// JSON Resume files (`2019-9`, `2019/09`, `2019.09.02`, a timestamp such as
/// `2019-09-02T10:00:00Z`). `date.iso8601 != text` tells the caller it was a near miss.
struct ISODateReading {
    var date: CalendarDate

    init?(_ text: String) {
        // A timestamp's time of day has no place in a résumé: keep the date before `T`.
        let datePart = text.split(separator: "T", maxSplits: 1, omittingEmptySubsequences: false).first ?? ""
        let parts = datePart.split(omittingEmptySubsequences: false, whereSeparator: { "-/.".contains($0) })
        guard (1...3).contains(parts.count), parts.allSatisfy({ !$0.isEmpty && $0.allSatisfy { $0.isASCII && $0.isWholeNumber } }) else {
            return nil
        }
        // Bounded lengths keep `Int(_:)` from overflowing on a run of digits.
        guard parts[0].count == 4, let year = Int(parts[0]) else { return nil }
        var month: Int?
        var day: Int?
        if parts.count > 1 {
            guard parts[1].count <= 2, let value = Int(parts[1]), (1...12).contains(value) else { return nil }
            month = value
        }
        if parts.count > 2, let month {
            guard parts[2].count <= 2, let value = Int(parts[2]),
                  (1...ISODateReading.days(inMonth: month, year: year)).contains(value) else { return nil }
            day = value
        }
        date = CalendarDate(year: year, month: month, day: day)
    }

    /// Days in a month of the Gregorian calendar, to refuse `2019-02-30`.
    private static func days(inMonth month: Int, year: Int) -> Int {
        switch month {
        case 2: return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }
}

/// How strictly a date is read.
enum ScanMode {
    /// Dates in free text (a heading): a year has exactly four digits, so "Python 3.11"
    /// or "12345" is never a date.
    case find
    /// A text that must be a date or a period as a whole: any run of digits where a year
    /// goes is read as one, so that "20199.01" fails with "the year … should have four digits".
    case whole
}

/// One date read at a position of a `PeriodText`.
struct DateToken {
    enum Value {
        /// A date, or why its values are impossible ("month 13 does not exist").
        case date(Result<CalendarDate, PeriodProblem>)
        /// "January" in "January – March 2020": the year comes from the other end.
        case monthWithoutYear(Int)
    }
    var value: Value
    /// Just after the date.
    var end: Int
    /// The year as written when it has four digits, also for an impossible date: the
    /// finder uses it to tell a year from a figure.
    var year: Int?
    /// Only a number ("2019"): a year only when nothing around it says it is a figure.
    var isBareYear = false
}

/// Reads one date at a position, in any of the shapes résumés use. Never reads past
/// the date, so what follows (a range mark, a tenure, a company) is the caller's.
struct DateScanner {
    let text: PeriodText
    let mode: ScanMode

    func date(at i: Int) -> DateToken? {
        if text.isDigit(i) {
            return dayFirst(at: i) ?? monthFirst(at: i) ?? yearFirst(at: i)
        }
        if text.isLatinLetter(i) { return named(at: i) }
        return nil
    }

    // MARK: - Digits first

    /// `2019.09.02`, `2019-09`, `2019/09`, `2019. 09. 02.`, `2019年8月2日`, `2019년 8월`,
    /// `2019 Jan`, or a bare `2019`.
    private func yearFirst(at i: Int) -> DateToken? {
        let yearEnd = text.digitsEnd(from: i)
        let yearDigits = i..<yearEnd
        guard yearDigits.count == 4 || mode == .whole else { return nil }
        return separated(yearDigits) ?? suffixed(yearDigits) ?? yearThenMonthName(yearDigits)
            ?? token(year: yearDigits, end: yearEnd, isBareYear: true)
    }

    /// `2019.09(.02)`, `2019-09(-02)`, `2019/09(/02)`; after a dot, Korean style puts a
    /// space (`2019. 09. 02.`) and ends with one more dot.
    private func separated(_ year: Range<Int>) -> DateToken? {
        guard let mark = text[year.upperBound], mark == "." || mark == "-" || mark == "/" else { return nil }
        guard let month = partAfter(mark: mark, at: year.upperBound) else { return nil }
        var end = month.upperBound
        var day: Range<Int>?
        if text[end] == mark, let found = partAfter(mark: mark, at: end) {
            day = found
            end = found.upperBound
        }
        if mark == ".", text[end] == ".", !text.isDigit(end + 1) { end += 1 }
        return token(year: year, month: month, day: day, end: end)
    }

    /// The month or day after `mark` at `i`: one or two digits (in `.whole` mode three,
    /// so that "2019.123" reports month 123). Four digits are the next year of a range
    /// ("2019-2021"), not a month.
    private func partAfter(mark: Character, at i: Int) -> Range<Int>? {
        let start = mark == "." ? text.skippingSpaces(from: i + 1) : i + 1
        let end = text.digitsEnd(from: start)
        let length = end - start
        guard length >= 1, length <= (mode == .whole ? 3 : 2) else { return nil }
        return start..<end
    }

    /// `2019年`, `2019年8月`, `2019年8月2日` and Korean `2019년 8월 2일`; spaces allowed around.
    private func suffixed(_ year: Range<Int>) -> DateToken? {
        let yearMark = text.skippingSpaces(from: year.upperBound)
        guard let ch = text[yearMark], ch == "年" || ch == "년" else { return nil }
        var end = yearMark + 1
        var month: Range<Int>?
        var day: Range<Int>?
        if let found = number(before: ["月", "월"], at: end) {
            month = found.digits
            end = found.end
            if let found = number(before: ["日", "일"], at: end) {
                day = found.digits
                end = found.end
            }
        }
        return token(year: year, month: month, day: day, end: end)
    }

    /// One or two digits followed by one of `marks` ("8月", " 8 월").
    private func number(before marks: Set<Character>, at i: Int) -> (digits: Range<Int>, end: Int)? {
        let start = text.skippingSpaces(from: i)
        let digitsEnd = text.digitsEnd(from: start)
        guard (1...2).contains(digitsEnd - start) else { return nil }
        let mark = text.skippingSpaces(from: digitsEnd)
        guard let ch = text[mark], marks.contains(ch) else { return nil }
        return (start..<digitsEnd, mark + 1)
    }

    /// `2019 Jan`: a year, a space, an English month name.
    private func yearThenMonthName(_ year: Range<Int>) -> DateToken? {
        let wordStart = text.skippingSpaces(from: year.upperBound)
        guard wordStart > year.upperBound else { return nil }
        let wordEnd = text.lettersEnd(from: wordStart)
        guard wordEnd > wordStart, let month = DateWords.months[text.string(wordStart..<wordEnd).lowercased()] else {
            return nil
        }
        let end = text[wordEnd] == "." ? wordEnd + 1 : wordEnd
        let value = year.count == 4 ? text.number(year) : nil
        return token(year: (year, value, end), month: month, day: nil)
    }

    /// `09/2019`, `9.2019`: month first, as English CVs write it. Only a real month
    /// counts in `.find` mode, so that "13.2019" in prose is left alone.
    private func monthFirst(at i: Int) -> DateToken? {
        let monthEnd = text.digitsEnd(from: i)
        guard (1...2).contains(monthEnd - i), let mark = text[monthEnd], mark == "/" || mark == "." else { return nil }
        let yearEnd = text.digitsEnd(from: monthEnd + 1)
        guard yearEnd - (monthEnd + 1) == 4 else { return nil }
        if mode == .find, let month = text.number(i..<monthEnd), !(1...12).contains(month) { return nil }
        return token(year: (monthEnd + 1)..<yearEnd, month: i..<monthEnd, day: nil, end: yearEnd)
    }

    /// `2 January 2019`, `2 Jan, 2019`: the British order.
    private func dayFirst(at i: Int) -> DateToken? {
        let dayEnd = text.digitsEnd(from: i)
        guard (1...2).contains(dayEnd - i) else { return nil }
        let wordStart = text.skippingSpaces(from: dayEnd)
        let wordEnd = text.lettersEnd(from: wordStart)
        guard wordStart > dayEnd, wordEnd > wordStart,
              let month = DateWords.months[text.string(wordStart..<wordEnd).lowercased()] else { return nil }
        var next = text[wordEnd] == "." ? wordEnd + 1 : wordEnd
        if text[next] == "," { next += 1 }
        guard let year = yearAfterName(at: text.skippingSpaces(from: next)) else { return nil }
        return token(year: year, month: month, day: i..<dayEnd)
    }

    // MARK: - Words first

    /// `Jan 2019`, `January 2019`, `Mar. 2015`, `Sept 2015`, `Jan '19`, `Jan 2, 2019`,
    /// `Summer 2012`, `Spring '21`; a month name alone ("January" in "January – March
    /// 2020") is a month without a year.
    private func named(at i: Int) -> DateToken? {
        guard !text.isLetter(i - 1) else { return nil }
        let wordEnd = text.lettersEnd(from: i)
        let word = text.string(i..<wordEnd)
        let lower = word.lowercased()
        if let month = DateWords.months[lower] {
            let afterWord = text[wordEnd] == "." ? wordEnd + 1 : wordEnd
            var next = afterWord
            if text[next] == "," { next += 1 }
            next = text.skippingSpaces(from: next)
            if let (day, year) = dayThenYear(at: next) {
                return token(year: year, month: month, day: day)
            }
            if let year = yearAfterName(at: next) {
                return token(year: year, month: month, day: nil)
            }
            return DateToken(value: .monthWithoutYear(month), end: afterWord)
        }
        if DateWords.seasons.contains(lower) {
            guard let year = yearAfterName(at: text.skippingSpaces(from: wordEnd)) else { return nil }
            guard let value = year.value else {
                return DateToken(value: .date(.failure(yearProblem(year.digits))), end: year.end)
            }
            return DateToken(value: .date(.success(CalendarDate(year: value, season: word))), end: year.end, year: value)
        }
        return nil
    }

    /// The `2, 2019` of "Jan 2, 2019".
    private func dayThenYear(at i: Int) -> (day: Range<Int>, year: WrittenYear)? {
        let dayEnd = text.digitsEnd(from: i)
        guard (1...2).contains(dayEnd - i) else { return nil }
        var next = dayEnd
        if text[next] == "," { next += 1 }
        next = text.skippingSpaces(from: next)
        guard next > dayEnd, let year = yearAfterName(at: next) else { return nil }
        return (i..<dayEnd, year)
    }

    /// A year as written after a name: its digits, its value (nil when it has the wrong
    /// number of digits) and where it ends.
    private typealias WrittenYear = (digits: Range<Int>, value: Int?, end: Int)

    /// The year after a month name or season: four digits, or `'21` (a two-digit year
    /// below 50 is in this century, otherwise in the last one).
    private func yearAfterName(at i: Int) -> WrittenYear? {
        if text[i] == "'" {
            let end = text.digitsEnd(from: i + 1)
            guard end - (i + 1) == 2, let short = text.number((i + 1)..<end) else { return nil }
            return ((i + 1)..<end, short < 50 ? 2000 + short : 1900 + short, end)
        }
        let end = text.digitsEnd(from: i)
        guard end - i == 4 || (mode == .whole && end > i) else { return nil }
        return (i..<end, end - i == 4 ? text.number(i..<end) : nil, end)
    }

    // MARK: - Checking the values

    /// A date written in digits; `isBareYear` when the year stands alone.
    private func token(year: Range<Int>, month: Range<Int>? = nil, day: Range<Int>? = nil,
                       end: Int, isBareYear: Bool = false) -> DateToken {
        guard year.count == 4, let value = text.number(year) else {
            return DateToken(value: .date(.failure(yearProblem(year))), end: end)
        }
        return DateToken(value: .date(validated(year: value, month: month, day: day)), end: end, year: value,
                         isBareYear: isBareYear)
    }

    /// A date whose month came from a name: only the year and the day can be wrong.
    private func token(year: WrittenYear, month: Int, day: Range<Int>?) -> DateToken {
        guard let value = year.value else {
            return DateToken(value: .date(.failure(yearProblem(year.digits))), end: year.end)
        }
        let result = day.map { validated(year: value, month: month, dayDigits: $0) }
            ?? .success(CalendarDate(year: value, month: month))
        return DateToken(value: .date(result), end: year.end, year: value)
    }

    private func validated(year: Int, month: Range<Int>?, day: Range<Int>?) -> Result<CalendarDate, PeriodProblem> {
        guard let month else { return .success(CalendarDate(year: year)) }
        guard let value = text.number(month), (1...12).contains(value) else {
            return .failure(PeriodProblem("month \(text.string(month)) does not exist"))
        }
        guard let day else { return .success(CalendarDate(year: year, month: value)) }
        return validated(year: year, month: value, dayDigits: day)
    }

    private func validated(year: Int, month: Int, dayDigits: Range<Int>) -> Result<CalendarDate, PeriodProblem> {
        let days = CalendarDate.daysIn(year: year, month: month)
        guard let day = text.number(dayDigits), (1...days).contains(day) else {
            let monthName = CalendarDate(year: year, month: month)
            return .failure(PeriodProblem("day \(text.string(dayDigits)) does not exist in \(monthName), which has \(days) days"))
        }
        return .success(CalendarDate(year: year, month: month, day: day))
    }

    private func yearProblem(_ digits: Range<Int>) -> PeriodProblem {
        PeriodProblem("the year \(PeriodProblem.quoted(text.string(digits))) should have four digits")
    }
}

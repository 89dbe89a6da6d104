/// A period read at a position of a `PeriodText`.
struct PeriodScan {
    var result: Result<Period, PeriodProblem>
    /// Just after the period, its stated tenure included.
    var end: Int
    /// Where the stated tenure is written, brackets excluded.
    var tenure: Range<Int>?
    /// Two ends were written (also "2021.03 ~" with an open end), not a lone date.
    var isRange: Bool
    /// A lone four-digit number: the weakest sign of a period.
    var isBareYear: Bool
}

/// Reads a period at a position: a date, then maybe a range mark and an end, then maybe
/// the tenure the owner states.
struct PeriodScanner {
    let text: PeriodText
    let mode: ScanMode

    /// Years a number must fall in to be taken for a year in free text: a résumé's
    /// periods are in living memory, and "1000-2000 users" is not a period.
    static let plausibleYears = 1950...2100

    private var dates: DateScanner { DateScanner(text: text, mode: mode) }

    func period(at i: Int) -> PeriodScan? {
        if mode == .find, !canStart(at: i) { return nil }
        if let academic = academicYears(at: i) { return withTenure(academic) }
        guard let start = dates.date(at: i) else { return nil }
        var range = self.range(after: start)
        if mode == .find, let found = range, found.isBareYear, figureFollows(found.position) { range = nil }
        if mode == .find {
            guard let year = start.year ?? range?.year, Self.plausibleYears.contains(year) else { return nil }
        }
        if let range {
            return withTenure(PeriodScan(result: assemble(start, range), end: range.position, tenure: nil,
                                         isRange: true, isBareYear: false))
        }
        guard case .date(let single) = start.value else { return nil }
        if mode == .find, start.isBareYear, figureFollows(start.end) { return nil }
        return PeriodScan(result: single.map { Period(start: $0, end: .date($0)) }, end: start.end, tenure: nil,
                          isRange: false, isBareYear: start.isBareYear)
    }

    // MARK: - The second end

    /// What follows a range mark.
    private struct RangeEnd {
        /// The end date, or nil for an open end ("Present", "현재", a dangling "~").
        var date: Result<CalendarDate, PeriodProblem>?
        var year: Int?
        var isBareYear = false
        /// Just after the end.
        var position: Int
    }

    /// A range mark after `start` and what it leads to; nil when there is none.
    private func range(after start: DateToken) -> RangeEnd? {
        let markStart = text.skippingSpaces(from: start.end)
        guard let mark = rangeMark(at: markStart, after: start.end) else { return nil }
        let endStart = text.skippingSpaces(from: mark.end)
        if let ongoingEnd = ongoingWord(at: endStart, afterWordMark: mark.isWord) {
            return RangeEnd(date: nil, position: ongoingEnd)
        }
        if !mark.isComma, let token = dates.date(at: endStart), case .date(let date) = token.value {
            // Only a bare number needs to look like a year; "2019.09 – 2201.01" is a typo to report.
            let plausible = !token.isBareYear || token.year.map(Self.plausibleYears.contains) ?? false
            if mode == .whole || plausible {
                return RangeEnd(date: date, year: token.year, isBareYear: token.isBareYear, position: token.end)
            }
        }
        // "2021.03 ~" with nothing after: Korean and Chinese résumés leave the end open
        // this way for a job they still hold.
        if mark.isSymbol, endStart == text.count || text[endStart].map(DateWords.afterOpenDash.contains) == true {
            return RangeEnd(date: nil, position: mark.end)
        }
        return nil
    }

    /// `~`, `–`, `-` (a run counts as one), `至`, ` to `, or `,` (which only an open
    /// end may follow: "2023.09.02, NOW").
    private func rangeMark(at i: Int, after dateEnd: Int) -> RangeMark? {
        guard let ch = text[i] else { return nil }
        if DateWords.dashes.contains(ch) {
            var end = i + 1
            while let next = text[end], DateWords.dashes.contains(next) { end += 1 }
            return RangeMark(end: end, kind: .symbol)
        }
        if DateWords.cjkRangeWords.contains(ch) { return RangeMark(end: i + 1, kind: .symbol) }
        if ch == "," { return RangeMark(end: i + 1, kind: .comma) }
        let wordEnd = text.lettersEnd(from: i)
        guard i > dateEnd, wordEnd > i, text[wordEnd]?.isSpaceOnLine == true,
              DateWords.rangeWords.contains(text.string(i..<wordEnd).lowercased()) else { return nil }
        return RangeMark(end: wordEnd, kind: .word)
    }

    private struct RangeMark {
        /// `~`, `–`, `至`; an English word ("to"); a comma.
        enum Kind { case symbol, word, comma }
        var end: Int
        var kind: Kind
        var isSymbol: Bool { kind == .symbol }
        var isWord: Bool { kind == .word }
        var isComma: Bool { kind == .comma }
    }

    /// Where "Present", "Till Date", "현재", "至今"… that starts at `i` ends; after a word
    /// mark, "date" alone will do ("Jan 2019 to date").
    private func ongoingWord(at i: Int, afterWordMark: Bool) -> Int? {
        let wordEnd = text.lettersEnd(from: i)
        if wordEnd > i {
            let word = text.string(i..<wordEnd).lowercased()
            if DateWords.ongoingWords.contains(word) || (afterWordMark && word == "date") { return wordEnd }
            guard DateWords.ongoingLeads.contains(word) else { return nil }
            let nextStart = text.skippingSpaces(from: wordEnd)
            let nextEnd = text.lettersEnd(from: nextStart)
            guard nextStart > wordEnd, DateWords.ongoingAfterLeads.contains(text.string(nextStart..<nextEnd).lowercased()) else {
                return nil
            }
            return nextEnd
        }
        for word in DateWords.ongoingCJK where text.hasWord(word, at: i) {
            let end = i + word.count
            for suffix in DateWords.ongoingSuffixes where text.hasWord(suffix, at: end) {
                return end + suffix.count
            }
            return end
        }
        return nil
    }

    /// "2019/20", "2019-20": a British academic or fiscal year, 2019 to 2020. Only where the
    /// second number can't be a month ("2011/12" stays December 2011).
    private func academicYears(at i: Int) -> PeriodScan? {
        let yearEnd = text.digitsEnd(from: i)
        guard yearEnd - i == 4, let mark = text[yearEnd], mark == "/" || mark == "-" || mark == "–" else { return nil }
        let shortEnd = text.digitsEnd(from: yearEnd + 1)
        guard shortEnd - yearEnd == 3, let year = text.number(i..<yearEnd), let short = text.number((yearEnd + 1)..<shortEnd),
              short > 12, short == (year + 1) % 100, !text.isLatinLetter(shortEnd) else { return nil }
        if mode == .find, !Self.plausibleYears.contains(year) { return nil }
        let period = Period(start: CalendarDate(year: year), end: .date(CalendarDate(year: year + 1)))
        return PeriodScan(result: .success(period), end: shortEnd, tenure: nil, isRange: true, isBareYear: false)
    }

    // MARK: - Checking the range

    private func assemble(_ start: DateToken, _ range: RangeEnd) -> Result<Period, PeriodProblem> {
        // When both ends are wrong, the start's problem is told: it is the one written first.
        if case .date(.failure(let problem)) = start.value { return .failure(problem) }
        let end: Period.End
        switch range.date {
        case nil: end = .ongoing
        case .failure(let problem)?: return .failure(problem)
        case .success(let date)?: end = .date(date)
        }
        let from: CalendarDate
        switch start.value {
        case .date(.failure(let problem)): return .failure(problem)
        case .date(.success(let date)): from = date
        case .monthWithoutYear(let month):
            // "November – February 2020" crosses into the end's year from the one before.
            guard case .date(let to) = end else { return .failure(PeriodProblem("the start has no year")) }
            let year = to.month.map { month > $0 } == true ? to.year &- 1 : to.year
            from = CalendarDate(year: year, month: month)
        }
        if case .date(let to) = end, Self.endsBeforeItStarts(from, to) {
            return .failure(PeriodProblem("it ends (\(to)) before it starts (\(from))"))
        }
        return .success(Period(start: from, end: end))
    }

    /// Whether `end` is over before `start` begins, each taken as widely as written:
    /// "2019.09 – 2019" ends within 2019, so it is fine.
    static func endsBeforeItStarts(_ start: CalendarDate, _ end: CalendarDate) -> Bool {
        (end.year, end.month ?? 12, end.day ?? 31) < (start.year, start.month ?? 1, start.day ?? 1)
    }

    // MARK: - Telling a year from a figure

    /// A date starts here only if it is not the tail of something bigger: a longer
    /// number ("12019"), a word ("v2019", "ISO9001"), a decimal or list ("3.2019",
    /// "1,2019"), a price ("$2019").
    private func canStart(at i: Int) -> Bool {
        guard let before = text[i - 1] else { return true }
        if text.isDigit(i) {
            if before.isDigitASCII || before.isLatinLetter || "$€£¥₩#".contains(before) { return false }
            if ".,/:_+-".contains(before), let twoBefore = text[i - 2], twoBefore.isDigitASCII || twoBefore.isLatinLetter {
                return false
            }
            return true
        }
        return !before.isLetter
    }

    /// After a bare number: a unit or more digits mean it is a figure ("2000reqps",
    /// "2000명", "2019%", "1920x1080", "2019.5", "2,019,000").
    private func figureFollows(_ i: Int) -> Bool {
        guard let after = text[i] else { return false }
        if after.isLetter || "%+×".contains(after) { return true }
        return ".,:/-".contains(after) && text.isDigit(i + 1)
    }

    // MARK: - The stated tenure

    /// Extends a range over the tenure written right after it: ", 44개월", " (3 yrs 2 mos)",
    /// " · 2년", "（3年2个月）". Only a tenure that reads is taken; anything else stays
    /// the caller's text.
    private func withTenure(_ scan: PeriodScan) -> PeriodScan {
        var i = text.skippingSpaces(from: scan.end)
        if let ch = text[i], DateWords.tenureLeads.contains(ch) { i = text.skippingSpaces(from: i + 1) }
        var closer: Character?
        if let ch = text[i], let close = DateWords.tenureBrackets[ch] {
            closer = close
            i = text.skippingSpaces(from: i + 1)
        }
        guard i > scan.end, let tenure = TenureReader.scan(text, from: i) else { return scan }
        var end = tenure.end
        if let closer {
            let close = text.skippingSpaces(from: end)
            guard text[close] == closer else { return scan }
            end = close + 1
        }
        var extended = scan
        extended.end = end
        extended.tenure = i..<tenure.end
        let stated = text.string(i..<tenure.end)
        extended.result = scan.result.map { period in
            var period = period
            period.statedTenure = stated
            return period
        }
        return extended
    }
}

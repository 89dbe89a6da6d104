/// Finds and reads periods ("2019.09 ~ 2023.06, 3년 9개월", "Jan 2019 – Present",
/// "2019年8月〜2020年3月") in the forms résumés write them.
enum PeriodFinder {
    /// A period found in a longer text.
    struct Match: Equatable {
        /// The period as written, its stated tenure included (", 44개월", " (3 yrs 2 mos)"
        /// with the tenure's own brackets); brackets around the whole period
        /// ("(2019.09 ~ 2023.06)") and the marks before it are outside, for the caller to strip.
        var range: Range<String.Index>
        /// The period, or why its dates are impossible ("month 13 does not exist"): a text
        /// that looks like a period is found either way, so the caller can keep it and warn.
        var result: Result<Period, PeriodProblem>
        /// The stated tenure without its brackets, for a diagnostic's column.
        var tenureRange: Range<String.Index>?
    }

    /// The period of a heading or a line: the first range ("2019.09 ~ 2023.06",
    /// "2019 – Present") if there is one, else the first lone date with a month or a season
    /// ("Jan 2019"), else the first lone year ("Pycon KR 2021"). So "Web 2000 Inc
    /// (2019.03 ~ 2021.02)" gives the range, not the name's number.
    static func find(in text: String) -> Match? {
        let chars = PeriodText(text[...])
        let scanner = PeriodScanner(text: chars, mode: .find)
        var best: (scan: PeriodScan, start: Int)?
        var i = 0
        while i < chars.count {
            guard let scan = scanner.period(at: i) else {
                i += 1
                continue
            }
            if scan.isRange { return match(scan, from: i, in: chars) }
            if best == nil || (best?.scan.isBareYear == true && !scan.isBareYear) { best = (scan, i) }
            // A lone date's own digits hold no other period.
            i = max(scan.end, i + 1)
        }
        return best.map { match($0.scan, from: $0.start, in: chars) }
    }

    /// The period that `text` is as a whole, with an optional stated tenure after a comma
    /// ("2019.09.02~2023.06.02, 44개월"), or why it isn't one. A lone date is a period of
    /// one date; a tenure after a range is kept as written even when it can't be read, so
    /// that the caller can say so.
    static func read(_ text: String) -> Result<Period, PeriodProblem> {
        let trimmed = Substring(text).trimmingSpaces()
        guard !trimmed.isEmpty else { return .failure(PeriodProblem("it is empty")) }
        let chars = PeriodText(trimmed)
        guard let scan = PeriodScanner(text: chars, mode: .whole).period(at: 0) else {
            return .failure(startProblem(chars))
        }
        guard scan.end < chars.count else { return scan.result }
        let restStart = chars.skippingSpaces(from: scan.end)
        let rest = chars.string(restStart..<chars.count)
        let notPart = PeriodProblem("\(PeriodProblem.quoted(rest)) is not part of a period")
        let mark = chars[restStart]
        let afterMark = chars.string((restStart + 1)..<chars.count).trimmingSpaces()
        if scan.isRange {
            guard mark == "," else { return .failure(notPart) }
            guard !afterMark.isEmpty else { return .failure(PeriodProblem("a tenure is missing after the comma")) }
            return scan.result.map { period in
                var period = period
                period.statedTenure = afterMark
                return period
            }
        }
        // A lone date and more: say what is wrong with the end the owner meant to write.
        if case .failure = scan.result { return scan.result }
        if mark == ",", TenureReader.months(in: afterMark) != nil {
            return .failure(PeriodProblem("there is a start date and a tenure but no end (use NOW for a current job)"))
        }
        guard mark == "," || mark.map(DateWords.dashes.contains) == true else { return .failure(notPart) }
        switch DateReader.read(afterMark) {
        case .failure(let problem): return .failure(problem)
        case .success: return .failure(PeriodProblem("a comma only comes before an open end (NOW); put ~ between two dates"))
        }
    }

    /// Why a text that does not start with a date isn't a period: what its first part
    /// (up to a range mark) lacks.
    private static func startProblem(_ chars: PeriodText) -> PeriodProblem {
        let markIndex = chars.chars.firstIndex { DateWords.dashes.contains($0) || $0 == "," }
        let first = chars.string(0..<(markIndex ?? chars.count))
        if case .failure(let problem) = DateReader.read(first) { return problem }
        return PeriodProblem("\(PeriodProblem.quoted(chars.string(0..<chars.count))) is not a period")
    }

    private static func match(_ scan: PeriodScan, from start: Int, in chars: PeriodText) -> Match {
        Match(range: chars.indices[start]..<chars.indices[scan.end], result: scan.result,
              tenureRange: scan.tenure.map { chars.indices[$0.lowerBound]..<chars.indices[$0.upperBound] })
    }
}

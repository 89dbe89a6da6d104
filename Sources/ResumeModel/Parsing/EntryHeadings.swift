/// Reading the `###` headings whose text carries data: jobs and talks.
enum EntryHeadings {
    static let periodExample = "(2019.09.02~2023.06.02) or (2023.09.02, NOW)"

    /// `### Organization (PERIOD)`: nil (with an error) when the period is missing or unreadable.
    static func job(_ heading: Heading, diagnostics: inout [Diagnostic]) -> (organization: String, period: Period)? {
        let chars = heading.chars
        guard chars.last == ")", let open = openingParenthesis(chars) else {
            diagnostics.append(Diagnostic(.error, line: heading.line, column: heading.column(at: chars.count),
                "the career entry \"\(heading.title)\" has no period; end the heading with one in parentheses, like \(periodExample)"))
            return nil
        }
        let organization = String(chars[..<open]).trimmingSpaces()
        let inner = String(chars[(open + 1)..<(chars.count - 1)])
        let read: PeriodReader.Read
        switch PeriodReader.read(inner) {
        case .failure(let problem):
            diagnostics.append(Diagnostic(.error, line: heading.line, column: heading.column(at: open),
                "the period \"(\(inner))\" can't be read: \(problem.reason); write it like \(periodExample)"))
            return nil
        case .success(let value):
            read = value
        }
        let period = Period(start: read.start, end: read.end, statedTenure: read.tenure)
        if let tenure = read.tenure {
            let column = heading.column(at: open + 1 + read.tenureOffset)
            checkTenure(tenure, of: period, line: heading.line, column: column, diagnostics: &diagnostics)
        }
        return (organization, period)
    }

    private static func checkTenure(_ tenure: String, of period: Period, line: Int, column: Int, diagnostics: inout [Diagnostic]) {
        guard let stated = TenureReader.months(in: tenure) else {
            diagnostics.append(Diagnostic(.warning, line: line, column: column,
                "the tenure \"\(tenure)\" can't be read; write it like 44개월, 3년 9개월 or 45 months"))
            return
        }
        // An ongoing job's tenure grows every month; only a finished one can be checked.
        guard case .date(let end) = period.end else { return }
        let actual = Period.months(from: period.start, to: end)
        guard stated != actual else { return }
        let unit = actual == 1 ? "month" : "months"
        diagnostics.append(Diagnostic(.warning, line: line, column: column,
            "the stated tenure \"\(tenure)\" does not match the dates: \(period.start)–\(end) is \(actual) \(unit) (\(Period.describeKorean(months: actual)))"))
    }

    /// The `(` that opens the parenthesised group ending the heading.
    private static func openingParenthesis(_ chars: [Character]) -> Int? {
        var depth = 0
        var index = chars.count - 1
        while index >= 0 {
            if chars[index] == ")" { depth += 1 }
            if chars[index] == "(" {
                depth -= 1
                if depth == 0 { return index }
            }
            index -= 1
        }
        return nil
    }

    /// `### EVENT YEAR, ROLE`: the year is a trailing 4-digit number before the first comma.
    static func talk(_ heading: Heading, diagnostics: inout [Diagnostic]) -> (event: String, year: Int?, role: String?) {
        let chars = heading.chars
        let comma = chars.firstIndex(of: ",")
        let before = Array(chars[..<(comma ?? chars.count)])
        var role: String? = nil
        if let comma {
            let text = String(chars[(comma + 1)...]).trimmingSpaces()
            role = text.isEmpty ? nil : text
        }
        // Trailing spaces before the comma ("Pycon KR 2021 , Speaker") were not trimmed yet.
        var end = before.count
        while end > 0, before[end - 1] == " " { end -= 1 }
        var digitsStart = end
        while digitsStart > 0, before[digitsStart - 1].isASCII, before[digitsStart - 1].isNumber { digitsStart -= 1 }
        if end - digitsStart == 4, let year = Int(String(before[digitsStart..<end])) {
            return (String(before[..<digitsStart]).trimmingSpaces(), year, role)
        }
        diagnostics.append(Diagnostic(.warning, line: heading.line, column: heading.column,
            "the talk \"\(heading.title)\" has no year; write it like ### Pycon KR 2021, Speaker"))
        return (String(before).trimmingSpaces(), nil, role)
    }
}

/// Reads what is between the parentheses of a career heading:
/// `2019.09.02~2023.06.02, 44개월` or `2023.09.02, NOW`.
enum PeriodReader {
    struct Read: Equatable {
        var start: CalendarDate
        var end: Period.End
        /// The stated tenure and its offset in the text, for the diagnostic's column.
        var tenure: String?
        var tenureOffset: Int = 0
    }

    /// Words for "still working here", compared in lower case.
    static let ongoingWords: Set<String> = ["now", "present", "current", "today", "현재", "재직중", "재직 중"]
    private static let rangeSeparators: [Character] = ["~", "〜", "～", "–", "—"]

    static func read(_ text: String) -> Result<Read, PeriodProblem> {
        let parts = commaParts(text)
        guard let first = parts.first, !first.text.isEmpty else { return .failure(PeriodProblem("it is empty")) }

        var start: CalendarDate
        var end: Period.End
        var rest: ArraySlice<(text: String, offset: Int)>
        if let (left, right) = splitRange(first.text) {
            switch (DateReader.read(left), readEnd(right)) {
            case (.failure(let problem), _), (_, .failure(let problem)): return .failure(problem)
            case (.success(let from), .success(let to)): (start, end) = (from, to)
            }
            rest = parts.dropFirst()
        } else {
            switch DateReader.read(first.text) {
            case .failure(let problem): return .failure(problem)
            case .success(let from): start = from
            }
            guard parts.count >= 2 else {
                return .failure(PeriodProblem("there is a start date but no end (use NOW for a current job)"))
            }
            switch readEnd(parts[1].text) {
            case .failure(let problem): return .failure(problem)
            case .success(let to): end = to
            }
            rest = parts.dropFirst(2)
        }
        if case .date(let date) = end, date < start {
            return .failure(PeriodProblem("it ends (\(date)) before it starts (\(start))"))
        }
        var read = Read(start: start, end: end)
        if let firstTenure = rest.first {
            read.tenure = rest.map(\.text).joined(separator: ", ")
            read.tenureOffset = firstTenure.offset
        }
        return .success(read)
    }

    private static func readEnd(_ text: String) -> Result<Period.End, PeriodProblem> {
        let word = text.trimmingSpaces()
        if ongoingWords.contains(word.lowercased()) { return .success(.ongoing) }
        guard !word.isEmpty else { return .failure(PeriodProblem("the end date is missing")) }
        return DateReader.read(word).map { .date($0) }
    }

    /// `A~B`, `A – B`, `A - B`; a bare `-` only where both sides are dates, since a date may use `-` itself.
    private static func splitRange(_ text: String) -> (String, String)? {
        let chars = Array(text)
        for separator in rangeSeparators {
            if let index = chars.firstIndex(of: separator) {
                return (String(chars[..<index]), String(chars[(index + 1)...]))
            }
        }
        for index in chars.indices where chars[index] == "-" && index > 0 && index + 1 < chars.count {
            if chars[index - 1] == " " && chars[index + 1] == " " {
                return (String(chars[..<index]), String(chars[(index + 1)...]))
            }
        }
        // Trying every "-" costs a date read each; a real period is short, so longer text is not tried.
        guard chars.count <= 64 else { return nil }
        for index in chars.indices where chars[index] == "-" {
            let left = String(chars[..<index])
            let right = String(chars[(index + 1)...])
            if case .success = DateReader.read(left), case .success = readEnd(right) { return (left, right) }
        }
        return nil
    }

    /// Comma-separated parts, trimmed, each with the offset of its first character.
    private static func commaParts(_ text: String) -> [(text: String, offset: Int)] {
        var parts: [(text: String, offset: Int)] = []
        var current: [Character] = []
        var currentStart = 0
        for (offset, ch) in text.enumerated() {
            if ch == "," {
                parts.append(trimmed(current, offset: currentStart))
                current = []
                currentStart = offset + 1
            } else {
                current.append(ch)
            }
        }
        parts.append(trimmed(current, offset: currentStart))
        return parts
    }

    private static func trimmed(_ chars: [Character], offset: Int) -> (text: String, offset: Int) {
        var start = 0
        var end = chars.count
        while start < end, chars[start].isWhitespace { start += 1 }
        while end > start, chars[end - 1].isWhitespace { end -= 1 }
        return (String(chars[start..<end]), offset + start)
    }
}

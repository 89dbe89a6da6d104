/// Reads a talk's heading: `### EVENT YEAR, ROLE` (`### Pycon KR 2021, Speaker`), also
/// with the year first or in brackets (`### 2021 PyCon KR`, `### PyCon KR (2021)`).
enum TalkHeading {
    struct Read: Equatable {
        var event: String
        var year: Int?
        var role: String?
    }

    static func read(_ text: String) -> Read {
        let chars = Array(text)
        let comma = chars.firstIndex { $0 == "," || $0 == "，" || $0 == "、" }
        var before = Array(chars[..<(comma ?? chars.count)])
        var role: String?
        if let comma {
            let after = TitleText.clean(String(chars[(comma + 1)...]))
            role = after.isEmpty ? nil : after
        }
        var year: Int?
        if let (start, end) = yearToken(before), let value = Int(String(before[start..<end])) {
            year = value
            var from = start
            var to = end
            // `(2021)` goes with its brackets.
            if from > 0, to < before.count, "(（[".contains(before[from - 1]), ")）]".contains(before[to]) {
                from -= 1
                to += 1
            }
            before.removeSubrange(from..<to)
        }
        return Read(event: TitleText.clean(String(before)), year: year, role: role)
    }

    /// A four-digit year (1950–2099) standing alone: at the end (preferred) or the start.
    private static func yearToken(_ chars: [Character]) -> (Int, Int)? {
        var candidates: [(Int, Int)] = []
        var index = 0
        while index < chars.count {
            guard chars[index].isASCII, chars[index].isNumber else { index += 1; continue }
            var end = index
            while end < chars.count, chars[end].isASCII, chars[end].isNumber { end += 1 }
            let standsAlone = (index == 0 || !chars[index - 1].isLetter && !chars[index - 1].isNumber && chars[index - 1] != ".")
                && (end == chars.count || !chars[end].isLetter && chars[end] != ".")
            if end - index == 4, standsAlone, let value = Int(String(chars[index..<end])), (1950...2099).contains(value) {
                candidates.append((index, end))
            }
            index = end
        }
        return candidates.last
    }
}

/// Reads a stated tenure into months: "44개월", "3년 9개월", "3 years 9 months", "3y 9m",
/// "1 yr", "2 yrs, 1 mo", "1.5 yrs", "3年2个月", "18个月", "3年2ヶ月", "3年2か月", "2年間".
enum TenureReader {
    /// Latin units, compared in lower case without a trailing dot.
    private static let latinYears: Set<String> = ["y", "yr", "yrs", "year", "years"]
    private static let latinMonths: Set<String> = ["m", "mo", "mos", "mon", "mth", "mths", "month", "months"]
    /// CJK units, matched where they start; the longer spellings first.
    private static let cjkUnits: [(word: String, isYear: Bool)] = [
        ("개월", false), ("个月", false), ("個月", false), ("ヶ月", false), ("ケ月", false), ("ヵ月", false),
        ("カ月", false), ("か月", false), ("箇月", false), ("달", false), ("년", true), ("年", true),
    ]
    /// "3년간", "2年間": "for three years"; part of the tenure, adds nothing.
    private static let cjkDurationSuffixes: Set<Character> = ["간", "間"]

    /// The months `text` states as a whole, or nil when it is not a tenure ("about 4 years").
    static func months(in text: String) -> Int? {
        let chars = PeriodText(Substring(text).trimmingSpaces())
        guard let scan = scan(chars, from: 0), scan.end == chars.count else { return nil }
        return scan.months
    }

    /// The tenure starting at `start`, as long as it goes: number-unit pairs in any order,
    /// separated by spaces, a comma or "and". What follows it is left alone.
    static func scan(_ text: PeriodText, from start: Int) -> (months: Int, end: Int)? {
        var total = 0
        var pairs = 0
        var end = start
        while true {
            let next = pairs == 0 ? start : afterPairSeparator(text, at: end)
            guard let pair = pair(text, at: next) else { break }
            total += pair.months
            pairs += 1
            end = pair.end
            // Keeps a long list of pairs far from overflow; no real tenure gets near.
            guard total < 100_000_000 else { return nil }
        }
        return pairs > 0 ? (total, end) : nil
    }

    private static func afterPairSeparator(_ text: PeriodText, at i: Int) -> Int {
        var j = text.skippingSpaces(from: i)
        if text[j] == "," {
            j = text.skippingSpaces(from: j + 1)
        } else if text.hasWord("and", at: j), !text.isLatinLetter(j + 3) {
            j = text.skippingSpaces(from: j + 3)
        }
        return j
    }

    /// "3년", "9 months", "1.5 yrs": a number and its unit.
    private static func pair(_ text: PeriodText, at i: Int) -> (months: Int, end: Int)? {
        let digitsEnd = text.digitsEnd(from: i)
        // Six digits is already a million months; more can only be a typo, and refusing it avoids overflow.
        guard (1...6).contains(digitsEnd - i), let number = Int(text.string(i..<digitsEnd)) else { return nil }
        var tenths: Int?
        var numberEnd = digitsEnd
        if text[digitsEnd] == ".", text.isDigit(digitsEnd + 1), !text.isDigit(digitsEnd + 2),
           let digit = text[digitsEnd + 1]?.wholeNumberValue {
            tenths = digit
            numberEnd = digitsEnd + 2
        }
        let unitStart = text.skippingSpaces(from: numberEnd)
        guard let unit = unit(text, at: unitStart) else { return nil }
        if unit.isYear {
            // "1.5 yrs" is a year and a half; tenths of a year are rounded to months.
            let months = number * 12 + ((tenths ?? 0) * 12 + 5) / 10
            return (months, unit.end)
        }
        guard tenths == nil else { return nil }
        return (number, unit.end)
    }

    private static func unit(_ text: PeriodText, at i: Int) -> (isYear: Bool, end: Int)? {
        let lettersEnd = text.lettersEnd(from: i)
        if lettersEnd > i {
            let word = text.string(i..<lettersEnd).lowercased()
            let end = text[lettersEnd] == "." ? lettersEnd + 1 : lettersEnd
            if latinYears.contains(word) { return (true, end) }
            if latinMonths.contains(word) { return (false, end) }
            return nil
        }
        for (word, isYear) in cjkUnits where text.hasWord(word, at: i) {
            var end = i + word.count
            if let ch = text[end], cjkDurationSuffixes.contains(ch) { end += 1 }
            return (isYear, end)
        }
        return nil
    }
}

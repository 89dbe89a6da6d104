/// Finds the figures of a line of text, by value:
///
/// - digits with thousands separators and decimals: `1,000`, `1.5`, `2000reqps`, `p95`;
/// - times a unit written after them: Korean `천` `만` `억` `조` (and `십` `백` before
///   them: `백만`), Chinese and Japanese `千` `万` `億`/`亿` `兆`, attached (`300만`,
///   `1억`); English `k`/`K`, `M`, `B`, attached and not followed by a letter (`3M`, but
///   not `3MB` or `100ms`); and the words `thousand`, `million`, `billion`, `trillion`;
/// - Korean compounds add up: `1억 5천만` is 150,000,000, as `150M` is, and `2천5백` 2,500;
/// - a percentage is its number (`30%`, `30 percent`).
///
/// Not figures: a month written as a number (`3월`, `8月`), which English writes as a
/// word, and dotted dates and versions (`2019.09.02`, `3.10.1`), which `check` compares
/// as periods if anywhere. A number too long for 64 bits is skipped on both sides alike.
struct FigureScanner {
    private let scalars: [Unicode.Scalar]
    private var index = 0

    init(_ text: String) {
        scalars = Array(text.unicodeScalars)
    }

    /// Powers of ten of the units written right after a number.
    private static let attachedUnits: [Unicode.Scalar: Int] = [
        "십": 1, "백": 2, "천": 3, "만": 4, "억": 8, "조": 12,
        "十": 1, "百": 2, "千": 3, "万": 4, "萬": 4, "億": 8, "亿": 8, "兆": 12,
    ]
    private static let letterUnits: [String: Int] = ["k": 3, "K": 3, "M": 6, "B": 9, "bn": 9]
    private static let wordUnits: [String: Int] = ["thousand": 3, "million": 6, "billion": 9, "trillion": 12]

    /// A figure as read, with the unit it ended in, for putting compounds together.
    private struct Read {
        var figure: Figure
        var start: Int
        var end: Int
        /// The power of ten of its CJK unit (`억` 8); nil for none or an English one.
        var cjkUnit: Int?
    }

    mutating func figures() -> [Figure] {
        var read: [Read] = []
        while index < scalars.count {
            guard isDigit(index), index == 0 || !isDigit(index - 1) else {
                index += 1
                continue
            }
            guard let next = number() else { continue }
            // 1억 5천만: a smaller Korean unit right after a bigger one adds to it.
            if let last = read.last, let big = last.cjkUnit, let small = next.cjkUnit, small < big,
               onlySpaces(from: last.end, to: next.start),
               let sum = last.figure.adding(next.figure, text: text(last.start, next.end)) {
                read[read.count - 1] = Read(figure: sum, start: last.start, end: next.end, cjkUnit: small)
                continue
            }
            read.append(next)
        }
        return read.map(\.figure)
    }

    // MARK: - One number

    /// Reads the number at `index` and what follows it, moving past them.
    private mutating func number() -> Read? {
        let start = index
        var digits = ""
        while index < scalars.count {
            if isDigit(index) {
                digits.unicodeScalars.append(scalars[index])
                index += 1
            } else if scalars[index] == ",", isDigit(index + 1), isDigit(index + 2), isDigit(index + 3), !isDigit(index + 4) {
                index += 1  // a thousands separator: 1,000
            } else {
                break
            }
        }
        var fraction = ""
        if at(".") && isDigit(index + 1) {
            var after = index + 1
            while isDigit(after) { after += 1 }
            if after < scalars.count, scalars[after] == ".", isDigit(after + 1) {
                // 2019.09.02, 3.10.1: a date or a version, not an amount.
                index = after
                while index < scalars.count, isDigit(index) || (scalars[index] == "." && isDigit(index + 1)) { index += 1 }
                return nil
            }
            fraction = String(String.UnicodeScalarView(scalars[(index + 1)..<after]))
            index = after
        }
        if at("월") || at("月") { return nil }  // a month: 3월, 8月
        var power = 0
        var cjkUnit: Int?
        while index < scalars.count, let unit = Self.attachedUnits[scalars[index]] {
            power += unit
            cjkUnit = unit
            index += 1
        }
        if cjkUnit == nil, let unit = englishUnit() { power = unit }
        if at("%") || at("％") { index += 1 }  // kept in the text a message quotes; the value is the number
        guard let mantissa = Int(digits + fraction) else { return nil }
        let figure = Figure(mantissa: mantissa, exponent: power - fraction.count, text: text(start, index))
        return Read(figure: figure, start: start, end: index, cjkUnit: cjkUnit)
    }

    /// `3M`, `10k`, `2bn` (attached, no letter after), or `3 million`; moves past it.
    private mutating func englishUnit() -> Int? {
        for (unit, power) in Self.letterUnits where matches(unit, at: index) {
            index += unit.unicodeScalars.count
            return power
        }
        let wordStart = index < scalars.count && scalars[index] == " " ? index + 1 : index
        for (word, power) in Self.wordUnits where matches(word, at: wordStart, foldingCase: true) {
            index = wordStart + word.unicodeScalars.count
            return power
        }
        return nil
    }

    /// Whether `word` is written at `position` and no letter follows it.
    private func matches(_ word: String, at position: Int, foldingCase: Bool = false) -> Bool {
        var position = position
        for scalar in word.unicodeScalars {
            guard position < scalars.count else { return false }
            let here = foldingCase ? Unicode.Scalar(String(scalars[position]).lowercased()) ?? scalars[position] : scalars[position]
            guard here == scalar else { return false }
            position += 1
        }
        return position >= scalars.count || !scalars[position].properties.isAlphabetic
    }

    // MARK: - Looking around

    private func isDigit(_ position: Int) -> Bool {
        position >= 0 && position < scalars.count && ("0"..."9").contains(scalars[position])
    }

    private func at(_ scalar: Unicode.Scalar) -> Bool {
        index < scalars.count && scalars[index] == scalar
    }

    private func onlySpaces(from start: Int, to end: Int) -> Bool {
        scalars[start..<end].allSatisfy { $0 == " " }
    }

    private func text(_ start: Int, _ end: Int) -> String {
        String(String.UnicodeScalarView(scalars[start..<end]))
    }
}

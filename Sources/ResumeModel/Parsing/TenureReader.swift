/// Reads a stated tenure ("44개월", "3년 9개월", "3y 9m") into months.
enum TenureReader {
    private static let yearUnits: Set<String> = ["년", "y", "yr", "yrs", "year", "years"]
    private static let monthUnits: Set<String> = ["개월", "달", "m", "mo", "mos", "month", "months"]

    /// A list of number-unit pairs, in any order, separated by spaces or nothing.
    static func months(in text: String) -> Int? {
        let chars = Array(text.lowercased())
        var index = 0
        var total = 0
        var pairs = 0
        while true {
            while index < chars.count, chars[index] == " " || chars[index] == "," { index += 1 }
            guard index < chars.count else { break }
            var digits = ""
            while index < chars.count, chars[index].isASCII, chars[index].isNumber { digits.append(chars[index]); index += 1 }
            // Six digits is already a million months; more can only be a typo, and refusing it avoids overflow.
            guard !digits.isEmpty, digits.count <= 6, let number = Int(digits) else { return nil }
            while index < chars.count, chars[index] == " " { index += 1 }
            var unit = ""
            while index < chars.count, !chars[index].isNumber, chars[index] != " ", chars[index] != "," {
                unit.append(chars[index])
                index += 1
            }
            if unit.hasSuffix(".") { unit.removeLast() }
            if yearUnits.contains(unit) {
                total += number * 12
            } else if monthUnits.contains(unit) {
                total += number
            } else {
                return nil
            }
            pairs += 1
            // Keeps a long list of pairs far from overflow; no real tenure gets near.
            guard total < 100_000_000 else { return nil }
        }
        return pairs > 0 ? total : nil
    }
}

/// The figures a reader should notice: throughput (req/s), latency percentiles and
/// times, node and user counts (1000개, MAU 300만), growth (100배) and money (1억).
///
/// A résumé's numbers are its evidence, so the UI and the tour emphasise them; this
/// finds them in text so the layout can give them their own role.
///
/// A figure is, tried in this order at each position:
/// 1. an optional label and spaces ("MAU ", "reqps ", "p95 ", "latency "), an optional
///    range start ("1~"), a number ("1,000", "1.5") and a unit, with at most one space
///    before it: "1000개", "2000reqps", "p95 100ms", "MAU 300만", "1초", "100배", "1억";
/// 2. a label and spaces before a number with no unit: "reqps 7000", "MAU 300";
/// 3. a percentile between word boundaries: "p90".
/// Digits are 0-9 and spaces ASCII whitespace. Years ("2020년") and plain counts of
/// time ("2달간") are not figures.
///
/// A scanner over UTF-8 rather than a `Regex`: layout calls this for every line of the
/// résumé, and Swift's regex engine made it most of the start-up time (measured with
/// `perf`; a test checks the scanner against the equivalent regex).
public enum Highlights {
    /// The ranges of `text` that are figures, in order, not overlapping.
    public static func ranges(in text: String) -> [Range<String.Index>] {
        // Most lines hold no digit at all; they cost one pass over the bytes.
        guard text.utf8.contains(where: isDigit) else { return [] }
        let bytes = Array(text.utf8)
        let scanner = Scanner(bytes: bytes)
        var found: [Range<String.Index>] = []
        var i = 0
        while i < bytes.count {
            if let end = scanner.figure(at: i) {
                let start = text.utf8.index(text.utf8.startIndex, offsetBy: i)
                found.append(start..<text.utf8.index(start, offsetBy: end - i))
                i = end
            } else {
                i += 1
            }
        }
        return found
    }

    /// Every figure in the résumé, in reading order (for the tour and for tests).
    public static func figures(in resume: Resume) -> [String] {
        resume.inlineTexts.map(\.plainText).flatMap { text in ranges(in: text).map { String(text[$0]) } }
    }

    private static func isDigit(_ byte: UInt8) -> Bool { byte >= 0x30 && byte <= 0x39 }

    private struct Scanner {
        let bytes: [UInt8]

        static let labels = ["MAU", "DAU", "reqps", "req/s", "rps", "p", "latency"].map { Array($0.utf8) }  // "p": p + 2-3 digits
        static let bareLabels = ["MAU", "DAU", "reqps", "p"].map { Array($0.utf8) }
        static let units = ["reqps", "req/s", "rps", "ms", "초", "만원", "만", "억", "배", "개", "명", "%", "+"].map { Array($0.utf8) }

        /// The end of the figure that starts at `i`, if one does.
        func figure(at i: Int) -> Int? {
            // Every figure starts with a digit or a label's first letter.
            switch bytes[i] {
            case UInt8(ascii: "M"), UInt8(ascii: "D"), UInt8(ascii: "r"), UInt8(ascii: "p"), UInt8(ascii: "l"): break
            default: guard digit(at: i) else { return nil }
            }
            for label in Self.labels {
                if let afterLabel = self.label(label, at: i), let afterSpace = spaces(at: afterLabel), let end = numberWithUnit(at: afterSpace) {
                    return end
                }
            }
            if let end = numberWithUnit(at: i) { return end }
            for label in Self.bareLabels {
                if let afterLabel = self.label(label, at: i), let afterSpace = spaces(at: afterLabel), digit(at: afterSpace) {
                    return numberRun(from: afterSpace + 1)
                }
            }
            return percentile(at: i)
        }

        private func digit(at i: Int) -> Bool { i < bytes.count && isDigit(bytes[i]) }

        private func space(at i: Int) -> Bool {
            i < bytes.count && (bytes[i] == 0x20 || (0x09...0x0D).contains(bytes[i]))
        }

        /// After `word` at `i`; for "p", after p and 2-3 digits.
        private func label(_ word: [UInt8], at i: Int) -> Int? {
            if word == [UInt8(ascii: "p")] {
                guard i < bytes.count, bytes[i] == UInt8(ascii: "p"), digit(at: i + 1), digit(at: i + 2) else { return nil }
                return digit(at: i + 3) ? i + 4 : i + 3
            }
            return literal(word, at: i)
        }

        private func literal(_ word: [UInt8], at i: Int) -> Int? {
            guard i + word.count <= bytes.count else { return nil }
            for (offset, byte) in word.enumerated() where bytes[i + offset] != byte { return nil }
            return i + word.count
        }

        /// After one or more spaces at `i`.
        private func spaces(at i: Int) -> Int? {
            var j = i
            while space(at: j) { j += 1 }
            return j > i ? j : nil
        }

        /// After the digits, commas and points that follow a digit.
        private func numberRun(from i: Int) -> Int {
            var j = i
            while j < bytes.count, isDigit(bytes[j]) || bytes[j] == UInt8(ascii: ",") || bytes[j] == UInt8(ascii: ".") { j += 1 }
            return j
        }

        /// "1~3개", "1,000 ms": an optional range start, a number, at most one space, a unit.
        private func numberWithUnit(at i: Int) -> Int? {
            var j = i
            while digit(at: j) { j += 1 }
            guard j > i else { return nil }
            let hasRange = j < bytes.count && bytes[j] == UInt8(ascii: "~")
            for start in hasRange ? [j + 1, i] : [i] where digit(at: start) {
                let end = numberRun(from: start + 1)
                if let afterUnit = unit(at: end) { return afterUnit }
                if space(at: end), let afterUnit = unit(at: end + 1) { return afterUnit }
            }
            return nil
        }

        private func unit(at i: Int) -> Int? {
            for unit in Self.units {
                if let end = literal(unit, at: i) { return end }
            }
            return nil
        }

        /// "p90" with no word character (a letter, Hangul included, a digit or `_`) on
        /// either side.
        private func percentile(at i: Int) -> Int? {
            guard !wordCharacter(endingAt: i), let end = label([UInt8(ascii: "p")], at: i), !wordCharacter(startingAt: end) else {
                return nil
            }
            return end
        }

        private func wordCharacter(startingAt i: Int) -> Bool {
            guard i < bytes.count else { return false }
            var end = i + 1
            while end < bytes.count, bytes[end] & 0xC0 == 0x80 { end += 1 }
            return Self.isWordCharacter(bytes[i..<end])
        }

        private func wordCharacter(endingAt i: Int) -> Bool {
            guard i > 0 else { return false }
            var start = i - 1
            while start > 0, bytes[start] & 0xC0 == 0x80 { start -= 1 }
            return Self.isWordCharacter(bytes[start..<i])
        }

        private static func isWordCharacter(_ encoded: ArraySlice<UInt8>) -> Bool {
            guard let scalar = String(decoding: encoded, as: UTF8.self).unicodeScalars.first else { return false }
            let properties = scalar.properties
            return scalar == "_" || properties.isAlphabetic || properties.numericType != nil
        }
    }
}

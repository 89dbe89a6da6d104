/// A number written in a résumé, by its value: "300만", "3M", "3,000,000" and
/// "3 million" are the same figure, so a translation that converts the units agrees with
/// its original, and one that changed a number does not.
///
/// The value is exact (a decimal mantissa and a power of ten), never a `Double`: 2.3M and
/// 230만 must compare equal, and floating point would make them differ in the last bit.
public struct Figure: Hashable, Sendable, CustomStringConvertible {
    /// The value is `mantissa` × 10^`exponent`, with no trailing zero in `mantissa`.
    public let mantissa: Int
    public let exponent: Int
    /// As written ("300만", "KRW 1M" gives "1M"), for messages.
    public let text: String

    public init(mantissa: Int, exponent: Int, text: String) {
        var mantissa = mantissa, exponent = exponent
        while mantissa != 0, mantissa % 10 == 0 {
            mantissa /= 10
            exponent += 1
        }
        self.mantissa = mantissa
        self.exponent = mantissa == 0 ? 0 : exponent
        self.text = text
    }

    /// Figures are equal when their values are, however they are written.
    public static func == (lhs: Figure, rhs: Figure) -> Bool {
        lhs.mantissa == rhs.mantissa && lhs.exponent == rhs.exponent
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(mantissa)
        hasher.combine(exponent)
    }

    public var description: String { text }

    /// The sum of two figures ("1억 5천만" is 1억 + 5천만), or nil if it overflows.
    func adding(_ other: Figure, text: String) -> Figure? {
        let exponent = min(self.exponent, other.exponent)
        guard let left = Self.scaled(mantissa, by: self.exponent - exponent),
              let right = Self.scaled(other.mantissa, by: other.exponent - exponent) else { return nil }
        let (sum, overflow) = left.addingReportingOverflow(right)
        return overflow ? nil : Figure(mantissa: sum, exponent: exponent, text: text)
    }

    private static func scaled(_ value: Int, by power: Int) -> Int? {
        var value = value
        for _ in 0..<power {
            let (product, overflow) = value.multipliedReportingOverflow(by: 10)
            if overflow { return nil }
            value = product
        }
        return value
    }
}

extension Figure {
    /// Every figure in `text`, in order. See `FigureScanner` for what counts as one.
    public static func all(in text: String) -> [Figure] {
        var scanner = FigureScanner(text)
        return scanner.figures()
    }

    /// What is in `these` and not in `those`, counting repeats (a multiset difference).
    public static func unmatched(_ these: [Figure], in those: [Figure]) -> [Figure] {
        var left = those
        return these.filter { figure in
            guard let index = left.firstIndex(of: figure) else { return true }
            left.remove(at: index)
            return false
        }
    }
}

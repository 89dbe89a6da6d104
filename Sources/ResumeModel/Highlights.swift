/// The figures a reader should notice: throughput (req/s), latency percentiles and
/// times, node and user counts (1000개, MAU 300만), growth (100배) and money (1억).
///
/// A résumé's numbers are its evidence, so the UI and the tour emphasise them; this
/// finds them in text so the layout can give them their own role.
public enum Highlights {
    /// A number with a unit, or a unit-like label before a number: "1000개", "reqps 7000",
    /// "2000reqps", "p95 100ms", "MAU 300만", "1초", "100배", "1억". Years ("2020년")
    /// and plain counts of time ("2달간") are not figures.
    nonisolated(unsafe) private static let pattern = #/(?:(?:MAU|DAU|reqps|req/s|rps|p\d{2,3}|latency)\s+)?(?:\d+~)?\d[\d,.]*\s?(?:reqps|req/s|rps|ms|초|만원|만|억|배|개|명|%|\+)|(?:MAU|DAU|reqps|p\d{2,3})\s+\d[\d,.]*|\bp\d{2,3}\b/#

    /// The ranges of `text` that are figures, in order, not overlapping.
    public static func ranges(in text: String) -> [Range<String.Index>] {
        text.matches(of: pattern).map(\.range)
    }

    /// Every figure in the résumé, in reading order (for the tour and for tests).
    public static func figures(in resume: Resume) -> [String] {
        resume.inlineTexts.map(\.plainText).flatMap { text in ranges(in: text).map { String(text[$0]) } }
    }
}

/// Why a period or date can't be read, as a clause for the diagnostic sentence:
/// "the period \"…\" can't be read: \(reason)".
struct PeriodProblem: Error, Equatable, Sendable {
    var reason: String
    init(_ reason: String) { self.reason = reason }

    /// Text from the file quoted inside a reason, cut short so that a runaway line
    /// (a megabyte of digits) makes a readable diagnostic.
    static func quoted(_ text: some StringProtocol) -> String {
        let limit = 24
        guard text.count > limit else { return "\"\(text)\"" }
        return "\"\(text.prefix(limit))…\""
    }
}

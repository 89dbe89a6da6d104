/// One line of resume.md after decoding, ready for the block parser.
///
/// Tabs are already replaced: the parser only ever sees spaces, so indentation
/// means one thing. Diagnostics still want the file's own columns, hence `column(at:)`.
struct SourceLine: Sendable {
    /// 1-based line number in the file.
    var number: Int
    /// The line's characters; a leading tab became 4 spaces, any other tab one space.
    var chars: [Character]
    /// How many characters the leading tabs added (3 per tab), to map indices back to file columns.
    var indentGrowth: Int = 0

    /// The 1-based file column of `chars[index]`.
    func column(at index: Int) -> Int {
        max(1, index - indentGrowth + 1)
    }

    /// Number of leading spaces.
    var indent: Int {
        var count = 0
        while count < chars.count, chars[count] == " " { count += 1 }
        return count
    }

    var isBlank: Bool { indent == chars.count }
}

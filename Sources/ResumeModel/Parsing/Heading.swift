/// A heading line: its level, title and where the title starts in the file.
struct Heading {
    var level: Int
    var chars: [Character]
    var line: Int
    /// 1-based file column of the title's first character.
    var column: Int

    var title: String { String(chars) }

    init(level: Int, chars: [Character], line: Int, column: Int) {
        self.level = level
        self.chars = chars
        self.line = line
        self.column = column
    }

    init?(_ line: SourceLine) {
        guard case .heading(let level, let start, let end) = LineShape(line) else { return nil }
        self.level = level
        self.chars = Array(line.chars[start..<max(start, end)])
        self.line = line.number
        self.column = line.column(at: start)
    }

    /// The file column of `chars[offset]`.
    func column(at offset: Int) -> Int { column + offset }

    /// "### Title", for messages.
    var quoted: String { "\"\(String(repeating: "#", count: level)) \(title)\"" }
}

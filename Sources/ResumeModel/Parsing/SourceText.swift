/// Text gathered from one or more source lines (a paragraph, a bullet with its
/// continuation lines), with the way back to each character's line and column.
struct SourceText: Sendable {
    private(set) var chars: [Character] = []
    /// Where each joined piece starts: offset in `chars`, and the file position of that offset.
    private var anchors: [(offset: Int, line: Int, column: Int)] = []

    init() {}

    init(_ line: SourceLine, from start: Int) {
        appendLine(line, from: start)
    }

    var isEmpty: Bool { chars.isEmpty }
    var firstLine: Int { anchors.first?.line ?? 1 }

    /// Adds the line's text from `start`, trimmed; pieces are joined by one space (a soft line break).
    mutating func appendLine(_ line: SourceLine, from start: Int) {
        var begin = max(0, start)
        while begin < line.chars.count, line.chars[begin] == " " { begin += 1 }
        var end = line.chars.count
        while end > begin, line.chars[end - 1] == " " { end -= 1 }
        guard begin < end else {
            if anchors.isEmpty { anchors.append((0, line.number, line.column(at: begin))) }
            return
        }
        if !chars.isEmpty { chars.append(" ") }
        anchors.append((chars.count, line.number, line.column(at: begin)))
        chars.append(contentsOf: line.chars[begin..<end])
    }

    /// The file position of `chars[offset]`.
    func position(of offset: Int) -> (line: Int, column: Int) {
        guard var best = anchors.first else { return (1, 1) }
        // Binary search for the last anchor at or before the offset.
        var low = 0
        var high = anchors.count - 1
        while low <= high {
            let mid = low + (high - low) / 2
            if anchors[mid].offset <= offset {
                best = anchors[mid]
                low = mid + 1
            } else {
                high = mid - 1
            }
        }
        return (best.line, best.column + max(0, offset - best.offset))
    }
}

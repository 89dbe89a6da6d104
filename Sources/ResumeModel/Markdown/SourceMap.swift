/// Where each line of the text starts, to turn cmark's positions (line and byte column)
/// into what diagnostics show (line and character column), and to read a line back.
struct SourceMap {
    private let bytes: [UInt8]
    /// Byte offset of each line's start; line N starts at `lineStarts[N - 1]`.
    private let lineStarts: [Int]

    init(_ text: String) {
        bytes = Array(text.utf8)
        var starts = [0]
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            index += 1
            // LF, CRLF and a lone CR each end a line, as in cmark.
            if byte == 0x0A || (byte == 0x0D && (index == bytes.count || bytes[index] != 0x0A)) {
                starts.append(index)
            }
        }
        lineStarts = starts
    }

    var lineCount: Int { lineStarts.count }

    /// The text of line `line` (1-based), without its line end; empty outside the file.
    func line(_ line: Int) -> String {
        guard line >= 1, line <= lineStarts.count else { return "" }
        var end = line < lineStarts.count ? lineStarts[line] : bytes.count
        let start = lineStarts[line - 1]
        while end > start, bytes[end - 1] == 0x0A || bytes[end - 1] == 0x0D { end -= 1 }
        return String(decoding: bytes[start..<end], as: UTF8.self)
    }

    /// The character column (1-based) of cmark's byte column `byteColumn` on `line`.
    func column(line: Int, byteColumn: Int) -> Int {
        guard line >= 1, line <= lineStarts.count, byteColumn > 1 else { return 1 }
        let start = lineStarts[line - 1]
        let end = min(start + byteColumn - 1, bytes.count)
        return String(decoding: bytes[start..<end], as: UTF8.self).count + 1
    }

    /// The number written at byte column `byteColumn` of `line` (a list item's own
    /// marker, which cmark reads only for a list's first item); nil if none is there.
    func number(line: Int, byteColumn: Int) -> Int? {
        guard line >= 1, line <= lineStarts.count, byteColumn >= 1 else { return nil }
        var index = lineStarts[line - 1] + byteColumn - 1
        var value = 0
        var digits = 0
        while index < bytes.count, digits < 9, bytes[index] >= 0x30, bytes[index] <= 0x39 {
            value = value * 10 + Int(bytes[index] - 0x30)
            digits += 1
            index += 1
        }
        return digits > 0 ? value : nil
    }

    /// The column where a heading's text starts: after the indent, the `#` marks and the
    /// space of an ATX heading; the first non-space of a setext heading's line.
    func headingTextColumn(line: Int) -> Int {
        let chars = Array(self.line(line))
        var index = 0
        while index < chars.count, chars[index] == " " { index += 1 }
        var marks = index
        while marks < chars.count, chars[marks] == "#" { marks += 1 }
        if marks > index, marks == chars.count || chars[marks] == " " || chars[marks] == "\t" {
            index = marks
            while index < chars.count, chars[index] == " " || chars[index] == "\t" { index += 1 }
        }
        return min(index, chars.count) + 1
    }
}

/// Bounds the table cells one line can make before cmark-gfm sees it.
///
/// cmark-gfm 0.29's table extension appends each cell of a row to a linked list by
/// walking it, so a row of n cells costs n²: a line of 20,000 `|` took 3 s, 100,000 took
/// over a minute. No résumé has a table of hundreds of columns, so past `maxCells` pipes
/// in a line the rest are escaped (`\|`). They still show, as pipes: in the row's last
/// cell, or as a paragraph's text when a table of that many columns is no table.
enum TableCellBound {
    static let maxCells = 256

    /// `text` with every unescaped `|` after the first `maxCells` of its line escaped;
    /// `text` itself when no line has that many (the usual case, one pass to count).
    static func apply(_ text: String) -> String {
        var utf8 = Array(text.utf8)
        guard needsBound(utf8) else { return text }
        var out: [UInt8] = []
        out.reserveCapacity(utf8.count + utf8.count / 8)
        var pipes = 0
        var backslashes = 0
        for byte in utf8 {
            switch byte {
            case UInt8(ascii: "\n"):
                pipes = 0
            case UInt8(ascii: "|") where backslashes % 2 == 0:
                pipes += 1
                if pipes > maxCells { out.append(UInt8(ascii: "\\")) }
            default:
                break
            }
            backslashes = byte == UInt8(ascii: "\\") ? backslashes + 1 : 0
            out.append(byte)
        }
        utf8 = out
        return String(decoding: utf8, as: UTF8.self)
    }

    private static func needsBound(_ utf8: [UInt8]) -> Bool {
        var pipes = 0
        for byte in utf8 {
            if byte == UInt8(ascii: "\n") {
                pipes = 0
            } else if byte == UInt8(ascii: "|") {
                pipes += 1
                if pipes > maxCells { return true }
            }
        }
        return false
    }
}

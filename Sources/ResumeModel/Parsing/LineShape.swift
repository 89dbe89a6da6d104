/// What a single line is, judged on its own: the first step of block parsing.
enum LineShape: Equatable {
    case blank
    /// `#` to `######`, then a space or the end of the line. `textStart` indexes the title.
    case heading(level: Int, textStart: Int, textEnd: Int)
    /// `- `, `* `, `+ `, or `1. ` / `1) `. `number` is set for ordered markers.
    case bullet(indent: Int, contentStart: Int, number: Int?)
    case text(indent: Int)

    init(_ line: SourceLine) {
        let chars = line.chars
        let indent = line.indent
        guard indent < chars.count else { self = .blank; return }
        if indent <= 3, let heading = LineShape.heading(chars, from: indent) {
            self = heading
            return
        }
        if let bullet = LineShape.bullet(chars, indent: indent) {
            self = bullet
            return
        }
        self = .text(indent: indent)
    }

    private static func heading(_ chars: [Character], from start: Int) -> LineShape? {
        var index = start
        while index < chars.count, chars[index] == "#" { index += 1 }
        let level = index - start
        guard level >= 1, level <= 6 else { return nil }
        guard index == chars.count || chars[index] == " " else { return nil }
        var textStart = index
        while textStart < chars.count, chars[textStart] == " " { textStart += 1 }
        var textEnd = chars.count
        while textEnd > textStart, chars[textEnd - 1] == " " { textEnd -= 1 }
        return .heading(level: level, textStart: textStart, textEnd: textEnd)
    }

    private static func bullet(_ chars: [Character], indent: Int) -> LineShape? {
        var index = indent
        var number: Int? = nil
        let first = chars[index]
        if first == "-" || first == "*" || first == "+" {
            index += 1
        } else if first.isASCII, first.isNumber {
            var digits = 0
            var value = 0
            // At most 9 digits, as in CommonMark; this also keeps the value far from overflow.
            while index < chars.count, digits < 10, let digit = chars[index].wholeNumberValue, chars[index].isASCII {
                value = value * 10 + digit
                digits += 1
                index += 1
            }
            guard digits <= 9, index < chars.count, chars[index] == "." || chars[index] == ")" else { return nil }
            number = value
            index += 1
        } else {
            return nil
        }
        guard index == chars.count || chars[index] == " " else { return nil }
        var contentStart = index
        while contentStart < chars.count, chars[contentStart] == " " { contentStart += 1 }
        return .bullet(indent: indent, contentStart: contentStart, number: number)
    }
}

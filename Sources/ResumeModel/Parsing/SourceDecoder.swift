/// Bytes to lines: UTF-8 decoding, line endings, BOM, tabs and control characters.
///
/// Nothing here refuses a file. Whatever the bytes are, the owner gets lines to read
/// and a diagnostic saying what was odd, because a résumé that shows with a warning
/// is more useful than one that does not show at all.
enum SourceDecoder {
    struct Output {
        var lines: [SourceLine]
        var diagnostics: [Diagnostic]
    }

    static func decode(_ bytes: [UInt8]) -> Output {
        var diagnostics: [Diagnostic] = []
        var start = 0
        if bytes.count >= 3, bytes[0] == 0xEF, bytes[1] == 0xBB, bytes[2] == 0xBF {
            diagnostics.append(Diagnostic(.warning, line: 1, column: 1,
                "the file starts with an invisible byte order mark (BOM); it is skipped, but you can save the file as UTF-8 without BOM"))
            start = 3
        }

        var lines: [SourceLine] = []
        var firstCRLF: (line: Int, column: Int)?
        var firstLoneCR: (line: Int, column: Int)?
        var badUTF8: (line: Int, column: Int, byte: UInt8)?
        var badCount = 0
        var firstTab: (line: Int, column: Int)?
        var tabLines = 0

        var lineStart = start
        var index = start
        while index <= bytes.count {
            // A line ends at LF, CRLF, a lone CR, or the end of the file.
            var lineEnd = index
            var next = index + 1
            var ending: UInt8? = nil
            if index == bytes.count {
                ending = nil
            } else if bytes[index] == 0x0A {
                ending = 0x0A
            } else if bytes[index] == 0x0D {
                ending = 0x0D
                if index + 1 < bytes.count, bytes[index + 1] == 0x0A { next = index + 2; ending = 0x0B }
            } else {
                index += 1
                continue
            }
            lineEnd = index
            let number = lines.count + 1
            let decoded = decodeLine(bytes[lineStart..<lineEnd])
            if let bad = decoded.firstBad, badUTF8 == nil {
                badUTF8 = (number, bad.column, bad.byte)
            }
            badCount += decoded.badCount
            var line = expandTabs(decoded.text, number: number)
            if let tabColumn = line.firstTabColumn {
                tabLines += 1
                if firstTab == nil { firstTab = (number, tabColumn) }
            }
            if let control = firstControl(in: line.line) {
                diagnostics.append(Diagnostic(.warning, line: number, column: line.line.column(at: control.index),
                    "the text has an invisible control character (\(control.name)); it is kept and shown as a symbol, but it most likely got there by accident"))
            }
            if ending == 0x0B, firstCRLF == nil { firstCRLF = (number, line.line.column(at: line.line.chars.count)) }
            if ending == 0x0D, firstLoneCR == nil { firstLoneCR = (number, line.line.column(at: line.line.chars.count)) }
            line.line.number = number
            lines.append(line.line)
            if ending == nil { break }
            index = next
            lineStart = next
        }
        // A file that ends with a newline does not have an extra empty line after it.
        if lines.count > 1, let last = lines.last, last.chars.isEmpty { lines.removeLast() }

        if let bad = badUTF8 {
            let more = badCount > 1 ? " (and \(badCount - 1) more place\(badCount == 2 ? "" : "s"))" : ""
            diagnostics.append(Diagnostic(.error, line: bad.line, column: bad.column,
                "the file is not valid UTF-8 here (byte 0x\(hex(bad.byte, digits: 2)))\(more); it is shown as \u{FFFD}. Save the file with UTF-8 encoding"))
        }
        if let crlf = firstCRLF {
            diagnostics.append(Diagnostic(.warning, line: crlf.line, column: crlf.column,
                "the file has Windows line endings (CR LF); they are read as plain line ends"))
        }
        if let cr = firstLoneCR {
            diagnostics.append(Diagnostic(.warning, line: cr.line, column: cr.column,
                "the file has an old Mac line ending (a lone CR); it is read as a line end"))
        }
        if let tab = firstTab {
            let more = tabLines > 1 ? " (\(tabLines) lines have tabs)" : ""
            diagnostics.append(Diagnostic(.warning, line: tab.line, column: tab.column,
                "the line has a tab\(more); a tab at the start of a line counts as 4 spaces, elsewhere as one space. Spaces are safer"))
        }
        return Output(lines: lines, diagnostics: diagnostics)
    }

    // MARK: - UTF-8

    private struct DecodedLine {
        var text: String
        var firstBad: (column: Int, byte: UInt8)?
        var badCount: Int
    }

    private static func decodeLine(_ bytes: ArraySlice<UInt8>) -> DecodedLine {
        if let text = String(validating: bytes, as: UTF8.self) {
            return DecodedLine(text: text, firstBad: nil, badCount: 0)
        }
        // Slow path, only for broken bytes: decode scalar by scalar, replacing each
        // bad sequence with U+FFFD, and remember where the first one was.
        var scalars: [Unicode.Scalar] = []
        var firstBad: (scalarIndex: Int, byte: UInt8)?
        var badCount = 0
        var parser = Unicode.UTF8.ForwardParser()
        var iterator = bytes.makeIterator()
        var offset = bytes.startIndex
        loop: while true {
            switch parser.parseScalar(from: &iterator) {
            case .valid(let encoded):
                scalars.append(Unicode.UTF8.decode(encoded))
                offset += encoded.count
            case .error(let length):
                if firstBad == nil, offset < bytes.endIndex { firstBad = (scalars.count, bytes[offset]) }
                badCount += 1
                scalars.append("\u{FFFD}")
                offset += length
            case .emptyInput:
                break loop
            }
        }
        var view = String.UnicodeScalarView()
        view.append(contentsOf: scalars)
        let text = String(view)
        var bad: (column: Int, byte: UInt8)?
        if let firstBad {
            var prefix = String.UnicodeScalarView()
            prefix.append(contentsOf: scalars[0..<min(firstBad.scalarIndex, scalars.count)])
            bad = (String(prefix).count + 1, firstBad.byte)
        }
        return DecodedLine(text: text, firstBad: bad, badCount: badCount)
    }

    // MARK: - Tabs and control characters

    private struct Expanded {
        var line: SourceLine
        var firstTabColumn: Int?
    }

    private static func expandTabs(_ text: String, number: Int) -> Expanded {
        var chars: [Character] = []
        chars.reserveCapacity(text.utf8.count)
        var leading = true
        var growth = 0
        var firstTab: Int?
        var column = 0
        for ch in text {
            column += 1
            if ch == "\t" {
                if firstTab == nil { firstTab = column }
                if leading {
                    chars.append(contentsOf: repeatElement(" ", count: 4))
                    growth += 3
                } else {
                    chars.append(" ")
                }
                continue
            }
            if ch != " " { leading = false }
            chars.append(ch)
        }
        return Expanded(line: SourceLine(number: number, chars: chars, indentGrowth: growth), firstTabColumn: firstTab)
    }

    private static func firstControl(in line: SourceLine) -> (index: Int, name: String)? {
        for (index, ch) in line.chars.enumerated() {
            guard let scalar = ch.unicodeScalars.first else { continue }
            if isControl(scalar) { return (index, controlName(scalar)) }
        }
        return nil
    }

    /// C0 and C1 controls and DEL; tab, LF and CR never get here.
    static func isControl(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value < 0x20 || (scalar.value >= 0x7F && scalar.value <= 0x9F)
    }

    private static func controlName(_ scalar: Unicode.Scalar) -> String {
        let names: [UInt32: String] = [0x00: "NUL", 0x07: "BEL", 0x08: "BS", 0x0B: "VT", 0x0C: "FF", 0x1B: "ESC", 0x7F: "DEL"]
        let code = "U+\(hex(scalar.value, digits: 4))"
        guard let name = names[scalar.value] else { return code }
        return "\(code) \(name)"
    }

    static func hex<T: BinaryInteger>(_ value: T, digits: Int) -> String {
        let text = String(value, radix: 16, uppercase: true)
        return String(repeating: "0", count: max(0, digits - text.count)) + text
    }
}

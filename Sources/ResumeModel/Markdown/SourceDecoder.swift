/// Bytes to text: UTF-8 decoding, a byte order mark, control characters.
///
/// Nothing here refuses a file. Whatever the bytes are, the owner gets text to read
/// and a warning saying what was odd, because a résumé that shows with a warning is
/// more useful than one that does not show at all. Line endings and tabs are left to
/// cmark, which reads them as CommonMark says.
enum SourceDecoder {
    struct Output {
        /// Valid UTF-8: every byte sequence that wasn't is U+FFFD.
        var text: String
        var diagnostics: [Diagnostic]
    }

    static func decode(_ bytes: [UInt8]) -> Output {
        var diagnostics: [Diagnostic] = []
        var body = bytes[...]
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) {
            diagnostics.append(Diagnostic(.warning, line: 1, column: 1,
                "the file starts with an invisible byte order mark (BOM); it is skipped, but you can save the file as UTF-8 without BOM"))
            body = bytes.dropFirst(3)
        }
        let text: String
        if let valid = String(validating: body, as: UTF8.self) {
            text = valid
        } else {
            let repaired = repair(body)
            text = repaired.text
            if let first = repaired.firstBad {
                let more = repaired.count > 1 ? " (and \(repaired.count - 1) more place\(repaired.count == 2 ? "" : "s"))" : ""
                diagnostics.append(Diagnostic(.warning, line: first.line, column: first.column,
                    "the file is not valid UTF-8 here (byte 0x\(hex(first.byte, digits: 2)))\(more); it is shown as \u{FFFD}. Save the file with UTF-8 encoding"))
            }
        }
        diagnostics += controlCharacters(in: text)
        return Output(text: text, diagnostics: diagnostics)
    }

    // MARK: - UTF-8

    private struct Repaired {
        var text: String
        var firstBad: (line: Int, column: Int, byte: UInt8)?
        var count: Int
    }

    /// Slow path, only for broken bytes: decodes scalar by scalar, replacing each bad
    /// sequence with U+FFFD, and remembers where the first one was.
    private static func repair(_ bytes: ArraySlice<UInt8>) -> Repaired {
        var view = String.UnicodeScalarView()
        var firstBad: (line: Int, column: Int, byte: UInt8)?
        var count = 0
        var line = 1
        var lineSoFar = String.UnicodeScalarView()  // for the column of the first bad byte
        var parser = Unicode.UTF8.ForwardParser()
        var iterator = bytes.makeIterator()
        var offset = bytes.startIndex
        loop: while true {
            switch parser.parseScalar(from: &iterator) {
            case .valid(let encoded):
                let scalar = Unicode.UTF8.decode(encoded)
                view.append(scalar)
                offset += encoded.count
                if scalar == "\n" {
                    line += 1
                    lineSoFar = String.UnicodeScalarView()
                } else if firstBad == nil {
                    lineSoFar.append(scalar)
                }
            case .error(let length):
                if firstBad == nil, offset < bytes.endIndex {
                    // Columns count characters: those of the line so far, plus this one.
                    firstBad = (line, String(lineSoFar).count + 1, bytes[offset])
                }
                count += 1
                view.append("\u{FFFD}")
                offset += length
            case .emptyInput:
                break loop
            }
        }
        return Repaired(text: String(view), firstBad: firstBad, count: count)
    }

    // MARK: - Control characters

    /// One warning per line that holds a control character other than tab, LF and CR.
    private static func controlCharacters(in text: String) -> [Diagnostic] {
        var found: [Diagnostic] = []
        var line = 1
        var column = 0
        var warnedLine = 0
        for character in text {
            if character == "\n" || character == "\r\n" || character == "\r" {
                line += 1
                column = 0
                continue
            }
            column += 1
            guard warnedLine != line, let scalar = character.unicodeScalars.first,
                  scalar != "\t", isControl(scalar) else { continue }
            warnedLine = line
            found.append(Diagnostic(.warning, line: line, column: column,
                "the text has an invisible control character (\(controlName(scalar))); it is kept and shown as a symbol, but it most likely got there by accident"))
        }
        return found
    }

    /// C0 and C1 controls and DEL.
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

import Yams

/// One step of the way from a JSON document's root to a value: `work`, then `[2]`,
/// then `startDate`.
enum JSONPathComponent: Hashable, Sendable {
    case key(String)
    case index(Int)
}

/// Where values are in a JSON file, so that warnings can say `12:18:`.
///
/// `JSONSerialization` reads the values but keeps no positions, and a JSON reader
/// written by hand is one more parser to get wrong. JSON's syntax is YAML's flow
/// style, so Yams (libyaml, which the model already uses for front matter) composes
/// the same text a second time, for positions only: each of its nodes has a `mark`.
/// When libyaml can't (a key longer than 1024 characters, nesting deeper than it
/// allows, a key written twice), a position falls back to line 1.
struct JSONSourceMap {
    /// The text's lines, split where both JSON editors and libyaml break lines.
    private let lines: [String]
    private let root: Node?
    /// The key libyaml found written twice in one object, if any, with its position.
    let duplicateKey: (key: String, line: Int, column: Int)?

    /// - Parameter text: the file without its byte order mark, as `JSONSerialization` read it.
    init(text: String) {
        lines = JSONSourceMap.lines(of: text)
        do {
            root = try Yams.compose(yaml: JSONSourceMap.yamlSafe(text))
            duplicateKey = nil
        } catch YamlError.duplicatedKeysInMapping(let keys, let context) {
            root = nil
            duplicateKey = (keys.first ?? "", context.mark.line, context.mark.column)
        } catch {
            root = nil
            duplicateKey = nil
        }
    }

    /// Whether positions come from the document (false: every position is line 1).
    var knowsPositions: Bool { root != nil }

    /// The position of the value at `path` (or of its key, for a member of an object:
    /// where an unknown key is written). A path that goes further than the document
    /// gives the deepest value found on the way.
    func position(of path: [JSONPathComponent], key: Bool = false) -> (line: Int, column: Int) {
        guard var node = root else { return (1, 1) }
        var mark = node.mark
        for (offset, component) in path.enumerated() {
            switch (component, node) {
            case (.key(let name), .mapping(let mapping)):
                guard let pair = mapping.first(where: { $0.key.string == name }) else { return position(of: mark) }
                node = pair.value
                mark = (key && offset == path.count - 1 ? pair.key.mark : pair.value.mark) ?? mark
            case (.index(let index), .sequence(let sequence)):
                guard sequence.indices.contains(index) else { return position(of: mark) }
                node = sequence[index]
                mark = node.mark ?? mark
            default:
                return position(of: mark)
            }
        }
        return position(of: mark)
    }

    /// libyaml counts columns in Unicode scalars; a `Diagnostic` counts characters,
    /// as an editor's cursor moves (`한` is one, and so is 👩‍💻, which is three scalars).
    private func position(of mark: Mark?) -> (line: Int, column: Int) {
        guard let mark, mark.line >= 1 else { return (1, 1) }
        guard lines.indices.contains(mark.line - 1) else { return (mark.line, mark.column) }
        let scalars = lines[mark.line - 1].unicodeScalars.prefix(max(0, mark.column - 1))
        return (mark.line, String(String.UnicodeScalarView(scalars)).count + 1)
    }

    // MARK: - Positions from byte offsets

    /// The line and column of a byte offset into `bytes` (0-based, as `JSONSerialization`
    /// counts "around character N"). An offset past the end is the end.
    static func position(ofByteOffset offset: Int, in bytes: [UInt8]) -> (line: Int, column: Int) {
        let end = min(max(0, offset), bytes.count)
        var line = 1
        var lineStart = 0
        var index = 0
        while index < end {
            let byte = bytes[index]
            index += 1
            if byte == 0x0D, index < bytes.count, bytes[index] == 0x0A {
                // CRLF is one line end; an offset pointing at its LF stays on this line.
                if index == end { break }
                index += 1
            }
            if byte == 0x0A || byte == 0x0D {
                line += 1
                lineStart = index
            }
        }
        return (line, String(decoding: bytes[lineStart..<end], as: UTF8.self).count + 1)
    }

    /// Just after the last character that is not white space: where a truncated
    /// document stops, rather than an empty line below it.
    static func endOfContent(in bytes: [UInt8]) -> (line: Int, column: Int) {
        let whitespace: Set<UInt8> = [0x20, 0x09, 0x0A, 0x0D]
        let last = bytes.lastIndex { !whitespace.contains($0) }.map { $0 + 1 } ?? 0
        return position(ofByteOffset: last, in: bytes)
    }

    // MARK: - Text for libyaml

    /// Lines split at LF, CRLF and a lone CR: the breaks both JSON and libyaml know.
    private static func lines(of text: String) -> [String] {
        var lines: [String] = []
        var current = String.UnicodeScalarView()
        var afterCR = false
        for scalar in text.unicodeScalars {
            if afterCR, scalar == "\n" {
                afterCR = false
                continue
            }
            afterCR = scalar == "\r"
            if scalar == "\n" || scalar == "\r" {
                lines.append(String(current))
                current = String.UnicodeScalarView()
            } else {
                current.append(scalar)
            }
        }
        lines.append(String(current))
        return lines
    }

    /// The text with what libyaml refuses but JSON allows replaced, scalar for scalar, so
    /// that every mark is still right: a tab (YAML won't start a line with one) becomes a
    /// space; a character libyaml calls non-printable, or takes for a line break (U+0085,
    /// U+2028, U+2029; JSON keeps those inside strings), becomes `_`; and a `\uD83D`
    /// surrogate escape (JSON pairs two of them; libyaml refuses each) becomes `\u0041`.
    /// Only the values change, and the values are `JSONSerialization`'s to read.
    static func yamlSafe(_ text: String) -> String {
        var out = String.UnicodeScalarView()
        var scalars = Array(text.unicodeScalars)[...]
        while let scalar = scalars.popFirst() {
            switch scalar.value {
            case 0x09:
                out.append(" ")
            case 0x5C:
                // A backslash only appears inside a string in valid JSON, and always starts
                // an escape: copy it with the escape's next scalar, so `\\u` is not misread.
                out.append(scalar)
                guard let next = scalars.popFirst() else { break }
                out.append(isYAMLPlain(next) ? next : "_")
                let hex = scalars.prefix(4)
                if next == "u", hex.count == 4, let value = UInt32(String(String.UnicodeScalarView(hex)), radix: 16),
                   (0xD800...0xDFFF).contains(value) {
                    scalars.removeFirst(4)
                    out.append(contentsOf: "0041".unicodeScalars)
                }
            default:
                out.append(isYAMLPlain(scalar) ? scalar : "_")
            }
        }
        return String(out)
    }

    /// What libyaml reads as an ordinary character or an ordinary line end.
    private static func isYAMLPlain(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x0A, 0x0D, 0x20...0x7E, 0xA0...0x2027, 0x202A...0xD7FF, 0xE000...0xFEFE, 0xFF00...0xFFFD, 0x10000...0x10FFFF:
            return true
        default:
            return false
        }
    }
}

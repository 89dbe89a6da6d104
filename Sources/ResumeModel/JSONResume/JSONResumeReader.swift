import Foundation

/// Reads a JSON Resume v1.0.0 file (https://jsonresume.org/schema) into a `Resume`.
///
/// JSON strings are plain text, not Markdown: each becomes plain `InlineRun`s as it is.
/// `language` is left at its default; the layer above detects it from the text.
///
/// Mapping:
/// - `basics.name` → `name`, `label` → `label`, `location` → `location`; `email`,
///   `phone`, `url` → contacts labelled "Email", "Phone", "Website"; each of `profiles`
///   → a `.link` contact (label: `network`, value: `url`, or `username` when there is
///   no URL, `username`); `image` → an `.other` contact labelled "Image", last.
/// - `basics.summary` → a first section "About" (`.about`), its text as paragraphs:
///   a blank line starts a paragraph, a single line end is a hard line break.
/// - One section per array, in the schema's order and titled in English; an empty or
///   absent array gives none:
///   `work` → "Experience" (`.career`): `Job`(organization `name`, role `position`,
///   `location`, `url`, the period, summary: `summary`'s paragraphs and `highlights` as
///   bullets, facts: "Description"). `volunteer` → "Volunteer": `Job`(`organization`,
///   `position`, `url`, period, summary and highlights). `education` → "Education":
///   `Job`(`institution`, role `studyType`, `url`, period, `courses` as bullets, facts:
///   "Area", "Score"). `awards` → "Awards": `Item`(`title`, subtitle `awarder`, `date`,
///   `summary`). `certificates` → "Certificates": `Item`(`name`, subtitle `issuer`,
///   `date`, `url`). `publications` → "Publications" (`.talks`): `Talk`(event
///   `publisher`, date `releaseDate`, title `name`, `url`, notes `summary`). `skills` →
///   "Skills": `SkillGroup`(`name`, `level`, `keywords` as bullets). `languages` →
///   "Languages": `Item`(`language`, subtitle `fluency`). `interests` → "Interests":
///   `Item`(`name`, `keywords` as bullets). `references` → "References":
///   `Item`(`name`, `reference`). `projects` → "Projects": `Job`(`name`, role `roles`
///   joined by ", ", `url`, period, `description` and `highlights`, facts: "Keywords"
///   (joined by ", "), "Entity", "Type").
/// - Dates are ISO 8601 with optional parts (`2019-09-02`, `2019-09`, `2019`). A start
///   without `endDate` is ongoing, as the schema means. A period that can't be a
///   `Period` (an unreadable date, an end with no start) is `periodText`, "start – end".
/// - `meta` and `$schema` are about the file, not the person: not read.
///
/// Diagnostics: JSON that isn't well-formed is an error at its line and column, and no
/// résumé. Anything else is a warning and what can be read is still read: a value of
/// the wrong type (a number for a phone is read as its text, one object for a list as
/// a list of one), a date in another form (`2019/09` is read, `Fall 2019` is kept as
/// written), a key the schema doesn't have, a key from before 1.0 (`website`,
/// `company`, `gpa`, `picture`, read under its new name). `null` is as good as absent.
public enum JSONResumeReader {
    /// Whether the bytes look like JSON rather than Markdown: the first character that
    /// is not white space, after an optional byte order mark, is `{`.
    public static func looksLikeJSON(_ bytes: [UInt8]) -> Bool {
        let body = bytes.starts(with: byteOrderMark) ? bytes.dropFirst(byteOrderMark.count) : bytes[...]
        return body.first { !whitespace.contains($0) } == UInt8(ascii: "{")
    }

    /// The résumé in the bytes, and every diagnostic; the résumé is nil only when the
    /// bytes are not well-formed JSON.
    public static func read(_ bytes: [UInt8]) -> (resume: Resume?, diagnostics: [Diagnostic]) {
        // Positions count from after the mark, as `JSONSerialization`'s do and as an editor shows the file.
        let body = Array(bytes.starts(with: byteOrderMark) ? bytes.dropFirst(byteOrderMark.count) : bytes[...])
        guard body.contains(where: { !whitespace.contains($0) }) else {
            return (nil, [Diagnostic(.error, line: 1, column: 1, "the file is empty; a JSON Resume file is one object, { \"basics\": { \"name\": … } }")])
        }
        let object: Any
        do {
            object = try JSONSerialization.jsonObject(with: Data(body), options: [.fragmentsAllowed])
        } catch {
            return (nil, [malformed(error, in: body)])
        }
        let map = JSONSourceMap(text: String(decoding: body, as: UTF8.self))
        let warnings = JSONWarnings(map: map)
        let resume = JSONResumeMapping.resume(from: value(object), warnings: warnings)
        var diagnostics = warnings.diagnostics
        if let duplicate = map.duplicateKey {
            diagnostics.append(Diagnostic(.warning, line: duplicate.line, column: duplicate.column,
                "`\(duplicate.key)` is written twice in one object; only the last one is read (and other warnings can't say where they are)"))
        }
        // In file order, whatever order the objects' keys were walked in.
        let ordered = diagnostics.enumerated().sorted { a, b in
            (a.element.line, a.element.column, a.offset) < (b.element.line, b.element.column, b.offset)
        }
        return (resume, ordered.map(\.element))
    }

    private static let byteOrderMark: [UInt8] = [0xEF, 0xBB, 0xBF]
    private static let whitespace: Set<UInt8> = [0x20, 0x09, 0x0A, 0x0D]

    // MARK: - Foundation's values

    /// `JSONSerialization`'s objects as `JSONValue`s: numbers and booleans are both
    /// `NSNumber`, told apart by the type a boolean has (`c`, a C `char`).
    private static func value(_ object: Any) -> JSONValue {
        switch object {
        case let text as String:
            return .string(text)
        case let number as NSNumber:
            return String(cString: number.objCType) == "c" ? .bool(number.boolValue) : .number(number.stringValue)
        case let array as [Any]:
            return .array(array.map(value))
        case let members as [String: Any]:
            return .object(members.mapValues(value))
        default:
            return .null
        }
    }

    // MARK: - Malformed JSON

    /// Foundation's complaint as a diagnostic at its line and column. It says "around
    /// character N" (a 0-based byte offset) for most problems; at the end of the file it
    /// says nothing, and the end is where the problem is.
    private static func malformed(_ error: Error, in bytes: [UInt8]) -> Diagnostic {
        let description = ((error as NSError).userInfo[NSDebugDescriptionErrorKey] as? String) ?? "\(error)"
        var reason = description
        var position = JSONSourceMap.endOfContent(in: bytes)
        for phrase in [" around character ", " starting from character "] {
            guard let range = description.range(of: phrase) else { continue }
            let digits = description[range.upperBound...].prefix { $0.isASCII && $0.isNumber }
            if let offset = Int(digits) {
                position = JSONSourceMap.position(ofByteOffset: offset, in: bytes)
                reason = String(description[..<range.lowerBound])
            }
        }
        if description.contains("surrogate") || description.contains("hex escape sequence") {
            // Foundation blames the end of the file for a `\uD83D` with no second half.
            if let offset = loneSurrogate(in: bytes) { position = JSONSourceMap.position(ofByteOffset: offset, in: bytes) }
            reason = "a \\uD800–\\uDFFF escape is half of a character; write both halves (\\uD83D\\uDE00) or the character itself"
        } else if description.hasPrefix("Unexpected end of file") {
            reason = "it ends before everything opened is closed (a }, a ] or a closing quote is missing)"
        } else if let number = numberTooLarge(description), let range = firstRange(of: Array(number.utf8), in: bytes) {
            // "Number 1e400 is not representable in Swift.": no offset, but the number is there to find.
            position = JSONSourceMap.position(ofByteOffset: range, in: bytes)
            reason = "the number \(number) is too large to read"
        }
        reason = reason.trimmingCharacters(in: CharacterSet(charactersIn: ". "))
        let lowered = reason.prefix(1).lowercased() + reason.dropFirst()
        return Diagnostic(.error, line: position.line, column: position.column,
                          "the file is not valid JSON here: \(lowered); nothing is shown until it is")
    }

    /// The offset of the first `\uXXXX` escape that is half of a surrogate pair without
    /// its other half. Backslashes only occur in strings and always start an escape, so
    /// reading them two by two finds escapes without reading the rest of the JSON.
    private static func loneSurrogate(in bytes: [UInt8]) -> Int? {
        func surrogate(at index: Int) -> UInt32? {
            guard index + 6 <= bytes.count, bytes[index] == UInt8(ascii: "\\"), bytes[index + 1] == UInt8(ascii: "u"),
                  let value = UInt32(String(decoding: bytes[(index + 2)..<(index + 6)], as: UTF8.self), radix: 16),
                  (0xD800...0xDFFF).contains(value) else { return nil }
            return value
        }
        var index = 0
        while index < bytes.count {
            guard bytes[index] == UInt8(ascii: "\\") else {
                index += 1
                continue
            }
            if let high = surrogate(at: index) {
                guard high < 0xDC00, let low = surrogate(at: index + 6), low >= 0xDC00 else { return index }
                index += 12
            } else {
                index += 2
            }
        }
        return nil
    }

    private static func numberTooLarge(_ description: String) -> String? {
        guard description.hasPrefix("Number "), description.hasSuffix(" is not representable in Swift.") else { return nil }
        return String(description.dropFirst("Number ".count).prefix { !$0.isWhitespace })
    }

    private static func firstRange(of needle: [UInt8], in bytes: [UInt8]) -> Int? {
        guard !needle.isEmpty, bytes.count >= needle.count else { return nil }
        return (0...(bytes.count - needle.count)).first { bytes[$0..<($0 + needle.count)].elementsEqual(needle) }
    }
}

/// A JSON value as `JSONSerialization` read it, in the reader's own terms, so that
/// only the reader's entry point needs Foundation.
indirect enum JSONValue: Equatable, Sendable {
    case string(String)
    /// A number, as Foundation writes it back (`3.8`, `2019`).
    case number(String)
    case bool(Bool)
    case null
    case array([JSONValue])
    case object([String: JSONValue])

    /// What the value is, in the words a warning uses.
    var kindName: String {
        switch self {
        case .string: return "text"
        case .number: return "a number"
        case .bool: return "true or false"
        case .null: return "null"
        case .array: return "a list"
        case .object: return "an object"
        }
    }

    /// A number's or a boolean's text: what a field meant to be text most likely says.
    var scalarText: String? {
        switch self {
        case .string(let text), .number(let text): return text
        case .bool(let flag): return flag ? "true" : "false"
        default: return nil
        }
    }
}

/// The warnings of one reading, each placed where its value is written.
final class JSONWarnings {
    let map: JSONSourceMap
    private(set) var diagnostics: [Diagnostic] = []

    init(map: JSONSourceMap) { self.map = map }

    /// - Parameter key: place it at the member's key rather than its value.
    func warn(_ message: String, at path: [JSONPathComponent], key: Bool = false) {
        let (line, column) = map.position(of: path, key: key)
        diagnostics.append(Diagnostic(.warning, line: line, column: column, message))
    }

    /// `work[2].startDate`: how a warning names a value.
    static func name(_ path: [JSONPathComponent]) -> String {
        var text = ""
        for component in path {
            switch component {
            case .key(let key): text += text.isEmpty ? key : "." + key
            case .index(let index): text += "[\(index)]"
            }
        }
        return "`" + (text.isEmpty ? "(the document)" : text) + "`"
    }
}

/// What an object of the schema may hold: its keys, the keys the schema had before
/// 1.0 under other names, and the key a bare text stands for (`"skills": ["Go"]`
/// means `{"name": "Go"}`).
struct JSONShape {
    var keys: Set<String>
    var renamed: [String: String] = [:]
    var primary: String
}

/// A date field as written: `endDate` absent means ongoing, so absence is kept apart
/// from a date nobody can read.
enum JSONDate: Equatable {
    case absent
    case date(CalendarDate, written: String)
    /// "Present", "now": what people write for JSON Resume's absent `endDate`.
    case ongoing(written: String)
    case unreadable(written: String)

    var written: String? {
        switch self {
        case .absent: return nil
        case .date(_, let text), .ongoing(let text), .unreadable(let text): return text
        }
    }
}

/// One object of the document, read the forgiving way: a value of the wrong type is a
/// warning and, where it means something all the same (a number for a phone, one text
/// for a list of texts), it is still read.
struct JSONFields {
    let path: [JSONPathComponent]
    private var members: [String: JSONValue]
    /// Where each member is written: a member read under its 1.0 name keeps the old key.
    private var keyPaths: [String: [JSONPathComponent]] = [:]
    private let warnings: JSONWarnings

    /// Reads `value` as an object of `shape`, warning about keys the schema doesn't have;
    /// nil, with a warning, when it isn't an object.
    init?(_ value: JSONValue, at path: [JSONPathComponent], shape: JSONShape, warnings: JSONWarnings) {
        self.path = path
        self.warnings = warnings
        switch value {
        case .object(let members):
            self.members = [:]
            // The schema's own keys first, so that an old name never hides a new one.
            let sorted = members.sorted { $0.key < $1.key }
            for (key, member) in sorted where shape.keys.contains(key) {
                self.members[key] = member
                keyPaths[key] = path + [.key(key)]
            }
            for (key, member) in sorted where !shape.keys.contains(key) {
                adopt(key, member, shape: shape)
            }
        case .string, .number, .bool:
            // A bare text where an object belongs names it: `"skills": ["Go", "Rust"]`.
            warnings.warn("\(JSONWarnings.name(path)) should be an object ({…}), but it is \(value.kindName); it is read as its `\(shape.primary)`", at: path)
            members = [shape.primary: value]
            keyPaths[shape.primary] = path
        case .null:
            return nil
        case .array:
            warnings.warn("\(JSONWarnings.name(path)) should be an object ({…}), but it is a list; it is not shown", at: path)
            return nil
        }
    }

    /// A key the schema doesn't have: an old name is read under its new one, anything
    /// else is a warning.
    private mutating func adopt(_ key: String, _ value: JSONValue, shape: JSONShape) {
        let keyPath = path + [.key(key)]
        if let new = shape.renamed[key] {
            let written = "\(JSONWarnings.name(keyPath)) is the name JSON Resume used before version 1.0"
            if members[new] == nil || members[new] == .null {
                members[new] = value
                keyPaths[new] = keyPath
                warnings.warn("\(written); it is read as `\(new)`", at: keyPath, key: true)
            } else {
                warnings.warn("\(written), and `\(new)` is written too; only `\(new)` is shown", at: keyPath, key: true)
            }
        } else {
            let hint = JSONFields.suggestion(for: key, among: shape.keys).map { " (did you mean `\($0)`?)" } ?? ""
            warnings.warn("\(JSONWarnings.name(keyPath)) is not a JSON Resume field, so it is not shown\(hint)", at: keyPath, key: true)
        }
    }

    /// A known key that differs only in case or a final "s": the usual slips.
    static func suggestion(for key: String, among known: Set<String>) -> String? {
        let lower = key.lowercased()
        return known.sorted().first { candidate in
            let other = candidate.lowercased()
            return other == lower || other == lower + "s" || other + "s" == lower
        }
    }

    private func place(_ key: String) -> [JSONPathComponent] { keyPaths[key] ?? path + [.key(key)] }

    /// Whether nothing at all is written in the object (`{}`): an entry of nothing.
    var isEmpty: Bool { members.values.allSatisfy { $0 == .null } }

    // MARK: - Values

    /// A text field; an empty text is none. A number or `true` is read as its text.
    func string(_ key: String) -> String? {
        guard let value = members[key] else { return nil }
        let place = place(key)
        let name = JSONWarnings.name(place)
        switch value {
        case .null:
            return nil
        case .string(let text):
            return text.isEmpty ? nil : text
        case .number, .bool:
            let text = value.scalarText ?? ""
            warnings.warn("\(name) should be text (in quotes), but it is \(value.kindName); it is read as \"\(text)\"", at: place)
            return text
        case .array(let items):
            let texts = items.compactMap(\.scalarText)
            guard texts.count == items.count else {
                warnings.warn("\(name) should be text, but it is a list; it is not shown", at: place)
                return nil
            }
            warnings.warn("\(name) should be text, but it is a list; its items are read as lines", at: place)
            let joined = texts.joined(separator: "\n")
            return joined.isEmpty ? nil : joined
        case .object:
            warnings.warn("\(name) should be text, but it is an object; it is not shown", at: place)
            return nil
        }
    }

    /// A list of texts (`highlights`, `keywords`); empty texts are skipped. One text
    /// alone is read as a list of one.
    func strings(_ key: String) -> [String] {
        guard let value = members[key] else { return [] }
        let place = place(key)
        let name = JSONWarnings.name(place)
        switch value {
        case .null:
            return []
        case .string, .number, .bool:
            warnings.warn("\(name) should be a list of texts ([\"…\"]), but it is \(value.kindName); it is read as a list of one", at: place)
            return [value.scalarText ?? ""].filter { !$0.isEmpty }
        case .object:
            warnings.warn("\(name) should be a list of texts ([\"…\"]), but it is an object; it is not shown", at: place)
            return []
        case .array(let items):
            return items.enumerated().compactMap { index, item -> String? in
                let itemPlace = place + [.index(index)]
                switch item {
                case .string(let text):
                    return text.isEmpty ? nil : text
                case .number, .bool:
                    let text = item.scalarText ?? ""
                    warnings.warn("\(JSONWarnings.name(itemPlace)) should be text (in quotes), but it is \(item.kindName); it is read as \"\(text)\"", at: itemPlace)
                    return text
                case .null:
                    return nil
                case .array, .object:
                    warnings.warn("\(JSONWarnings.name(itemPlace)) should be text, but it is \(item.kindName); it is not shown", at: itemPlace)
                    return nil
                }
            }
        }
    }

    /// An object field (`basics`, `location`).
    func object(_ key: String, shape: JSONShape) -> JSONFields? {
        guard let value = members[key] else { return nil }
        switch value {
        case .object:
            return JSONFields(value, at: place(key), shape: shape, warnings: warnings)
        case .null:
            return nil
        default:
            // A text is no `location` or `basics`: reading it as one of their fields would guess.
            warnings.warn("\(JSONWarnings.name(place(key))) should be an object ({…}), but it is \(value.kindName); it is not shown", at: place(key))
            return nil
        }
    }

    /// A list of objects (`work`, `profiles`); one object alone is read as a list of one,
    /// and `{}` is skipped.
    func objects(_ key: String, shape: JSONShape) -> [JSONFields] {
        guard let value = members[key] else { return [] }
        let place = place(key)
        switch value {
        case .null:
            return []
        case .array(let items):
            return items.enumerated().compactMap { index, item in
                JSONFields(item, at: place + [.index(index)], shape: shape, warnings: warnings).flatMap { $0.isEmpty ? nil : $0 }
            }
        case .object, .string, .number, .bool:
            warnings.warn("\(JSONWarnings.name(place)) should be a list ([…]), but it is \(value.kindName); it is read as a list of one", at: place)
            return [JSONFields(value, at: place, shape: shape, warnings: warnings)].compactMap { $0.flatMap { $0.isEmpty ? nil : $0 } }
        }
    }

    /// A date field: ISO 8601 as the schema wants it, or a near miss read with a warning.
    func date(_ key: String) -> JSONDate {
        guard let raw = string(key) else { return .absent }
        let text = JSONFields.trimmed(raw)
        if let date = CalendarDate(iso8601: text) { return .date(date, written: raw) }
        if let reading = ISODateReading(text) {
            warnings.warn("\(JSONWarnings.name(place(key))) \"\(raw)\" is read as \(reading.date.iso8601); JSON Resume writes dates as 2019-09-02, 2019-09 or 2019", at: place(key))
            return .date(reading.date, written: raw)
        }
        if ["present", "now", "current", "ongoing", "today"].contains(text.lowercased()) { return .ongoing(written: raw) }
        return .unreadable(written: raw)
    }

    /// Warns that a date field can't be read, and says what becomes of it.
    func warnUnreadable(_ key: String, _ written: String, _ outcome: String) {
        warnings.warn("\(JSONWarnings.name(place(key))) \"\(written)\" is not a date JSON Resume knows (it writes 2019-09-02, 2019-09 or 2019); \(outcome)", at: place(key))
    }

    /// Without the white space around it: `" 2019-09 "` is still a date.
    private static func trimmed(_ text: String) -> String {
        guard let first = text.firstIndex(where: { !$0.isWhitespace }),
              let last = text.lastIndex(where: { !$0.isWhitespace }) else { return "" }
        return String(text[first...last])
    }

    /// Warns about the object as a whole: `work[2]` followed by `message`.
    func warn(_ message: String) {
        warnings.warn("\(JSONWarnings.name(path)) \(message)", at: path)
    }

    func warnOngoing(_ key: String, _ written: String) {
        warnings.warn("\(JSONWarnings.name(place(key))) \"\(written)\" is read as ongoing; JSON Resume leaves `\(key)` out for that", at: place(key))
    }
}

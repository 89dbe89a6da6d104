import Yams

/// YAML front matter: `---` on the first line, fields, then `---` (or `...`), as Jekyll,
/// Hugo and most résumé themes write it. Read with Yams; never shown as text.
///
/// Fields read: `name`, `title`/`label`, `email`, `phone`, `url`/`website`/`homepage`,
/// `location` (text, or a map of JSON Resume's `city`/`region`/`countryCode`/…), `lang`
/// (or `language`/`locale`), and profiles `github`, `gitlab`, `linkedin`, `twitter`/`x`,
/// `blog` (a user name becomes the profile's address). The rest is ignored: themes put
/// their own settings there (`layout`, `permalink`).
struct FrontMatter {
    struct Field {
        var value: String
        var line: Int
    }
    var name: Field?
    var label: Field?
    var language: Field?
    var location: Location?
    var contacts: [Contact] = []
    /// The first and last line it occupies (the `---` lines included).
    var lines: ClosedRange<Int>
    var diagnostics: [Diagnostic] = []

    /// Splits `text` into its front matter, if it has one, and the Markdown after it.
    /// The front matter's lines are blanked, not removed, so cmark's line numbers stay
    /// the file's line numbers.
    static func split(_ text: String) -> (frontMatter: FrontMatter?, body: String) {
        let lines = Self.lines(text)
        guard let first = lines.first, let opener = Fence(first), opener != .yamlEnd else { return (nil, text) }
        guard let closing = lines.indices.dropFirst().first(where: { Fence(lines[$0]).map(opener.isClosed(by:)) ?? false }) else {
            return (nil, text)
        }
        let inside = lines[1..<closing]
        var frontMatter = FrontMatter(lines: 1...(closing + 1))
        if opener == .toml {
            frontMatter.diagnostics.append(Diagnostic(.warning, line: 1, column: 1,
                "TOML front matter (between +++ lines) is not read; it is hidden. Use YAML between --- lines for name, title, email and the like"))
        } else {
            switch frontMatter.read(yaml: inside.joined(), lineCount: inside.count) {
            case .fields: break
            // Two thematic breaks (`---`) around ordinary Markdown (a line of text, a list):
            // a résumé, not settings.
            case .notFields: return (nil, text)
            case .invalid: if !Self.looksLikeFields(inside) { return (nil, text) }
            }
        }
        // Blank lines keep their line ends, so every later line keeps its number.
        let blanked = lines[0...closing].map { line in String(line.unicodeScalars.filter { $0 == "\n" || $0 == "\r" }) }
        return (frontMatter, (blanked + lines[(closing + 1)...].map(String.init)).joined())
    }

    /// The lines of `text`, each with its line end: LF, CRLF and a lone CR each end a
    /// line, as in cmark. (Splitting at the `Character` "\n" would miss CRLF, which Swift
    /// counts as one character of its own.)
    private static func lines(_ text: String) -> [Substring] {
        var lines: [Substring] = []
        let scalars = text.unicodeScalars
        var start = scalars.startIndex
        var index = start
        while index < scalars.endIndex {
            let scalar = scalars[index]
            index = scalars.index(after: index)
            guard scalar == "\n" || scalar == "\r" else { continue }
            if scalar == "\r", index < scalars.endIndex, scalars[index] == "\n" { index = scalars.index(after: index) }
            lines.append(Substring(scalars[start..<index]))
            start = index
        }
        lines.append(Substring(scalars[start..<scalars.endIndex]))
        return lines
    }

    private enum Fence: Equatable {
        case yaml, yamlEnd, toml
        init?(_ line: Substring) {
            var trimmed = line
            while let last = trimmed.last, last == " " || last == "\t" || last == "\r" || last == "\n" || last == "\r\n" {
                trimmed.removeLast()
            }
            switch trimmed {
            case "---": self = .yaml
            case "...": self = .yamlEnd
            case "+++": self = .toml
            default: return nil
            }
        }
        func isClosed(by other: Fence) -> Bool {
            self == .toml ? other == .toml : (other == .yaml || other == .yamlEnd)
        }
    }

    /// Whether every line is blank, a comment, indented, a list item or `key:` something:
    /// front matter with a YAML mistake in it, rather than Markdown between two rules.
    private static func looksLikeFields(_ lines: ArraySlice<Substring>) -> Bool {
        lines.allSatisfy { line in
            let trimmed = line.trimmingSpaces()
            if trimmed.isEmpty || trimmed.hasPrefix("#") || line.first == " " || trimmed.hasPrefix("- ") { return true }
            guard let colon = trimmed.firstIndex(of: ":") else { return false }
            return !trimmed[..<colon].isEmpty && trimmed[..<colon].allSatisfy { $0.isLetter || $0.isNumber || $0 == "_" || $0 == "-" }
        }
    }

    // MARK: - Fields

    private enum Reading { case fields, notFields, invalid }

    /// Reads the fields of `yaml` (the `lineCount` lines between the fences): whether it
    /// is a mapping of fields (or nothing), valid YAML that is not (a line of text, a
    /// list), or not YAML at all.
    private mutating func read(yaml: String, lineCount: Int) -> Reading {
        let root: Node?
        do {
            root = try Yams.compose(yaml: yaml)
        } catch {
            // Yams counts from 1 at the line after the opening `---`. A mistake found only at
            // the end (an unclosed `[`) is where the construct it leaves open started.
            let yamlLine = max(1, min(Self.line(of: error, in: yaml) ?? 1, lineCount))
            diagnostics.append(Diagnostic(.warning, line: yamlLine + 1, column: 1,
                "the front matter is not valid YAML, so its fields are not read (it is still hidden): \(Self.problem(of: error))"))
            return .invalid
        }
        guard let root else { return .fields }
        guard case .mapping(let mapping) = root else { return .notFields }
        for (keyNode, valueNode) in mapping {
            guard let key = keyNode.string?.lowercased() else { continue }
            // Yams counts from the line after the opening `---`.
            let line = (valueNode.mark?.line ?? 0) + 1
            if key == "location" {
                location = Self.location(valueNode)
                continue
            }
            guard let value = Self.text(valueNode), !value.isEmpty else { continue }
            let field = Field(value: value, line: line)
            switch key {
            case "name": name = field
            case "title", "label", "headline", "role", "position": label = label ?? field
            case "lang", "language", "locale": language = field
            case "email", "e-mail", "mail": contacts.append(Contact(kind: .email, label: "Email", value: value))
            case "phone", "tel", "mobile": contacts.append(Contact(kind: .phone, label: "Phone", value: value))
            case "url", "website", "homepage", "site": contacts.append(Contact(kind: .website, label: "Website", value: value))
            default:
                if let profile = Self.profile(key: key, value: value) { contacts.append(profile) }
            }
        }
        return .fields
    }

    private static let profiles: [String: (label: String, prefix: String)] = [
        "github": ("GitHub", "https://github.com/"),
        "gitlab": ("GitLab", "https://gitlab.com/"),
        "linkedin": ("LinkedIn", "https://www.linkedin.com/in/"),
        "twitter": ("Twitter", "https://twitter.com/"),
        "x": ("X", "https://x.com/"),
        "blog": ("Blog", ""),
    ]

    private static func profile(key: String, value: String) -> Contact? {
        guard let known = profiles[key] else { return nil }
        let isAddress = value.lowercased().hasPrefix("http://") || value.lowercased().hasPrefix("https://")
        if isAddress || known.prefix.isEmpty {
            return Contact(kind: .link, label: known.label, value: value)
        }
        let user = value.hasPrefix("@") ? String(value.dropFirst()) : value
        return Contact(kind: .link, label: known.label, value: known.prefix + user, username: user)
    }

    /// A scalar's text (a number or a date is read as written); nil for a list or a map.
    private static func text(_ node: Node) -> String? {
        guard case .scalar(let scalar) = node else { return nil }
        return scalar.string.trimmingSpaces()
    }

    private static func location(_ node: Node) -> Location? {
        if let text = text(node) { return text.isEmpty ? nil : Location(city: text) }
        guard case .mapping(let mapping) = node else { return nil }
        var location = Location()
        for (key, value) in mapping {
            guard let key = key.string, let value = text(value), !value.isEmpty else { continue }
            switch key {
            case "address": location.address = value
            case "postalCode": location.postalCode = value
            case "city": location.city = value
            case "countryCode", "country": location.countryCode = value
            case "region": location.region = value
            default: break
            }
        }
        return location == Location() ? nil : location
    }

    /// The line (1 = the first line inside the fences) the mistake is on.
    private static func line(of error: Error, in yaml: String) -> Int? {
        switch error as? YamlError {
        case .scanner(let context, _, let mark, let yaml), .parser(let context, _, let mark, let yaml),
             .composer(let context, _, let mark, let yaml):
            let lastLine = yaml.split(omittingEmptySubsequences: false) { $0 == "\n" || $0 == "\r\n" || $0 == "\r" }.count
            if mark.line >= lastLine, let context { return context.mark.line }
            return mark.line
        case .duplicatedKeysInMapping(let duplicates, let context):
            return duplicates.first.flatMap { secondLine(of: $0, in: yaml) } ?? context.mark.line
        default: return nil
        }
    }

    /// The line (from 1) where `key:` starts a line for the second time.
    private static func secondLine(of key: String, in yaml: String) -> Int? {
        let lines = yaml.split(omittingEmptySubsequences: false) { $0 == "\n" || $0 == "\r\n" || $0 == "\r" }
        let found = lines.indices.filter { lines[$0].hasPrefix(key) && lines[$0].dropFirst(key.count).trimmingSpaces().hasPrefix(":") }
        return found.count > 1 ? found[1] + 1 : nil
    }

    private static func problem(of error: Error) -> String {
        switch error as? YamlError {
        case .scanner(let context, let problem, let mark, _), .parser(let context, let problem, let mark, _),
             .composer(let context, let problem, let mark, _):
            // "did not find expected ',' or ']'" is found where the `[` it means is not.
            guard let context, context.mark.line < mark.line else { return problem }
            return "\(problem) (\(context.text) that starts on line \(context.mark.line + 1))"
        case .duplicatedKeysInMapping(let duplicates, _):
            return duplicates.map { "\"\($0)\" is given more than once" }.joined(separator: ", ")
        default: return "\(error)"
        }
    }
}

import ResumeModel

/// What a span of text is, so a theme can decide how it looks.
public enum Role: String, Equatable, Hashable, Sendable, CaseIterable {
    case plain
    case name          // the person's name on the About page
    case headline      // the one-line introduction
    case heading       // a section title
    case organization  // a job's organization, a talk's event, a skill group's title
    case subheading    // a #### group title
    case period        // dates and tenure
    case bullet        // the bullet marker itself
    case label         // "Email", "Phone"
    case link          // URLs, emails
    case emphasis      // **strong** / *emphasis* in the source
    case code          // `code`
    case dim           // secondary text: role of a talk, separators
    case highlight     // a figure worth noticing (1000+ nodes, 150 → 7000 req/s)
    case match         // a search match
    case currentMatch  // the search match the cursor is on
}

/// A run of text with one role. `width` is its width in terminal cells.
public struct Span: Equatable, Hashable, Sendable {
    public var text: String
    public var role: Role
    public var width: Int
    public init(_ text: String, _ role: Role = .plain) {
        self.text = text
        self.role = role
        self.width = CellWidth.of(text)
    }
}

/// One screen line: spans laid left to right. Its width never exceeds the layout width.
public struct StyledLine: Equatable, Hashable, Sendable {
    public var spans: [Span]
    public init(_ spans: [Span] = []) { self.spans = spans }
    public var text: String { spans.map(\.text).joined() }
    public var width: Int { spans.reduce(0) { $0 + $1.width } }
}

extension Span {
    /// A span whose width is already known (the layout measures every piece once).
    init(_ text: String, _ role: Role, width: Int) {
        self.text = text
        self.role = role
        self.width = width
    }
}

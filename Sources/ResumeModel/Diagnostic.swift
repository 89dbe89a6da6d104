/// A problem found in a résumé file, with where it is and a plain sentence saying what is wrong.
public struct Diagnostic: Equatable, Sendable, CustomStringConvertible {
    public enum Severity: String, Equatable, Sendable { case warning, error }
    public var severity: Severity
    /// 1-based line number in the file.
    public var line: Int
    /// 1-based column, counted in characters (grapheme clusters) of the line.
    public var column: Int
    public var message: String
    public init(_ severity: Severity, line: Int, column: Int = 1, _ message: String) {
        self.severity = severity
        self.line = line
        self.column = column
        self.message = message
    }
    /// `42:7: error: …`; prefix it with the file name to get the usual `resume.md:42:7: …`.
    public var description: String { "\(line):\(column): \(severity.rawValue): \(message)" }
}

/// What parsing gives: a résumé (absent only when the file can't be read at all, such as
/// malformed JSON), every diagnostic, and what was understood of the file's structure.
public struct ParseResult: Sendable {
    public var resume: Resume?
    public var diagnostics: [Diagnostic]
    public var outline: Outline
    public var errors: [Diagnostic] { diagnostics.filter { $0.severity == .error } }
    public var warnings: [Diagnostic] { diagnostics.filter { $0.severity == .warning } }
    public init(resume: Resume?, diagnostics: [Diagnostic], outline: Outline = Outline()) {
        self.resume = resume
        self.diagnostics = diagnostics
        self.outline = outline
    }
}

/// The exact program, arguments and environment a session's child runs with.
///
/// Built only from the server's configuration and the routed `SessionCommand`:
/// nothing the client sent reaches the child except the sanitized TERM.
public struct ChildInvocation: Equatable, Sendable {
    public var executable: String
    public var arguments: [String]
    public var environment: [String]
    /// Whether the child runs on a pty (true) or on pipes (false).
    public var usesTerminal: Bool

    /// Plain text width when there is no terminal to measure.
    public static let plainWidth = 80

    /// How long the screen waits for the visitor's terminal to answer its start-up
    /// questions, in ms: a slow intercontinental round trip, since a terminal that
    /// answers at all ends the wait as soon as its answers arrive.
    public static let answerWait = 1500

    /// Returns nil for commands the server answers itself (`help`, unknown).
    /// `language` is one of the language words `SessionCommand` knows, or nil for the
    /// résumé's first language.
    public init?(command: SessionCommand, terminal: String?, language: String? = nil, executable: String, resumeFile: String?) {
        var arguments: [String]
        switch command {
        case .show(let page):
            if terminal != nil {
                arguments = ["show", "--answer-wait", String(Self.answerWait)]
                if let page { arguments += ["--page", page] }
            } else {
                arguments = ["show", "--plain", "--width", String(Self.plainWidth)]
            }
        case .plain:
            arguments = ["show", "--plain", "--width", String(Self.plainWidth)]
        case .export(let format):
            arguments = ["export", "--format", format]
        case .tour:
            // Without a pty the child itself says that the tour needs a terminal.
            arguments = ["tour", "--answer-wait", String(Self.answerWait)]
        case .help, .unknown:
            return nil
        }
        if let language, SessionCommand.languages.contains(language) { arguments += ["--lang", language] }
        if let resumeFile { arguments += ["--file", resumeFile] }
        self.executable = executable
        self.arguments = arguments
        // With a pty every command runs on it: the client's terminal is in raw mode, and
        // the pty's line discipline turns \n into \r\n as a terminal expects.
        usesTerminal = terminal != nil
        // From scratch: the server's own environment may hold secrets, and the client's
        // env requests are never trusted.
        environment = [
            "TERM=\(terminal ?? "dumb")",
            "LANG=C.UTF-8",
            "PATH=/usr/local/bin:/usr/bin:/bin",
            "HOME=/",
        ]
    }
}

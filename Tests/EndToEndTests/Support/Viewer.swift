import Foundation

extension TmuxSession {
    /// `resume-tui --file FIXTURE ARGUMENTS` in a `width`x`height` terminal, returned once
    /// its first frame is whole: the footer of `page` at its top is the last row drawn.
    /// `after` is shell text run after the program (to look at the terminal it left).
    static func viewer(_ fixture: Fixture, arguments: String = "", page: String = "About", width: Int = 80, height: Int = 24,
                       term: String = "xterm-256color", environment: [String: String] = [:], after: String = "",
                       file: StaticString = #filePath, line: UInt = #line) throws -> TmuxSession {
        let command = quote(Binary.url.path) + " " + fixture.fileArgument + " " + arguments + after
        let session = try TmuxSession(command, width: width, height: height, term: term, environment: environment)
        try session.waitForFooter("\(page) at its top", file: file, line: line) { $0.shows(page, from: 1) }
        return session
    }
}

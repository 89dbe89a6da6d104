import ArgumentParser
import Glibc
import ResumeLayout
import ResumeModel
import TerminalUI

/// The default: the interactive résumé on a terminal, plain text otherwise.
struct Show: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "show",
        abstract: "Show the résumé (the default): interactive on a terminal, plain text in a pipe."
    )

    @Option(help: "Read this résumé instead of the built-in one.") var file: String?
    @Flag(help: "Print plain text even on a terminal.") var plain = false
    @Option(help: "Width of plain text, in terminal cells (1-10000).") var width: Int = 80
    @Option(help: "Open on this page: about, career, talks, skills, or its number.") var page: String?
    @Option(help: "Colors: dark, light or mono.") var theme: String = "dark"

    func validate() throws {
        guard (1...10_000).contains(width) else { throw ValidationError("--width must be between 1 and 10000") }
        guard Theme.named(theme) != nil else { throw ValidationError("--theme must be dark, light or mono") }
    }

    func run() throws {
        try reportingFailures {
            let resume = try ResumeSource.load(file: file).parse()
            let startPage = try pageIndex(page, in: resume)
            if plain || isatty(STDOUT_FILENO) == 0 {
                writeOut(plainText(resume, page: startPage, width: width))
                return
            }
            try runInteractive(resume, UIOptions(page: startPage ?? 0, theme: Theme.named(theme) ?? .dark,
                                                 today: today(), environment: environment()))
        }
    }
}

/// The index of the page called `name` ("talks", "Career", "3"), or a usage error.
func pageIndex(_ name: String?, in resume: Resume) throws -> Int? {
    guard let name else { return nil }
    let pages = Layout.pages(of: resume)
    guard let index = Layout.pageIndex(named: name, in: pages) else {
        let names = pages.map { $0.tabName.lowercased() }.joined(separator: ", ")
        throw Failure("resume-tui: no page \"\(name)\"; the pages are: \(names)", status: 2)
    }
    return index
}

/// Plain text of the whole résumé, or of one page.
func plainText(_ resume: Resume, page: Int?, width: Int) -> String {
    guard let page else { return PlainText.render(resume, width: width, today: today()) }
    let lines = ResumeDocument(resume, today: today()).layout(page: page, width: width).lines
    return lines.map { $0.text + "\n" }.joined()
}

/// Runs the interactive résumé and exits with its status.
func runInteractive(_ resume: Resume, _ options: UIOptions) throws {
    let status: Int32
    do {
        status = try TerminalApp.run(resume: resume, options: options)
    } catch {
        throw Failure(error.description, status: 1)
    }
    if status != 0 { throw ExitCode(status) }
}

/// Writes all of `text` to standard output. A closed pipe (`resume-tui | head`) ends quietly.
func writeOut(_ text: String) {
    signal(SIGPIPE, SIG_IGN)
    var text = text
    text.withUTF8 { buffer in
        var offset = 0
        while offset < buffer.count {
            let n = write(STDOUT_FILENO, buffer.baseAddress! + offset, buffer.count - offset)
            if n < 0 && errno == EINTR { continue }
            if n <= 0 { return }
            offset += n
        }
    }
}

/// The process environment as a dictionary.
func environment() -> [String: String] {
    var result: [String: String] = [:]
    var pointer = environ
    while let entry = pointer.pointee {
        let pair = String(cString: entry)
        if let equals = pair.firstIndex(of: "=") {
            result[String(pair[..<equals])] = String(pair[pair.index(after: equals)...])
        }
        pointer += 1
    }
    return result
}

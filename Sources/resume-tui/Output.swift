import ArgumentParser
import Glibc
import ResumeLayout
import ResumeModel
import TerminalUI

/// Writes all of `text` to standard output. A closed pipe (`resume-tui | head`) ends quietly.
func writeOut(_ text: String) {
    signal(SIGPIPE, SIG_IGN)
    var text = text
    text.withUTF8 { buffer in
        guard let base = buffer.baseAddress else { return }
        var offset = 0
        while offset < buffer.count {
            let n = write(STDOUT_FILENO, base + offset, buffer.count - offset)
            if n < 0 && errno == EINTR { continue }
            if n <= 0 { return }
            offset += n
        }
    }
}

/// Plain text of the whole résumé, or of one page.
func plainText(_ resume: Resume, page: Int?, width: Int) -> String {
    guard let page else { return PlainText.render(resume, width: width, today: today()) }
    let lines = ResumeDocument(resume, today: today()).layout(page: page, width: width).lines
    return lines.map { $0.text + "\n" }.joined()
}

/// The index of the page `choice` names, or a usage error listing the pages there are.
func pageIndex(_ choice: PageChoice?, in resume: Resume) throws -> Int? {
    guard let choice else { return nil }
    let pages = Layout.pages(of: resume)
    guard let index = Layout.pageIndex(named: choice.name, in: pages) else {
        let names = pages.map { $0.tabName.lowercased() }.joined(separator: ", ")
        throw Failure("resume-tui: no page \"\(choice.name)\"; the pages are: \(names)", status: 2)
    }
    return index
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

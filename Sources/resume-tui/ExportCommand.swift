import ArgumentParser
import Foundation
import ResumeLayout
import ResumeModel

/// `resume-tui export --format json|markdown|plain`.
struct Export: ParsableCommand {
    enum Format: String, ExpressibleByArgument, CaseIterable {
        case json, markdown, plain, html
    }

    static let configuration = CommandConfiguration(
        abstract: "Print the résumé as json (JSON Resume v1.0.0), markdown, plain text or html (one self-contained page)."
    )
    @Option(help: "json, markdown, plain or html.") var format: Format
    @Option(help: "Read this résumé instead of the built-in one.") var file: String?
    @Option(help: "Width of plain text, in terminal cells (1-10000).") var width: Int = 80

    func validate() throws {
        guard (1...10_000).contains(width) else { throw ValidationError("--width must be between 1 and 10000") }
    }

    func run() throws {
        try reportingFailures {
            let resume = try ResumeSource.load(file: file).parse()
            switch format {
            case .json:
                let encoder = JSONEncoder()
                encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
                let data = try encoder.encode(JSONResume(resume))
                writeOut(String(decoding: data, as: UTF8.self) + "\n")
            case .markdown:
                writeOut(MarkdownWriter.write(resume))
            case .html:
                writeOut(HTMLWriter.write(resume, today: today()))
            case .plain:
                writeOut(PlainText.render(resume, width: width, today: today()))
            }
        }
    }
}

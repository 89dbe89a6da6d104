import ArgumentParser
import ResumeLayout
import ResumeModel

/// `resume-tui check`: every diagnostic with its line and column; non-zero on errors.
struct Check: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Check resume.md and print what is wrong, with line numbers.",
        discussion: "Exits 1 when there are errors; warnings alone exit 0."
    )
    @Option(help: "The file to check (default: the built-in résumé).") var file: String?

    func run() throws {
        try reportingFailures {
            let source = try ResumeSource.load(file: file)
            let result = ResumeParser.parse(source.bytes)
            // Messages quote the owner's text; quoted escapes must show, not act (InertText).
            var output = result.diagnostics.map { InertText.make("\(source.displayName):\($0)") + "\n" }.joined()
            let errors = result.errors.count, warnings = result.warnings.count
            output += "\(source.displayName): \(errors) error\(errors == 1 ? "" : "s"), \(warnings) warning\(warnings == 1 ? "" : "s")\n"
            writeOut(output)
            if errors > 0 || result.resume == nil { throw ExitCode(1) }
        }
    }
}

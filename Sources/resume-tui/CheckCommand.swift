import ArgumentParser
import ResumeLayout
import ResumeModel

/// `resume-tui check`: every diagnostic with its line and column, then what was
/// understood of the file; non-zero only when the file can't be read at all.
struct Check: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Check a résumé file: what is odd in it, with line numbers, and how it was read.",
        discussion: """
            Prints each warning as FILE:LINE:COLUMN, then the name (and where it came from), \
            the language, and each section with its kind, entries and periods. Warnings \
            never stop the résumé from showing; exits 1 only when the file can't be read.

            Translations beside the file (resume.en.md beside resume.md) are checked too, \
            and compared with it: the same sections, entries, groups and bullets, the same \
            periods and the same figures (300만 = 3M). Each difference is a warning at the \
            translation's line; --lang checks only the file in that language.
            """
    )
    @OptionGroup var source: SourceOptions
    @OptionGroup var language: LanguageOptions

    func run() throws {
        try reportingFailures {
            let files = try source.files()
            let source = files.main
            let result = source.read()
            // Messages quote the owner's text; quoted escapes must show, not act (InertText).
            var output = result.diagnostics.map { InertText.make("\(source.displayName):\($0)") + "\n" }.joined()
            output += Self.counts(source.displayName, errors: result.errors.count, warnings: result.warnings.count)
            if let resume = result.resume {
                output += Self.inert(CheckSummary.text(resume, outline: result.outline))
            }
            output += TranslationReport(files: files, original: result, only: language.language).text
            writeOut(output)
            if !result.errors.isEmpty || result.resume == nil { throw ExitCode(1) }
        }
    }

    /// `resume.md: 0 errors, 2 warnings`, and a line end.
    static func counts(_ name: String, errors: Int, warnings: Int, about: String = "") -> String {
        "\(name): \(about)\(errors) error\(errors == 1 ? "" : "s"), \(warnings) warning\(warnings == 1 ? "" : "s")\n"
    }

    /// Each line of `text` made inert (`InertText`), with its line end.
    static func inert(_ text: String) -> String {
        text.split(separator: "\n").map { InertText.make(String($0)) + "\n" }.joined()
    }
}

/// What `check` says it understood: the name and where it came from, the language, and
/// every section with its kind, entries and periods.
enum CheckSummary {
    static func text(_ resume: Resume, outline: Outline) -> String {
        var lines: [String] = []
        lines.append("name: " + (resume.name.isEmpty ? "none found; \(nameSource(outline.nameSource))"
                                                     : "\(resume.name) (from \(nameSource(outline.nameSource)))"))
        if let label = resume.label { lines.append("title: \(label)") }
        let language: String
        switch outline.languageSource {
        case .declared(let line): language = line.map { "set on line \($0)" } ?? "set in the file"
        case .fileName: language = "from the file's name"
        case .detected: language = "detected from the text"
        }
        lines.append("language: \(resume.language.englishName) (\(language))")
        lines.append("contacts: \(resume.contacts.count)" + (resume.location.map { ", location \($0.text)" } ?? ""))
        lines.append("sections:")
        let titleWidth = min(outline.sections.map { CellWidth.of($0.title) }.max() ?? 0, 40)
        for section in outline.sections {
            // A JSON Resume file has no headings; a Markdown section without one was made up
            // to hold entries that came before any section heading.
            let place = section.line.map { " (line \($0))" } ?? (outline.nameSource == .jsonBasics ? "" : " (no heading)")
            let padded = section.title + String(repeating: " ", count: max(0, titleWidth - CellWidth.of(section.title)))
            var detail = "\(section.kind.rawValue)"
            if section.entries > 0 {
                detail += ", \(section.entries) entr\(section.entries == 1 ? "y" : "ies")"
                if section.kind.hasDatedEntries { detail += ", \(section.periods) with a period" }
            }
            lines.append("  \(padded)  \(detail)\(place)")
        }
        return lines.joined(separator: "\n") + "\n"
    }

    private static func nameSource(_ source: Outline.NameSource) -> String {
        switch source {
        case .frontMatter(let line): return "front matter, line \(line)"
        case .heading(let line): return "the heading on line \(line)"
        case .line(let line): return "line \(line), under the document's title"
        case .contactLine(let line): return "the \"Name:\" line on line \(line)"
        case .jsonBasics: return "basics.name"
        case .missing: return "add a \"# Your Name\" heading or \"name:\" in front matter"
        }
    }
}

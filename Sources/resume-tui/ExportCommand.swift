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
    @OptionGroup var source: SourceOptions
    @OptionGroup var language: LanguageOptions
    @OptionGroup var width: WidthOptions

    func run() throws {
        try reportingFailures {
            let (resume, translations) = try source.files().chosen(language.language, environment: environment())
            switch format {
            case .json:
                let encoder = JSONEncoder()
                encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
                let data = try encoder.encode(JSONResume(resume))
                writeOut(escapingInvisibles(String(decoding: data, as: UTF8.self)) + "\n")
            case .markdown:
                // `ssh HOST markdown` writes this to a stranger's terminal: controls and
                // BiDi overrides become the symbols the UI shows (␛, ␇, �), never commands.
                let lines = MarkdownWriter.write(resume).split(separator: "\n", omittingEmptySubsequences: false)
                writeOut(lines.map { InertText.make(String($0)) }.joined(separator: "\n"))
            case .html:
                // Every language on one page, the chosen one shown first (HTMLWriter+Languages).
                writeOut(HTMLWriter.write([resume] + translations, today: today()))
            case .plain:
                writeOut(PlainText.render(resume, width: width.width, today: today()))
            }
        }
    }
}

/// JSON text with every scalar `InertText` would replace (DEL, C1 controls such as the
/// one-byte CSI U+009B, BiDi overrides) written as a `\u` escape. JSONEncoder escapes
/// only U+0000–001F; the rest would reach the terminal of `ssh HOST json` raw. Outside
/// strings JSON is ASCII, so this changes no value: a JSON reader gets the same text.
func escapingInvisibles(_ json: String) -> String {
    var out = String.UnicodeScalarView()
    for scalar in json.unicodeScalars {
        guard scalar.value >= 0x7F, InertText.make(String(scalar)) != String(scalar) else {
            out.append(scalar)
            continue
        }
        for unit in String(scalar).utf16 {
            let hex = String(unit, radix: 16)
            out.append(contentsOf: ("\\u" + String(repeating: "0", count: 4 - hex.count) + hex).unicodeScalars)
        }
    }
    return String(out)
}

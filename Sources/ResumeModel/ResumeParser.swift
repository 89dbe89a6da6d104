/// Reads a résumé file into a `Resume`, with diagnostics. It never traps, whatever the
/// bytes, and never refuses a file it can read: what it had to guess, skip or repair
/// is a warning with its line and column.
///
/// Two formats, told apart by their content:
/// - **JSON Resume** (a file that starts with `{`): see `JSONResumeReader`.
/// - **Markdown**, in any common style: CommonMark and GitHub Flavored Markdown, parsed
///   by cmark-gfm (tables, strikethrough, autolinks, task lists, footnotes); YAML front
///   matter read with Yams (see `FrontMatter`); raw HTML shown as the text it holds.
///   The résumé's structure (name, sections, entries, periods) is found as
///   `ResumeBuilder` describes, in English, Korean, Chinese and Japanese.
///
/// The language is front matter's `lang`, else detected from the text
/// (`Language.detect(in:)`); it decides how periods read ("현재" or "Present").
public enum ResumeParser {
    public static func parse(_ bytes: [UInt8]) -> ParseResult {
        if JSONResumeReader.looksLikeJSON(bytes) {
            let read = JSONResumeReader.read(bytes)
            guard var resume = read.resume else { return ParseResult(resume: nil, diagnostics: read.diagnostics) }
            resume.language = Language.detect(in: resume)
            var outline = Outline(nameSource: resume.name.isEmpty ? .missing : .jsonBasics)
            outline.sections = resume.sections.map { section in
                let periods = section.entries.filter { if case .job(let job) = $0 { return job.period != nil } else { return false } }.count
                return Outline.SectionSummary(title: section.title, kind: section.kind, line: nil, entries: section.entries.count, periods: periods)
            }
            return ParseResult(resume: resume, diagnostics: sorted(read.diagnostics), outline: outline)
        }
        return parseMarkdown(bytes)
    }

    public static func parse(_ text: String) -> ParseResult {
        parse(Array(text.utf8))
    }

    private static func parseMarkdown(_ bytes: [UInt8]) -> ParseResult {
        let source = SourceDecoder.decode(bytes)
        let (frontMatter, body) = FrontMatter.split(source.text)
        let map = SourceMap(body)
        let (pieces, unclosed) = CMarkDocument.parse(body) { document in
            (document.map { MarkdownPieces.pieces(of: $0, map: map) } ?? [], document.map(unclosedComment) ?? nil)
        }
        var builder = ResumeBuilder()
        var resume = builder.build(pieces, frontMatter: frontMatter)
        var diagnostics = source.diagnostics + (frontMatter?.diagnostics ?? []) + builder.diagnostics
        if let line = unclosed {
            diagnostics.append(Diagnostic(.warning, line: line, column: 1,
                "an HTML comment (<!--) starts here and is never closed with -->, so everything after it is hidden, as on GitHub"))
        }
        var outline = builder.outline
        if let field = frontMatter?.language {
            if let language = Language(code: field.value) {
                resume.language = language
                outline.languageSource = .declared(line: field.line)
            } else {
                diagnostics.append(Diagnostic(.warning, line: field.line, column: 1,
                    "the language \"\(field.value)\" is not one this program knows (ko, en, zh, ja); it is detected from the text instead"))
                resume.language = Language.detect(in: resume)
            }
        } else {
            resume.language = Language.detect(in: resume)
        }
        // A section made up to hold entries that came before any section heading.
        for index in resume.sections.indices where resume.sections[index].title.isEmpty {
            resume.sections[index].title = resume.language.careerTitle
            outline.sections[index].title = resume.language.careerTitle
        }
        return ParseResult(resume: resume, diagnostics: sorted(diagnostics), outline: outline)
    }

    /// The line of an HTML comment that runs to the end of the file: CommonMark hides all
    /// that follows it, which its author most likely didn't mean.
    private static func unclosedComment(_ document: CMarkNode) -> Int? {
        guard let last = document.children.last, last.kind == .htmlBlock else { return nil }
        let html = last.literal.drop { $0 == " " }
        return html.hasPrefix("<!--") && !html.contains("-->") ? last.startLine : nil
    }

    /// In file order; stable, so diagnostics at the same place keep the order they were found in.
    private static func sorted(_ diagnostics: [Diagnostic]) -> [Diagnostic] {
        diagnostics.enumerated().sorted {
            ($0.element.line, $0.element.column, $0.offset) < ($1.element.line, $1.element.column, $1.offset)
        }.map(\.element)
    }
}

extension Language {
    /// The title of a career section the file didn't name.
    var careerTitle: String {
        switch self {
        case .korean: return "경력"
        case .english: return "Experience"
        case .chinese: return "工作经历"
        case .japanese: return "職歴"
        }
    }
}

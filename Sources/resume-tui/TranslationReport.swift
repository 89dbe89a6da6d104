import ResumeLayout
import ResumeModel

/// What `check` says of the translations: for each, its own warnings, how it differs
/// from the original (`TranslationCheck`), and a line with its counts. A translation
/// never changes the exit status: the résumé shows whatever its translations hold.
/// With no translations it says nothing.
struct TranslationReport {
    let files: ResumeFiles
    let original: ParseResult
    /// `--lang`: report only the file in this language (the main one's language: none).
    let only: Language?

    var text: String {
        var output = files.unreadable.map { InertText.make($0) + "\n" }.joined()
        let mainLanguage = original.resume?.language
        var seen = mainLanguage.map { [$0: files.main.path] } ?? [:]
        // Translations sit beside the original, so its file's name is enough to find it.
        let originalName = String(files.main.path.split(separator: "/").last ?? "")
        let originalSide = TranslationCheck.Side(original, name: originalName)
        for translation in files.translations {
            let result = translation.read()
            let language = result.resume?.language ?? TranslationNames.language(ofPath: translation.path)
            if let only, language != only { continue }
            let name = translation.displayName
            var lines = result.diagnostics.map { "\(name):\($0)" }
            var warnings = result.warnings.count
            if let language, let other = seen[language] {
                lines.append("\(name): warning: it is in \(language.englishName), as \(other) is; only \(other) is shown")
                warnings += 1
            } else if let side = TranslationCheck.Side(result, name: translation.path), result.errors.isEmpty {
                if let language { seen[language] = translation.path }
                if let originalSide {
                    let differences = TranslationCheck.compare(side, with: originalSide)
                    lines += differences.map { "\(name):\($0)" }
                    warnings += differences.count
                }
            } else {
                lines.append("\(name): warning: this translation can't be shown; the résumé shows without it")
                warnings += 1
            }
            output += lines.map { InertText.make($0) + "\n" }.joined()
            let about = "\(language?.englishName ?? "a") translation of \(originalName): "
            output += Check.counts(name, errors: result.errors.count, warnings: warnings, about: about)
            if only != nil, let resume = result.resume {
                output += Check.inert(CheckSummary.text(resume, outline: result.outline))
            }
        }
        return output
    }
}

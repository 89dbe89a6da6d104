import Glibc
import ResumeContent
import ResumeModel
import ResumeViewer

/// A résumé and its translations, as found: the file given (or the built-in resume.md)
/// first, then the files beside it named as `TranslationNames` says, in its order.
///
/// A translation never stops the résumé: one that can't be read, or that holds a
/// language already present, is left out, and `check` says why. A fork with one
/// language has no translations and everything works as it did.
struct ResumeFiles {
    let main: ResumeSource
    /// The translations that could be read, in the order they are offered.
    let translations: [ResumeSource]
    /// Translations that exist but could not be read, as messages (`resume.en.md: …`).
    let unreadable: [String]

    static func load(file: String?) throws -> ResumeFiles {
        let main = try ResumeSource.load(file: file)
        guard let file else { return builtIn(main) }
        var translations: [ResumeSource] = []
        var unreadable: [String] = []
        for candidate in TranslationNames.candidates(for: file) {
            for path in candidate.paths {
                do {
                    translations.append(ResumeSource(bytes: try readFile(path), displayName: path))
                    break
                } catch where error.errno == ENOENT || error.errno == ENOTDIR {
                    continue
                } catch {
                    unreadable.append("\(path): warning: the translation can't be read: \(String(cString: strerror(error.errno)))")
                    break
                }
            }
        }
        return ResumeFiles(main: main, translations: translations, unreadable: unreadable)
    }

    /// The built-in resume.md and the translations built in beside it, in the order of
    /// `Language.allCases`, as files beside a `--file` are.
    private static func builtIn(_ main: ResumeSource) -> ResumeFiles {
        let translations = Language.allCases.compactMap { language in
            ResumeContent.translations.first { $0.code == language.rawValue }.map { embedded in
                ResumeSource(bytes: embedded.bytes, displayName: "resume.\(embedded.code).md (built in)",
                             path: "resume.\(embedded.code).md", parsedAtBuild: embedded.parsed)
            }
        }
        return ResumeFiles(main: main, translations: translations, unreadable: [])
    }

    /// Every résumé that shows, one per language, the main one first. The main one's
    /// errors stop the command as they always have; a translation that doesn't show
    /// is left out without a word (`check` has the details).
    func resumes() throws -> [Resume] {
        var resumes = [try main.parse()]
        for translation in translations {
            guard let resume = try? translation.parse(), !resumes.contains(where: { $0.language == resume.language }) else { continue }
            resumes.append(resume)
        }
        return resumes
    }

    /// Like `chosen`, but the translations not shown are read only when the viewer's
    /// language key first needs them: a start reads one file, not every language.
    ///
    /// A translation's language is known unread when its name says it (`resume.en.md`)
    /// and no front matter could say otherwise; any other is read now, as `chosen` does.
    /// When the one chosen doesn't show after all, the choice is made again as `chosen`
    /// makes it, so what is shown never differs.
    func chosenReadingLater(_ language: Language?, environment: [String: String]) throws -> (shown: Resume, others: [Document.Translation]) {
        let main = try main.parse()
        var editions = [Document.Translation(language: main.language) { main }]
        for translation in translations {
            if let declared = translation.languageByName {
                guard !editions.contains(where: { $0.language == declared }) else { continue }
                editions.append(Document.Translation(language: declared) { try? translation.parse() })
            } else {
                guard let resume = try? translation.parse(), !editions.contains(where: { $0.language == resume.language }) else { continue }
                editions.append(Document.Translation(language: resume.language) { resume })
            }
        }
        let index = LanguageChoice.choose(explicit: language, environment: environment, available: editions.map(\.language))
        let order = LanguageChoice.rotation(count: editions.count, startingAt: index).map { editions[$0] }
        guard let shown = order[0].read() else {
            let (shown, others) = try chosen(language, environment: environment)
            return (shown, others.map { other in Document.Translation(language: other.language) { other } })
        }
        return (shown, Array(order.dropFirst()))
    }

    /// The résumé to show, chosen as `LanguageChoice` says, and the others in the order
    /// the viewer's language key cycles through them.
    func chosen(_ language: Language?, environment: [String: String]) throws -> (shown: Resume, others: [Resume]) {
        let resumes = try resumes()
        let index = LanguageChoice.choose(explicit: language, environment: environment, available: resumes.map(\.language))
        let order = LanguageChoice.rotation(count: resumes.count, startingAt: index).map { resumes[$0] }
        return (order[0], Array(order.dropFirst()))
    }
}

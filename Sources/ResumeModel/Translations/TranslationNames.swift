/// How a résumé's translations are found: beside it, by name. `resume.md` (or
/// `resume.json`) has its translations in `resume.LANG.md` or `resume.LANG.json`, LANG
/// a language code (`ko`, `en`, `zh`, `ja`); given `resume.en.md`, the base `resume.md`
/// and the other languages' files are its translations.
///
/// Names only, no file system: the program tries the paths `candidates(for:)` gives,
/// in order, and keeps those it can read.
public enum TranslationNames {
    /// The extensions of a résumé file.
    static let extensions = ["md", "json"]

    /// A path as translations name it: `dir/resume.en.md` is the stem `dir/resume`, the
    /// language English and the extension `md`.
    public struct Name: Equatable, Sendable {
        public var stem: String
        public var language: Language?
        public var fileExtension: String
    }

    /// A place a translation may be: its language (nil for the base file, when the
    /// résumé given is itself a translation) and the paths to try, the first that
    /// exists wins.
    public struct Candidate: Equatable, Sendable {
        public var language: Language?
        public var paths: [String]
    }

    /// Nil for a file whose extension is neither `.md` nor `.json`: it has no translations.
    public static func split(_ path: String) -> Name? {
        let folderEnd = path.lastIndex(of: "/").map { path.index(after: $0) } ?? path.startIndex
        let file = path[folderEnd...]
        guard let dot = file.lastIndex(of: "."), extensions.contains(String(file[file.index(after: dot)...])) else { return nil }
        let fileExtension = String(file[file.index(after: dot)...])
        let rest = file[..<dot]
        if let inner = rest.lastIndex(of: "."), inner != rest.startIndex,
           let language = Language(rawValue: String(rest[rest.index(after: inner)...])) {
            return Name(stem: String(path[..<inner]), language: language, fileExtension: fileExtension)
        }
        guard !rest.isEmpty else { return nil }
        return Name(stem: String(path[..<dot]), language: nil, fileExtension: fileExtension)
    }

    /// The language a file's name says: English for `resume.en.md`, nil for `resume.md`.
    public static func language(ofPath path: String) -> Language? {
        split(path)?.language
    }

    /// Where the translations of `path` may be, in the order the résumés are offered
    /// after it: the base file first (when `path` names a language), then each other
    /// language in `Language.allCases` order. The file's own extension is tried first.
    public static func candidates(for path: String) -> [Candidate] {
        guard let name = split(path) else { return [] }
        let order = [name.fileExtension] + extensions.filter { $0 != name.fileExtension }
        func paths(_ language: Language?) -> [String] {
            order.map { name.stem + (language.map { ".\($0.rawValue)" } ?? "") + "." + $0 }
        }
        var found: [Candidate] = []
        if name.language != nil { found.append(Candidate(language: nil, paths: paths(nil))) }
        for language in Language.allCases where language != name.language {
            found.append(Candidate(language: language, paths: paths(language)))
        }
        return found
    }

    /// The file's language: front matter's `lang` if it says one, else the code in the
    /// file's name, else the one detected from the text. Sets it on the résumé and says
    /// where it came from in the outline.
    public static func applyNameLanguage(_ result: inout ParseResult, path: String) {
        guard result.outline.languageSource == .detected, let language = language(ofPath: path) else { return }
        result.resume?.language = language
        result.outline.languageSource = .fileName
    }
}

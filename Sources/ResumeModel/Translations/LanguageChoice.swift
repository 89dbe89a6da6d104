/// Which of a résumé's languages to show: `--lang` if given, else the language the
/// environment's locale asks for, else the résumé's first language.
///
/// The locale is the one messages are shown in, found as setlocale finds it: `LC_ALL`,
/// then `LC_MESSAGES`, then `LANG`, the first that is set and not empty. A Korean locale
/// (`ko_KR.UTF-8`) asks for Korean; a Chinese or Japanese one for that language if the
/// résumé has it, else English; any other named locale (`en_US.UTF-8`, `de_DE`) for
/// English. No locale, `C`, `C.UTF-8` or `POSIX` says nothing about the reader, so the
/// résumé's first language is shown, as it is when the one asked for has no translation.
public enum LanguageChoice {
    /// The index in `available` (the résumé's languages, its first language first) of
    /// the one to show.
    public static func choose(explicit: Language?, environment: [String: String], available: [Language]) -> Int {
        if let explicit { return available.firstIndex(of: explicit) ?? 0 }
        guard let asked = language(ofLocale: locale(in: environment)) else { return 0 }
        if let index = available.firstIndex(of: asked) { return index }
        if asked == .chinese || asked == .japanese, let english = available.firstIndex(of: .english) { return english }
        return 0
    }

    /// The locale messages are shown in: LC_ALL, LC_MESSAGES or LANG, the first not empty.
    public static func locale(in environment: [String: String]) -> String? {
        ["LC_ALL", "LC_MESSAGES", "LANG"].lazy.compactMap { environment[$0] }.first { !$0.isEmpty }
    }

    /// The language a locale asks for; nil for none, `C` or `POSIX`, which ask for none.
    public static func language(ofLocale locale: String?) -> Language? {
        guard let locale else { return nil }
        let name = locale.prefix { $0 != "." && $0 != "@" }
        if name.isEmpty || name == "C" || name == "POSIX" { return nil }
        let code = name.prefix { $0 != "_" && $0 != "-" }.lowercased()
        switch Language(rawValue: code) {
        case .korean: return .korean
        case .chinese: return .chinese
        case .japanese: return .japanese
        default: return .english
        }
    }

    /// The order the résumés are offered in when `chosen` is shown: it first, then the
    /// ones after it, then those before it, so that switching (the `L` key) goes round
    /// them in the file's order.
    public static func rotation(count: Int, startingAt chosen: Int) -> [Int] {
        guard count > 0, (0..<count).contains(chosen) else { return Array(0..<max(count, 0)) }
        return Array(chosen..<count) + Array(0..<chosen)
    }
}

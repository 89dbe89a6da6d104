/// The visitor's language, as far as the client says: the `LANG` and `LC_*` values that
/// OpenSSH sends by default (`SendEnv LANG LC_*` in Debian's, Ubuntu's and macOS's client
/// config) or that `-o SetEnv=` sets.
///
/// Only a hint: the values are never put in the child's environment. They are read as a
/// locale name, and what reaches the child is one of two fixed words as `--lang`.
struct LanguageHint: Equatable {
    private var all: String?
    private var messages: String?
    private var lang: String?

    /// Keeps `value` if `name` is one of the three variables that name the language of
    /// messages and it looks like a locale name; anything else is forgotten.
    mutating func take(name: String, value: String) {
        guard Self.isLocaleName(value) else { return }
        switch name {
        case "LC_ALL": all = value
        case "LC_MESSAGES": messages = value
        case "LANG": lang = value
        default: break
        }
    }

    /// `ko` for a Korean locale, `en` for any other named one, nil for none, `C` or
    /// `POSIX` (the résumé's first language). Precedence as in setlocale: LC_ALL, then
    /// LC_MESSAGES, then LANG, the first that is set and not empty.
    var language: String? {
        guard let locale = [all, messages, lang].lazy.compactMap({ $0 }).first(where: { !$0.isEmpty }) else { return nil }
        let name = locale.prefix { $0 != "." && $0 != "@" }
        if name == "C" || name == "POSIX" { return nil }
        let code = name.prefix { $0 != "_" && $0 != "-" }.lowercased()
        return code == "ko" || code == "kor" ? "ko" : "en"
    }

    /// `ko_KR.UTF-8`, `en_US`, `de_DE@euro`, `C.UTF-8`: letters, digits and `_-.@`,
    /// short. Anything else (a path, an escape sequence) is no locale.
    static func isLocaleName(_ value: String) -> Bool {
        value.utf8.count <= 64 && value.utf8.allSatisfy { byte in
            (0x30...0x39).contains(byte) || (0x41...0x5A).contains(byte) || (0x61...0x7A).contains(byte)
                || byte == UInt8(ascii: "_") || byte == UInt8(ascii: "-") || byte == UInt8(ascii: ".") || byte == UInt8(ascii: "@")
        }
    }
}

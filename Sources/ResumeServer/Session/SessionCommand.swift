import Foundation

/// What a session asked for: the shell (no command) or one of the few exec commands.
///
/// The server never runs a shell; an exec command is a word from this small menu,
/// so nothing the client sends ever becomes a program path or an argument by itself.
public enum SessionCommand: Equatable, Sendable {
    /// The interactive UI on a pty, or plain text without one.
    case show(page: String?)
    /// `plain`: the plain-text résumé even on a pty.
    case plain
    /// `tour`: the résumé presents itself (needs a pty: `ssh -t host tour`).
    case tour
    /// `json` / `markdown`: the export formats.
    case export(format: String)
    /// `help`: usage text written by the server, exit 0.
    case help
    /// Anything else: usage text on stderr, exit 2.
    case unknown(String)

    /// The language words an exec command may hold: `ssh host en`, `ssh -t host en
    /// talks`, `ssh host json ko`.
    public static let languages = ["ko", "en", "zh", "ja"]

    /// Routes an exec command, ignoring any language word in it (see `parse`).
    public static func route(exec command: String, hasTerminal: Bool) -> SessionCommand {
        parse(exec: command, hasTerminal: hasTerminal).command
    }

    /// Routes an exec command and takes the language word out of it. Surrounding
    /// whitespace is ignored and case is folded, because `ssh host JSON ` is an honest
    /// typo, not an attack.
    ///
    /// Anything else that could be a page's name goes to the child as `--page`: the
    /// pages are the résumé's own (a fork may have "Open Source" or "경력"), and only the
    /// child, which reads the résumé as it is now, knows them and says which there are.
    public static func parse(exec command: String, hasTerminal: Bool) -> (command: SessionCommand, language: String?) {
        let text = command.trimmingCharacters(in: .whitespacesAndNewlines).lowercased()
        var words = text.split(separator: " ", omittingEmptySubsequences: false).map(String.init)
        var language: String?
        if let index = words.firstIndex(where: languages.contains) {
            language = words.remove(at: index)
        }
        let rest = words.joined(separator: " ")
        switch rest {
        case "", "show": return (.show(page: nil), language)
        case "plain": return (.plain, language)
        case "tour": return (.tour, language)
        case "json", "markdown", "html": return (.export(format: rest), language)
        case "help", "--help", "-h": return (.help, language)
        default:
            if hasTerminal, isPageName(rest) { return (.show(page: rest), language) }
            return (.unknown(String(command.prefix(80))), nil)
        }
    }

    /// Whether `text` may name a page: short, made of letters (any script), digits,
    /// single spaces and a little punctuation; no word in it starts like an option.
    public static func isPageName(_ text: String) -> Bool {
        guard (1...maxPageName).contains(text.count), let first = text.unicodeScalars.first,
              first.properties.isAlphabetic || ("0"..."9").contains(first),
              !text.contains("  "), !text.contains(" -"), !text.hasSuffix(" ") else { return false }
        return text.unicodeScalars.allSatisfy { scalar in
            scalar.properties.isAlphabetic || scalar.properties.numericType != nil || " -_.&+'".unicodeScalars.contains(scalar)
        }
    }

    /// Longer than any tab name: the tab bar shows at most a couple of words.
    static let maxPageName = 40

    /// The text for `help`, and for an unknown command (then on stderr).
    public static let usage = """
        resume-tui over SSH: an interactive résumé.

          ssh HOST              the interactive résumé (plain text without a terminal)
          ssh -t HOST PAGE      open on a page: its name (about, career, talks, …) or number
          ssh HOST en           in English (ko: in Korean); also ssh -t HOST en talks,
                                ssh HOST json en. Without it, the language your
                                client sends (LANG, LC_ALL) decides
          ssh -t HOST tour      the résumé presents itself; any key takes over
          ssh HOST plain        plain text
          ssh HOST json         JSON Resume
          ssh HOST markdown     the Markdown source
          ssh HOST html         one self-contained HTML page (> resume.html)
          ssh HOST help         this text

        """
}

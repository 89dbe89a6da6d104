import ArgumentParser
import ResumeLayout
import ResumeModel
import ResumeServer
import ResumeViewer
import TerminalUI

/// `--file`: where the résumé comes from, for every command.
struct SourceOptions: ParsableArguments {
    @Option(help: ArgumentHelp("Read this résumé (Markdown or JSON Resume) instead of the built-in one.", valueName: "path"))
    var file: String?

    func load() throws -> ResumeSource { try ResumeSource.load(file: file) }

    /// The résumé and the translations beside it.
    func files() throws -> ResumeFiles { try ResumeFiles.load(file: file) }
}

/// `--lang`: which of the résumé's languages, for every command.
struct LanguageOptions: ParsableArguments {
    enum Code: String, ExpressibleByArgument, CaseIterable {
        case ko, en, zh, ja
        var language: Language { Language(code: rawValue) ?? .english }
    }

    @Option(help: ArgumentHelp(
        "The résumé's language: ko, en, zh or ja. Default: the one your locale asks for (LC_ALL, LC_MESSAGES, LANG).",
        discussion: "Translations sit beside the résumé as resume.en.md, resume.ja.md, …; a language it has no translation in gives its first language.",
        valueName: "code"))
    var lang: Code?

    var language: Language? { lang?.language }
}

/// `--theme`: the colors.
enum ThemeChoice: String, ExpressibleByArgument, CaseIterable {
    case dark, light, mono

    var theme: Theme { Theme.named(rawValue) ?? .dark }
}

/// `--ambiguous`: how the terminal draws East Asian Ambiguous characters.
enum AmbiguousChoice: String, ExpressibleByArgument, CaseIterable {
    case narrow, wide, auto

    /// The width to use, or nil to ask the terminal.
    func width(_ environment: [String: String]) -> AmbiguousWidth? {
        switch self {
        case .narrow: return .narrow
        case .wide: return .wide
        case .auto:
            // The variable Go's runewidth (and so many TUIs) reads for the same setting.
            switch environment["RUNEWIDTH_EASTASIAN"] {
            case "1": return .wide
            case "0": return .narrow
            default: return nil
            }
        }
    }
}

/// `--theme` and `--ambiguous`: what the interactive screen needs to know about the
/// terminal, each asked of the terminal itself unless given.
struct ScreenOptions: ParsableArguments {
    @Option(help: "Colors: dark, light or mono. Default: the one that suits the terminal's background.")
    var theme: ThemeChoice?

    @Option(help: ArgumentHelp(
        "Whether the terminal draws East Asian Ambiguous characters (• · → é) one cell wide or two.",
        discussion: "auto asks the terminal; RUNEWIDTH_EASTASIAN=1 or 0 in the environment answers for it."))
    var ambiguous: AmbiguousChoice = .auto

    /// How long to wait for the terminal's answers; the server gives an SSH round trip.
    @Option(help: .hidden) var answerWait: Int = UIOptions.localAnswerWait

    func validate() throws {
        guard (0...10_000).contains(answerWait) else { throw ValidationError("--answer-wait must be between 0 and 10000") }
    }

    /// The width to use, or nil to ask the terminal.
    func ambiguousWidth(_ environment: [String: String]) -> AmbiguousWidth? { ambiguous.width(environment) }

    func uiOptions(page: Int = 0, today: CalendarDate, environment: [String: String]) -> UIOptions {
        UIOptions(page: page, theme: theme?.theme, ambiguous: ambiguousWidth(environment), answerWait: answerWait,
                  today: today, environment: environment)
    }
}

/// `--page`: a page by its name ("talks", "Career") or number from 1. Which names there
/// are depends on the résumé, so the name is checked once the résumé is read.
struct PageChoice: ExpressibleByArgument {
    let name: String
    init?(argument: String) {
        guard !argument.isEmpty else { return nil }
        name = argument
    }
}

/// `--width`: plain text's width in terminal cells.
struct WidthOptions: ParsableArguments {
    @Option(help: "Width of plain text, in terminal cells (1-10000).") var width: Int = 80

    func validate() throws {
        guard (1...10_000).contains(width) else { throw ValidationError("--width must be between 1 and 10000") }
    }
}

/// The server's limits, each an option with the default that suits a public host
/// (README: "Security").
struct LimitOptions: ParsableArguments {
    private static let defaults = ServerConfiguration.Limits()

    @Option(help: ArgumentHelp(
        "Sessions at once, over all visitors. Default: what this host holds (printed at start).",
        discussion: "Half the memory (or three quarters of a systemd MemoryMax=) at 2.3 MiB a session, within the open-file limit and the kernel's free ptys."))
    var maxSessions: Int?

    @Option(help: "Connections at once from one IP address.")
    var maxPerAddress = defaults.maxPerAddress

    @Option(help: "Seconds a connection may take to log in.")
    var handshakeTimeout = defaults.handshakeTimeout

    @Option(help: "Seconds without input before a session ends.")
    var idleTimeout = defaults.idleTimeout

    @Option(name: .customLong("max-session"), help: "Longest a session may last, in seconds.")
    var maxSession = defaults.maxSessionDuration

    @Option(help: "Connections still logging in at once, over all visitors; more are closed at once (like MaxStartups).")
    var maxStartups = defaults.maxStartups

    @Option(help: "New connections per second from one address (0: no limit); more are closed at once.")
    var maxRatePerAddress = defaults.maxRatePerAddress

    @Option(help: "Seconds between keepalives to a logged-in client (0: none).")
    var keepaliveInterval = defaults.keepaliveInterval

    @Option(help: "Unanswered keepalives after which the client is taken as gone.")
    var keepaliveCount = defaults.keepaliveCountMax

    func validate() throws {
        guard maxSessions ?? 1 > 0, maxPerAddress > 0, maxStartups > 0, keepaliveCount > 0 else {
            throw ValidationError("limits must be at least 1")
        }
        guard handshakeTimeout > 0, idleTimeout > 0, maxSession > 0 else { throw ValidationError("timeouts must be positive") }
        guard maxRatePerAddress >= 0, keepaliveInterval >= 0 else {
            throw ValidationError("--max-rate-per-address and --keepalive-interval must be 0 or more")
        }
    }

    /// The limits, with `capacity`'s sessions where `--max-sessions` wasn't given.
    func limits(capacity: @autoclosure () -> SessionCapacity) -> ServerConfiguration.Limits {
        var limits = ServerConfiguration.Limits()
        limits.maxSessions = maxSessions ?? capacity().sessions
        limits.maxPerAddress = maxPerAddress
        limits.handshakeTimeout = handshakeTimeout
        limits.idleTimeout = idleTimeout
        limits.maxSessionDuration = maxSession
        limits.maxStartups = maxStartups
        limits.maxRatePerAddress = maxRatePerAddress
        limits.keepaliveInterval = keepaliveInterval
        limits.keepaliveCountMax = keepaliveCount
        return limits
    }
}

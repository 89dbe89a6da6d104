import CNCursesW
import Glibc
import ResumeLayout
import ResumeModel

/// How the interactive résumé starts.
public struct UIOptions: Sendable {
    public var page: Int
    public var theme: Theme
    public var today: CalendarDate
    public var environment: [String: String]
    /// Play the tour: its speed (2 is twice as fast) and whether it starts over at the end.
    public var tour: (speed: Double, loop: Bool)?
    /// Quit when the tour ends (for recording it), instead of handing over the controls.
    public var exitAfterTour = false
    public init(page: Int = 0, theme: Theme = .dark, today: CalendarDate, environment: [String: String],
                tour: (speed: Double, loop: Bool)? = nil, exitAfterTour: Bool = false) {
        self.page = page
        self.theme = theme
        self.today = today
        self.environment = environment
        self.tour = tour
        self.exitAfterTour = exitAfterTour
    }
}

/// The interactive résumé: opens the terminal, runs the key loop, gives the terminal back.
public enum TerminalApp {
    /// Runs until the visitor quits or a quit signal arrives. Returns the exit status:
    /// 0 for `q`/Ctrl-C, 128 + the signal number for SIGTERM/SIGHUP/SIGINT.
    public static func run(resume: Resume, options: UIOptions) throws(TerminalError) -> Int32 {
        QuitSignals.install()
        CrashRestore.saveModes()
        let terminal = try Terminal(environment: options.environment)
        defer { terminal.close() }

        let size = terminal.size
        let themeIndex = Theme.all.firstIndex { $0.name == options.theme.name } ?? 0
        var state = AppState(pageCount: 1, width: size.width, height: size.height, themeIndex: themeIndex)
        let document = Document(resume: resume, width: state.contentWidth, theme: Theme.all[themeIndex], today: options.today,
                                glyphs: terminal.unicode ? .unicode : .ascii)
        state = AppState(pageCount: document.pageCount, width: size.width, height: size.height,
                         page: options.page, themeIndex: themeIndex)
        var painter = Painter(palette: Palette(theme: document.theme, colors: terminal.colorSupport))
        var player = options.tour.map { tour in
            TourPlayer(tour: Tour(document: document, bodyHeight: state.bodyHeight), speed: tour.speed,
                       loop: tour.loop, now: .now)
        }
        if player != nil { state.caption = "" }
        // OSC 8 on terminals with 256 colors: the modern emulators, which either support
        // it or ignore it; an old or unknown terminal gets the plain URL text only.
        var links = HyperlinkWriter(enabled: terminal.colorSupport == .extended && options.environment["NO_HYPERLINKS"] == nil,
                                    linkStyle: painter.palette.linkSGR)
        links.update(painter.paint(state, document))

        var reader = KeyReader()
        while !state.shouldQuit && pendingQuitSignal == 0 {
            let themeBefore = state.themeIndex
            let wait = min(player?.millisecondsUntilNext(now: .now) ?? 100, 100)
            if let first = readKey(&reader, timeout: wait) {
                if player != nil {
                    // Any key hands over the controls where the tour stands; the key
                    // itself is not applied, so a stray press can't jump away.
                    player = nil
                    state.caption = nil
                    state.message = "you have the controls: ? shows the keys"
                    if state.mode == .search { reduce(&state, .searchSubmit, document) }
                } else {
                    handle(first, &state, document, terminal)
                }
                // Drain whatever else is already typed (a paste, a held key, 1,000 `j`s sent
                // at once) before painting, so a burst costs one frame, not one per key.
                var drained = 0
                while !state.shouldQuit, drained < 4096, let key = readKey(&reader, timeout: 0) {
                    handle(key, &state, document, terminal)
                    drained += 1
                }
            } else if let step = player?.next(now: .now) {
                reduce(&state, step.action, document)
                if let caption = step.caption { state.caption = caption }
                if player?.finished ?? false {
                    player = nil
                    state.shouldQuit = options.exitAfterTour
                    state.caption = nil
                    state.message = "end of the tour: you have the controls"
                }
            } else {
                continue
            }
            let themeChanged = state.themeIndex != themeBefore
            if themeChanged {
                painter.palette = Palette(theme: document.theme, colors: terminal.colorSupport)
                links.linkStyle = painter.palette.linkSGR
            }
            links.update(painter.paint(state, document), forceRedraw: themeChanged)
            if let text = state.pendingCopy {
                Clipboard.copy(text)
                state.pendingCopy = nil
            }
        }
        return pendingQuitSignal == 0 ? 0 : 128 + pendingQuitSignal
    }

    /// The next key, waiting at most `timeout` milliseconds for each byte.
    private static func readKey(_ reader: inout KeyReader, timeout: Int) -> Key? {
        let window = cn_stdscr()
        wtimeout(window, Int32(max(timeout, 0)))
        while true {
            let code = wgetch(window)
            guard code != ERR else { return nil }
            if let key = reader.feed(code) { return key }
        }
    }

    private static func handle(_ key: Key, _ state: inout AppState, _ document: Document, _ terminal: Terminal) {
        if key == .resize {
            Terminal.clampSize()
            let size = terminal.size
            reduce(&state, .resize(width: size.width, height: size.height), document)
            return
        }
        guard let action = action(for: key, mode: state.mode) else { return }
        reduce(&state, action, document)
    }

    /// What a key means in the current mode. In the search prompt, printable keys are text.
    static func action(for key: Key, mode: AppState.Mode) -> Action? {
        if mode == .search {
            switch key {
            case .char(let c): return .searchInsert(String(c))
            case .enter: return .searchSubmit
            case .backspace: return .searchDeleteBackward
            case .escape: return .escape
            case .ctrl("c"): return .quit
            case .down: return .scroll(1)
            case .up: return .scroll(-1)
            default: return nil
            }
        }
        if case .mouse(let x, let y, let button) = key {
            switch button {
            case .wheelUp: return .scroll(-3)
            case .wheelDown: return .scroll(3)
            case .click: return .click(x: x, y: y)
            }
        }
        return KeyTable.action(for: key)
    }
}

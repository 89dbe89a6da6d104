import CNCursesW
import Glibc
import ResumeLayout
import ResumeModel
import ResumeViewer

/// How the interactive résumé starts.
public struct UIOptions: Sendable {
    public var page: Int
    /// The colors; nil to match the terminal's background (asked with OSC 11), dark if
    /// it does not say.
    public var theme: Theme?
    /// How the terminal draws East Asian Ambiguous characters; nil to ask it.
    public var ambiguous: AmbiguousWidth?
    /// How long to wait for the terminal's answers, in milliseconds.
    public var answerWait: Int
    public var today: CalendarDate
    public var environment: [String: String]
    /// Play the tour: its speed (2 is twice as fast) and whether it starts over at the end.
    public var tour: (speed: Double, loop: Bool)?
    /// Quit when the tour ends (for recording it), instead of handing over the controls.
    public var exitAfterTour = false
    /// The résumé in its other languages, in the order `L` shows them, each read when
    /// first shown; empty when it has one.
    public var translations: [Document.Translation] = []

    /// Long enough for a terminal on this machine, which answers within milliseconds.
    public static let localAnswerWait = 500

    public init(page: Int = 0, theme: Theme? = nil, ambiguous: AmbiguousWidth? = nil, answerWait: Int = localAnswerWait,
                today: CalendarDate, environment: [String: String],
                tour: (speed: Double, loop: Bool)? = nil, exitAfterTour: Bool = false, translations: [Document.Translation] = []) {
        self.page = page
        self.theme = theme
        self.ambiguous = ambiguous
        self.answerWait = answerWait
        self.today = today
        self.environment = environment
        self.tour = tour
        self.exitAfterTour = exitAfterTour
        self.translations = translations
    }
}

/// The interactive résumé: opens the terminal, runs the key loop, gives the terminal back.
///
/// The loop is the only impure part: keys in (through the mode's keymap), `reduce`,
/// the effects it returns performed, `compose`, and the frame copied out.
public enum TerminalApp {
    /// Runs until the visitor quits or a quit signal arrives. Returns the exit status:
    /// 0 for `q`/Ctrl-C, 128 + the signal number for SIGTERM/SIGHUP/SIGINT.
    public static func run(resume: Resume, options: UIOptions) throws(TerminalError) -> Int32 {
        QuitSignals.install()
        defer { InputWait.restoreSignals() }
        CrashRestore.saveModes()
        let answers = TerminalProbe.ask(questions(options))
        let terminal = try Terminal(environment: options.environment)
        defer { terminal.close() }

        let size = terminal.size
        let document = Document(resume: resume, reading: options.translations, today: options.today,
                                glyphs: terminal.unicode ? .unicode : .ascii)
        var state = firstState(document, width: size.width, height: size.height, options: options, answers: answers)
        var writer = FrameWriter(palette: Palette(theme: state.theme, colors: terminal.colorSupport),
                                 scroller: terminal.scroller)
        var player = options.tour.map { tour in
            TourPlayer(tour: Tour(document: document, width: state.contentWidth, bodyHeight: state.bodyHeight),
                       speed: tour.speed, loop: tour.loop, now: .now)
        }
        if player != nil { state.caption = "" }
        // OSC 8 on terminals with 256 colors: the modern emulators, which either support
        // it or ignore it; an old or unknown terminal gets the plain URL text only.
        var links = HyperlinkWriter(enabled: terminal.colorSupport == .extended && options.environment["NO_HYPERLINKS"] == nil,
                                    linkStyle: writer.palette.linkSGR)
        var frame = compose(state, document)
        writer.write(frame)
        links.update(frame.links)

        var reader = KeyReader()
        var typedAhead = answers.typedAhead.map(Int32.init)[...]
        var quit = false
        while !quit && pendingQuitSignal == 0 {
            let before = state
            var effects: [Effect] = []
            let wait = min(player?.millisecondsUntilNext(now: .now) ?? Self.idleWait, Self.idleWait)
            if let first = readKey(&reader, &typedAhead, timeout: wait) {
                if player != nil {
                    // Any key hands over the controls where the tour stands; the key
                    // itself is not applied, so a stray press can't jump away.
                    player = nil
                    state.caption = nil
                    state.message = document.shown(in: state).words.handedOver
                    if state.mode == .search { reduce(&state, .searchSubmit, document) }
                } else {
                    effects += handle(first, &state, document, terminal)
                }
                // Drain whatever else is already typed (a paste, a held key, 1,000 `j`s sent
                // at once) before composing, so a burst costs one frame, not one per key.
                var drained = 0
                while !effects.contains(.quit), drained < 4096, let key = readKey(&reader, &typedAhead, timeout: 0) {
                    effects += handle(key, &state, document, terminal)
                    drained += 1
                }
            } else if let step = player?.next(now: .now) {
                effects += reduce(&state, step.action, document)
                if let caption = step.caption { state.caption = caption }
                if player?.finished ?? false {
                    player = nil
                    if options.exitAfterTour { effects.append(.quit) }
                    state.caption = nil
                    state.message = document.shown(in: state).words.tourEnded
                }
            } else {
                continue
            }
            let themeChanged = state.themeIndex != before.themeIndex
            if themeChanged {
                writer.palette = Palette(theme: state.theme, colors: terminal.colorSupport)
                links.linkStyle = writer.palette.linkSGR
            }
            frame = compose(state, document)
            let redraw = effects.contains(.redrawAll)
            writer.write(frame, everything: redraw, scroll: state.bodyScroll(since: before))
            links.update(frame.links, forceRedraw: themeChanged || redraw)
            for effect in effects {
                switch effect {
                case .quit: quit = true
                case .copyToClipboard(let text): Clipboard.copy(text)
                case .redrawAll: break  // done with the frame above
                }
            }
        }
        return pendingQuitSignal == 0 ? 0 : 128 + pendingQuitSignal
    }

    /// The next key, waiting at most `timeout` milliseconds for it. Keys typed while the
    /// terminal was being asked come first.
    private static func readKey(_ reader: inout KeyReader, _ typedAhead: inout ArraySlice<Int32>, timeout: Int) -> Key? {
        while let code = typedAhead.popFirst() {
            if let key = reader.feed(code) { return key }
        }
        let window = cn_stdscr()
        let deadline = InputWait.now() + Double(max(timeout, 0)) / 1000
        var polledReadable = false
        while true {
            // What ncurses holds or the terminal has sent is taken without a wait. The rest
            // of a sequence or character is sent with its start: only a piece split across
            // network packets is waited for, briefly.
            let inside = reader.isInsideSequence
            wtimeout(window, inside ? Self.sequenceGap : 0)
            let code = wgetch(window)
            if code != ERR {
                if let key = reader.feed(code) { return key }
                continue
            }
            // Readable, yet nothing read: the terminal is gone, and every read fails at once
            // (without the SIGHUP that only its session leader is sent).
            if polledReadable, Terminal.hungUp {
                pendingQuitSignal = SIGHUP
                return nil
            }
            // Nothing at hand: an Esc on its own is the Esc key (ncurses already waited its
            // ESCDELAY for a sequence to follow), and a sequence cut short is dropped.
            if inside || timeout <= 0 || polledReadable { return reader.flush() }
            let left = Int(((deadline - InputWait.now()) * 1000).rounded(.up))
            switch InputWait.wait(milliseconds: max(left, 0)) {
            case .readable:
                polledReadable = true
            case .interrupted:
                // A quit signal ends the loop; a resize is the next read's KEY_RESIZE.
                if pendingQuitSignal != 0 { return nil }
            case .hungUp:
                pendingQuitSignal = SIGHUP
                return nil
            case .timedOut:
                return reader.flush()
            }
        }
    }

    /// How long the rest of an unrecognised sequence may take to arrive, in ms.
    private static let sequenceGap: Int32 = 30

    /// The longest an idle screen sleeps. Not a poll: a quit signal or a resize ends the
    /// sleep at once (`InputWait`). Only a signal taken by a thread other than the key
    /// loop's, which the screen never starts, would wait for it.
    static let idleWait = 60_000

    /// What to ask the terminal: only what no option settled. The Linux console draws
    /// nothing wide and prints an OSC it does not know, and a dumb terminal answers nothing.
    private static func questions(_ options: UIOptions) -> TerminalProbe.Questions {
        let term = options.environment["TERM"] ?? ""
        let asks = term != "dumb" && term != "linux" && !term.isEmpty
        let noColor = options.environment["NO_COLOR"].map { !$0.isEmpty } ?? false
        return TerminalProbe.Questions(ambiguousWidth: asks && options.ambiguous == nil,
                                       background: asks && options.theme == nil && !noColor,
                                       wait: options.answerWait)
    }

    private static func handle(_ key: Key, _ state: inout AppState, _ document: Document, _ terminal: Terminal) -> [Effect] {
        if key == .resize {
            Terminal.clampSize()
            let size = terminal.size
            return reduce(&state, .resize(width: size.width, height: size.height), document)
        }
        guard let action = Keymaps.keymap(for: state.mode).action(for: key, in: state) else { return [] }
        return reduce(&state, action, document)
    }
}

extension TerminalApp {
    /// The viewer's state before the first key: the options' page and theme, else the
    /// theme that suits the background the terminal answered with, and its width for
    /// ambiguous characters.
    static func firstState(_ document: Document, width: Int, height: Int, options: UIOptions,
                           answers: ProbeAnswers) -> AppState {
        let theme = options.theme ?? answers.background.map(Theme.suiting(background:)) ?? .dark
        var state = AppState(pageCount: document.pageCount, width: width, height: height, page: options.page,
                             themeIndex: Theme.all.firstIndex { $0.name == theme.name } ?? 0)
        state.ambiguous = options.ambiguous ?? answers.ambiguous ?? .narrow
        return state
    }
}

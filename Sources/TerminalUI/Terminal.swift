import CNCursesW
import Glibc

/// The terminal for the lifetime of the interactive résumé: locale, ncurses screen,
/// input modes, colors, and the guarantee that whatever happens the terminal is
/// given back the way we found it.
final class Terminal {
    /// How many colors we may use: decided once, from the terminal and `NO_COLOR`.
    enum ColorSupport: Equatable { case none, eight, extended }

    let colorSupport: ColorSupport
    /// The terminal type ncurses actually runs with (after any fallback).
    let termName: String
    /// False when the locale could not be made UTF-8: draw ASCII glyphs only.
    let unicode: Bool
    /// Scrolls the body by deleting and inserting lines (`LineScroller`), when the
    /// terminal can.
    let scroller: LineScroller?
    private let screen: OpaquePointer

    /// Opens the terminal on standard input/output. Returns nil (with `reason`) only when
    /// neither the given TERM nor the fallbacks can be used.
    init(environment: [String: String]) throws(TerminalError) {
        unicode = Locale.ensureUTF8()
        // newterm, not initscr: initscr exits the process on an unknown TERM, newterm
        // returns NULL and lets us fall back to a type every terminal emulator handles.
        let requested = environment["TERM"].flatMap { $0.isEmpty ? nil : $0 }
        var opened: (OpaquePointer, String)?
        for candidate in [requested, "xterm-256color", "vt100"].compactMap({ $0 }) {
            if let screen = candidate.withCString({ newterm($0, cn_stdout(), cn_stdin()) }) {
                opened = (screen, candidate)
                break
            }
        }
        guard let (screen, name) = opened else { throw .noUsableTerminal(requested ?? "") }
        self.screen = screen
        self.termName = name
        set_term(screen)

        // Clamp absurd sizes before ncurses allocates a screen for them.
        Terminal.clampSize()

        raw()            // Ctrl-C and Ctrl-Z arrive as keys; we quit on Ctrl-C ourselves.
        noecho()
        nonl()
        keypad(cn_stdscr(), true)
        curs_set(0)
        // The cursor is hidden and the search prompt draws its own, so where the terminal's
        // cursor rests does not matter: without this, every refresh ends with a move back
        // to ncurses' cursor (5 bytes a key, over SSH too).
        leaveok(cn_stdscr(), true)
        scroller = LineScroller()
        set_escdelay(25)  // Esc must react at once; 25 ms still tells it from an arrow key.
        wtimeout(cn_stdscr(), 0)  // the key loop sleeps in InputWait and sets each read's wait
        Terminal.defineMissingKeys()
        mousemask(cn_wheel_and_click_events(), nil)
        InputWait.mouseElsewhere = InputWait.mouseMayComeFromGPM(term: name, tty: ttyname(STDIN_FILENO).map { String(cString: $0) })
        mouseinterval(0)
        // Until a screen has once been left and resumed, ncurses 6.4 flushes its output at
        // every cursor movement: a frame went out in three or four writes, and over SSH in
        // as many packets. Left and resumed here, before anything is drawn, each frame is
        // one write; what a visitor could see is the alternate screen left and entered
        // again within one burst of bytes, while it is still blank. Before colours start:
        // resuming with colours on resets the terminal's palette (OSC 104), and a
        // visitor's own palette is not ours to reset.
        endwin()
        wrefresh(cn_stdscr())

        if environment["NO_COLOR"].map({ !$0.isEmpty }) ?? false || !has_colors() {
            colorSupport = .none
        } else {
            start_color()
            use_default_colors()
            colorSupport = cn_colors() >= 256 ? .extended : (cn_colors() >= 8 ? .eight : .none)
        }
        CrashRestore.install(termName: name)
    }

    /// Leaves curses mode: cursor, echo, modes and the main screen are restored.
    func close() {
        endwin()
        delscreen(screen)
        CrashRestore.uninstall()
    }

    /// Old terminal descriptions (vt100) lack Shift-Tab, Home, End and the page keys, yet
    /// the emulator a visitor really uses sends them; and terminfo describes the cursor
    /// keys in one mode only (`ESC O C` once keypad mode is on), while web and embedded
    /// terminals, and any that ignore DECCKM, send the other (`ESC [ C`). Teach ncurses
    /// every common form it does not know, as less and vim accept them all.
    private static func defineMissingKeys() {
        let sequences: [(String, Int32)] = [
            ("\u{1B}[A", KEY_UP), ("\u{1B}[B", KEY_DOWN), ("\u{1B}[C", KEY_RIGHT), ("\u{1B}[D", KEY_LEFT),
            ("\u{1B}OA", KEY_UP), ("\u{1B}OB", KEY_DOWN), ("\u{1B}OC", KEY_RIGHT), ("\u{1B}OD", KEY_LEFT),
            ("\u{1B}[Z", KEY_BTAB), ("\u{1B}[H", KEY_HOME), ("\u{1B}[F", KEY_END), ("\u{1B}OH", KEY_HOME),
            ("\u{1B}OF", KEY_END), ("\u{1B}[1~", KEY_HOME), ("\u{1B}[4~", KEY_END), ("\u{1B}[7~", KEY_HOME),
            ("\u{1B}[8~", KEY_END), ("\u{1B}[5~", KEY_PPAGE), ("\u{1B}[6~", KEY_NPAGE), ("\u{1B}[3~", KEY_DC),
        ]
        for (sequence, code) in sequences where key_defined(sequence) == 0 {
            define_key(sequence, code)
        }
    }

    /// Whether the terminal hung up (a pty whose other side closed, a line that dropped).
    /// A hung-up tty polls readable and reads end-of-file; unlike a live one, it refuses
    /// every ioctl, so asking how much is waiting tells the two apart without a read.
    static var hungUp: Bool {
        var input = pollfd(fd: STDIN_FILENO, events: Int16(POLLIN), revents: 0)
        guard poll(&input, 1, 0) > 0 else { return false }
        if input.revents & Int16(POLLHUP | POLLERR | POLLNVAL) != 0 { return true }
        var waiting: Int32 = 0
        return ioctl(STDIN_FILENO, UInt(FIONREAD), &waiting) == -1
    }

    /// Terminal size in cells, clamped (see `clampSize`).
    var size: (width: Int, height: Int) {
        var y: Int32 = 0, x: Int32 = 0
        cn_getmaxyx(cn_stdscr(), &y, &x)
        return (Int(max(x, 0)), Int(max(y, 0)))
    }

    /// ncurses keeps a cell array per screen: a 10000x10000 window would cost gigabytes
    /// and show nobody anything more, so very large sizes are clamped to `maxCells`.
    static let maxSide: Int32 = 1000

    static func clampSize() {
        let rows = cn_lines(), cols = cn_cols()
        if rows > maxSide || cols > maxSide {
            resizeterm(min(rows, maxSide), min(cols, maxSide))
        }
    }
}

public enum TerminalError: Error, CustomStringConvertible {
    case noUsableTerminal(String)
    public var description: String {
        switch self {
        case .noUsableTerminal(let term):
            return "resume-tui: cannot use terminal type \"\(term)\" (nor xterm-256color, nor vt100); try --plain"
        }
    }
}

// MARK: - Locale

enum Locale {
    /// Makes the character type UTF-8. Under `LANG=C` ncursesw would drop Hangul and
    /// `wcwidth` would return -1, so a non-UTF-8 locale is replaced by `C.UTF-8`, the
    /// one UTF-8 locale every Debian has. Returns false if no UTF-8 locale exists.
    ///
    /// Only the character type: nothing here formats numbers, dates or messages by the
    /// locale, and each other category is a file to open at every start (24 of the 58
    /// `openat` calls of a start, with LC_ALL).
    static func ensureUTF8() -> Bool {
        setlocale(LC_CTYPE, "")
        if isUTF8() { return true }
        for candidate in ["C.UTF-8", "C.utf8", "en_US.UTF-8"] where setlocale(LC_CTYPE, candidate) != nil {
            if isUTF8() { return true }
        }
        return false
    }

    private static func isUTF8() -> Bool {
        guard let codeset = nl_langinfo(nl_item(CODESET)) else { return false }
        let name = String(cString: codeset).uppercased()
        return name == "UTF-8" || name == "UTF8"
    }
}

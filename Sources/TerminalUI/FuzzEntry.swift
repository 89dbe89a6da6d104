import CNCursesW
import ResumeLayout
import ResumeModel

/// Exists for fuzzing (`Sources/FuzzKeys`, run by `scripts/fuzz`): the key decoder and the
/// reducer are internal, and a fuzz build can't use `@testable import`. Nothing else calls it.
public enum FuzzEntry {
    nonisolated(unsafe) private static var cached: Document?

    /// Reads `bytes` as a stream of `wgetch` results and window resizes, and runs each
    /// through `KeyReader`, the key table and `reduce`, as the key loop does, on the
    /// résumé parsed from `resume` (parsed and laid out once, then reused).
    /// - byte < 0x80: that byte (so plain text types itself: "/abc\n"),
    /// - 0x80–0xBF: a key code, the next byte choosing which,
    /// - 0xC0–0xDF: a resize to the next two bytes (width, height),
    /// - 0xE0–0xEF: the next byte with its high bit set, so UTF-8 (valid or not) can be
    ///   spelled one byte at a time: E0 EB E0 A0 E0 88 is "레",
    /// - 0xF0–0xFF: a mouse event at the next two bytes.
    /// Traps when the state breaks an invariant the painter relies on.
    public static func feed(_ bytes: [UInt8], resume: @autoclosure () -> Resume?) {
        let document: Document
        if let cached {
            document = cached
            document.setWidth(78)
            document.setTheme(Theme.all[0])
        } else {
            guard let resume = resume() else { preconditionFailure("FuzzEntry: no résumé to drive") }
            document = Document(resume: resume, width: 78, theme: Theme.all[0],
                                today: CalendarDate(year: 2026, month: 11))
            cached = document
        }
        var state = AppState(pageCount: document.pageCount, width: 80, height: 24)
        var reader = KeyReader()
        var i = 0
        func next() -> UInt8 {
            defer { i += 1 }
            return i < bytes.count ? bytes[i] : 0
        }
        while i < bytes.count, !state.shouldQuit {
            let tag = next()
            let key: Key
            switch tag {
            case 0x00..<0x80:
                guard let typed = reader.feed(Int32(tag)) else { continue }
                key = typed
            case 0x80..<0xC0:
                let codes: [Int32] = [KEY_UP, KEY_DOWN, KEY_LEFT, KEY_RIGHT, KEY_PPAGE, KEY_NPAGE, KEY_HOME,
                                      KEY_END, KEY_A1, KEY_C1, KEY_BTAB, KEY_ENTER, KEY_BACKSPACE, KEY_DC,
                                      KEY_RESIZE, KEY_MOUSE, KEY_F0, KEY_IC, KEY_MIN, KEY_MAX, 0, -1]
                let pick = Int(next())
                let code = pick < codes.count ? codes[pick] : Int32(pick) + 0o400
                guard let typed = reader.feed(code) else { continue }
                key = typed
            case 0xC0..<0xE0:
                key = .resize
                let width = Int(next()), height = Int(next())
                reduce(&state, .resize(width: width, height: height), document)
            case 0xE0..<0xF0:
                guard let typed = reader.feed(Int32(next() | 0x80)) else { continue }
                key = typed
            default:
                let buttons: [Key.MouseButton] = [.click, .wheelUp, .wheelDown]
                key = .mouse(x: Int(next()), y: Int(next()), button: buttons[Int(tag) % 3])
            }
            if case .char(let c) = key {
                precondition(c.unicodeScalars.allSatisfy(KeyDecoder.isPrintable), "decoded a control as text")
            }
            if key != .resize, let action = TerminalApp.action(for: key, mode: state.mode) {
                reduce(&state, action, document)
            }
            check(state, document)
        }
    }

    private static func check(_ state: AppState, _ document: Document) {
        precondition(state.page >= 0 && state.page < document.pageCount, "page out of range")
        precondition(state.offsets.count == document.pageCount, "offsets per page")
        for page in 0..<document.pageCount {
            let limit = max(document.lineCount(page: page) - state.bodyHeight, 0)
            precondition(state.offsets[page] >= 0 && state.offsets[page] <= limit, "offset out of range")
        }
        precondition(state.helpOffset >= 0, "help offset")
        if let current = state.currentMatch { precondition(current >= 0 && current < state.matches.count, "match index") }
        precondition(state.query.unicodeScalars.allSatisfy { $0.value >= 0x20 && !(0x7F...0x9F).contains($0.value) },
                     "control character in the search query")
        precondition(document.width == state.contentWidth, "document laid out at another width")
        // The tab bar is laid out from the same state the painter uses.
        let bar = TabBar.layout(titles: document.pageTitles, name: document.name, current: state.page, width: state.width)
        for tab in bar.tabs {
            precondition(tab.label.unicodeScalars.allSatisfy { $0.value >= 0x20 && !(0x7F...0x9F).contains($0.value) },
                         "control character in a tab label")
            precondition(tab.column + tab.width <= max(state.width, 1) || bar.tabs.count == 1, "tab past the edge")
        }
    }
}

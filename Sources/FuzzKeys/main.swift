import Foundation
import ResumeLayout
import ResumeModel
import ResumeViewer
import TerminalUI

/// libFuzzer entry: the input as a stream of `wgetch` results, decoded by `KeyReader`,
/// dispatched through the mode's keymap, reduced and composed, as the key loop does,
/// on a fixture résumé. Built only by `scripts/fuzz`. Traps when the state or a frame
/// breaks an invariant the screen relies on.
///
/// - byte < 0x80: that byte (so plain text types itself: "/abc\n"),
/// - 0x80–0xBF: a key code, the next byte choosing which,
/// - 0xC0–0xDF: a resize to the next two bytes (width, height),
/// - 0xE0–0xEF: the next byte with its high bit set, so UTF-8 (valid or not) can be
///   spelled one byte at a time: E0 EB E0 A0 E0 88 is "레",
/// - 0xF0–0xFF: a mouse event at the next two bytes.
///
/// The résumé is the tests' Korean fixture (Hangul, every kind of entry, highlighted
/// figures), so what is fuzzed does not change when a fork replaces resume.md. It is
/// read from the file rather than through ResumeContent: with `--sanitize=fuzzer` SwiftPM
/// compiles every executable as a library, and the EmbedResume plugin's tool (top-level
/// code) then fails to build.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzKeys(_ data: UnsafePointer<UInt8>, _ size: Int) -> Int32 {
    feed(Array(UnsafeBufferPointer(start: data, count: size)), document)
    return 0
}

/// Parsed and prepared once; the viewer never changes it, so every input starts alike.
nonisolated(unsafe) let document = Document(
    resume: ResumeParser.parse([UInt8](FileManager.default.contents(atPath: URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Tests/Fixtures/viewer-ko.md").path) ?? Data())).resume ?? Resume(name: "missing"),
    today: CalendarDate(year: 2026, month: 11))

/// ncurses' key codes (curses.h, in octal as it writes them): the arrows, PgUp/PgDn,
/// Home/End, keypad corners, Shift-Tab, Enter, Backspace, Delete, resize, mouse, and
/// some it sends that the viewer ignores.
let keyCodes: [Int32] = [0o403, 0o402, 0o404, 0o405, 0o523, 0o522, 0o406, 0o550, 0o534, 0o537, 0o541, 0o527, 0o407,
                         0o512, 0o632, 0o631, 0o410, 0o513, 0o401, 0o777, 0, -1]

func feed(_ bytes: [UInt8], _ document: Document) {
    var state = AppState(pageCount: document.pageCount, width: 80, height: 24)
    var reader = KeyReader()
    var i = 0
    func next() -> UInt8 {
        defer { i += 1 }
        return i < bytes.count ? bytes[i] : 0
    }
    var quit = false
    while i < bytes.count, !quit {
        let tag = next()
        var key: Key?
        switch tag {
        case 0x00..<0x80:
            key = reader.feed(Int32(tag))
        case 0x80..<0xC0:
            let pick = Int(next())
            key = reader.feed(pick < keyCodes.count ? keyCodes[pick] : Int32(pick) + 0o400)
        case 0xC0..<0xE0:
            let width = Int(next()), height = Int(next())
            reduce(&state, .resize(width: width, height: height), document)
        case 0xE0..<0xF0:
            key = reader.feed(Int32(next() | 0x80))
        default:
            let buttons: [Key.MouseButton] = [.click, .wheelUp, .wheelDown]
            key = .mouse(x: Int(next()), y: Int(next()), button: buttons[Int(tag) % 3])
        }
        if let key, key != .resize, let action = Keymaps.keymap(for: state.mode).action(for: key, in: state) {
            quit = reduce(&state, action, document).contains(.quit)
        }
        check(state, compose(state, document))
    }
}

func check(_ state: AppState, _ frame: Frame) {
    precondition(state.page >= 0 && state.page < document.pageCount, "page out of range")
    precondition(state.offsets.count == document.pageCount, "offsets per page")
    for page in 0..<document.pageCount {
        let limit = max(document.lineCount(page: page, width: state.contentWidth) - state.bodyHeight, 0)
        precondition(state.offsets[page] >= 0 && state.offsets[page] <= limit, "offset out of range")
    }
    precondition(state.helpOffset >= 0, "help offset")
    if let current = state.currentMatch { precondition(current >= 0 && current < state.matches.count, "match index") }
    precondition(state.query.unicodeScalars.allSatisfy { $0.value >= 0x20 && !(0x7F...0x9F).contains($0.value) },
                 "control character in the search query")
    precondition(frame.width == state.width && frame.height == state.height, "frame of another size")
    for cell in frame.cells {
        precondition(cell.text.unicodeScalars.allSatisfy { $0.value >= 0x20 && !(0x7F...0x9F).contains($0.value) },
                     "control character on screen")
    }
}

import CNCursesW
import Foundation
import ResumeLayout
import ResumeModel
import ResumeViewer
import TestSupport
import XCTest
@testable import TerminalUI

/// What the key reader can hand the decoder when a visitor types or pastes hostile bytes:
/// nothing that can act on a terminal ever becomes text for the search prompt, and no
/// stream of keys and resizes breaks the viewer's state or its screen.
final class KeyDecoderHostileTests: XCTestCase {
    func testNoControlFormatOrInvalidValueDecodesAsText() {
        var values: [UInt32] = Array(0...0x1F) + Array(0x7F...0x9F)
        values += [0x061C, 0x200E, 0x200F, 0x2028, 0x2029, 0x202A, 0x202E, 0x2066, 0x2069, 0xFEFF, 0xFFF9,
                   0xD800, 0xDFFF, 0xE000, 0xE0001, 0xE007F, 0x110000, 0xFFFF_FFFF]
        for value in values {
            if case .char = KeyDecoder.decode(status: OK, value: value) {
                XCTFail("U+\(String(value, radix: 16)) decoded as text")
            }
        }
        XCTAssertEqual(KeyDecoder.decode(status: OK, value: 0x1B), .escape)
        XCTAssertEqual(KeyDecoder.decode(status: OK, value: 0x9B), .unknown)
        XCTAssertEqual(KeyDecoder.decode(status: OK, value: 0xD55C), .char("한"))
    }

    func testUnknownKeyCodesAreUnknown() {
        for code: Int32 in [0, -1, 0o777, KEY_F0, KEY_MAX, Int32.max, Int32.min] {
            XCTAssertEqual(KeyDecoder.decode(status: KEY_CODE_YES, value: UInt32(bitPattern: code)), .unknown, "\(code)")
        }
    }

    // MARK: - Whole streams, as the key loop runs them

    /// What reaches the key loop: `wgetch` values (bytes and key codes) or a resize to
    /// a size (the loop asks the terminal for it after KEY_RESIZE).
    enum Input {
        case codes([Int32])
        case resize(Int, Int)
        case mouse(Int, Int, Key.MouseButton)

        static func bytes(_ bytes: [UInt8]) -> Input { .codes(bytes.map(Int32.init)) }
        static func text(_ text: String) -> Input { .bytes(Array(text.utf8)) }
    }

    /// Feeds `inputs` as `TerminalApp.run` does (reader, the mode's keymap, reducer,
    /// compose) and returns what broke after each one, if anything did.
    private func problems(_ inputs: [Input], _ document: Document) -> [String] {
        var state = AppState(pageCount: document.pageCount, width: 80, height: 24)
        var reader = KeyReader()
        var found: [String] = []
        for (index, input) in inputs.enumerated() {
            var keys: [Key] = []
            switch input {
            case .codes(let codes): keys = codes.compactMap { reader.feed($0) }
            case .resize(let width, let height): reduce(&state, .resize(width: width, height: height), document)
            case .mouse(let x, let y, let button): keys = [.mouse(x: x, y: y, button: button)]
            }
            for key in keys where key != .resize {
                guard let action = Keymaps.keymap(for: state.mode).action(for: key, in: state) else { continue }
                if reduce(&state, action, document).contains(.quit) { return found }
            }
            found += check(state, compose(state, document), document).map { "after input \(index): \($0)" }
        }
        return found
    }

    private func check(_ state: AppState, _ frame: Frame, _ document: Document) -> [String] {
        var found: [String] = []
        if !(0..<document.pageCount).contains(state.page) { found.append("page \(state.page) of \(document.pageCount)") }
        for page in 0..<document.pageCount {
            let limit = max(document.lineCount(page: page, width: state.contentWidth) - state.bodyHeight, 0)
            if !(0...limit).contains(state.offsets[page]) { found.append("page \(page) scrolled to \(state.offsets[page]) of \(limit)") }
        }
        if let current = state.currentMatch, !state.matches.indices.contains(current) { found.append("match \(current) of \(state.matches.count)") }
        if state.query.unicodeScalars.contains(where: { $0.value < 0x20 || (0x7F...0x9F).contains($0.value) }) {
            found.append("a control character in the query \(state.query.unicodeScalars.map(\.value))")
        }
        if frame.width != state.width || frame.height != state.height { found.append("a \(frame.width)x\(frame.height) frame") }
        for y in 0..<frame.height {
            let cells = frame.row(y).reduce(0) { $0 + CellWidth.of($1.text) }
            if cells != frame.width { found.append("row \(y) draws \(cells) cells of \(frame.width)") }
            if frame.row(y).contains(where: { $0.text.unicodeScalars.contains { $0.value < 0x20 || (0x7F...0x9F).contains($0.value) } }) {
                found.append("a control character on row \(y)")
            }
        }
        return found
    }

    /// The two viewer fixtures, freshly prepared (never the owner's résumé).
    private func fixtures() -> [Document] {
        ["viewer-en", "viewer-ko"].map { name in
            let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
                .appendingPathComponent("Fixtures/\(name).md")
            let text = (try? String(contentsOf: url, encoding: .utf8)) ?? ""
            return Document(resume: ResumeParser.parse(text).resume ?? Resume(name: "unreadable \(name)"),
                            today: CalendarDate(year: 2026, month: 11, day: 24))
        }
    }

    /// Streams a fuzzer or a hostile visitor would send: escape sequences and C1 bytes
    /// typed into the search prompt, broken UTF-8 around a search, resizes to nothing and
    /// back in the middle of a search, a thousand keys at once, clicks off the screen.
    func testHostileStreamsKeepTheViewerWhole() {
        let streams: [[Input]] = [
            [.text("/\u{1B}[6n"), .bytes([0x9B, 0x07, 0x00]), .text("abc\u{7F}\u{7F}\n")],
            [.resize(0, 0), .text("/a"), .resize(255, 255), .text("n"), .resize(1, 1), .text("N")],
            [.text("/"), .bytes([0xE0, 0x00, 0xD8, 0x00, 0xE0, 0x11, 0x00, 0x00, 0xE0, 0x00, 0x20, 0x2E]), .text("\n")],
            [.bytes([0xF0, 0x05, 0x00, 0xF1, 0x00, 0x00, 0xF2, 0xFF, 0xFF, 0x3F, 0x80, 0x01, 0x80, 0x0E, 0x47])],
            [.text(String(repeating: "j", count: 500) + "Gg][ttt")],
            [.text("/ㅋㅅ\n"), .resize(20, 5), .text("nnnnNNNN"), .resize(19, 4), .text("]]]["), .resize(120, 40), .text("n")],
            [.text("?"), .codes([Int32(KEY_NPAGE), Int32(KEY_NPAGE), Int32(KEY_END)]), .resize(24, 9), .text("G"), .resize(200, 3), .text("?")],
            [.mouse(-5, -5, .click), .mouse(10_000, 0, .click), .mouse(3, 0, .wheelDown), .text("/p99"), .mouse(0, 0, .click), .text("\n")],
            [.text("/"), .text(String(repeating: "한", count: 300)), .resize(30, 6), .text("\u{8}\u{8}\n")],
        ]
        for document in fixtures() {
            for (index, stream) in streams.enumerated() {
                XCTAssertEqual(problems(stream, document), [], "stream \(index) on \(document.name)")
            }
        }
    }

    /// The same, on random streams: seeded, so a failure fails again the same way.
    func testRandomStreamsKeepTheViewerWhole() {
        var generator = SeededGenerator(seed: 0x5EED_0F_CAFE)
        let codes = [KEY_UP, KEY_DOWN, KEY_LEFT, KEY_RIGHT, KEY_NPAGE, KEY_PPAGE, KEY_HOME, KEY_END, KEY_BTAB, KEY_DC, KEY_BACKSPACE]
        let pieces = Array("/?nNjkhlgG[]tq\u{1B}\r\u{7F} 한ㄹㄷㅅcache캐시".utf8) + [0x80, 0xC0, 0xE3, 0xFF, 0x00, 0x9B]
        let documents = fixtures()
        for round in 0..<40 {
            var inputs: [Input] = []
            for _ in 0..<(1 + generator.below(40)) {
                switch generator.below(10) {
                case 0: inputs.append(.resize(generator.below(130), generator.below(45)))
                case 1: inputs.append(.codes([codes[generator.below(codes.count)]]))
                case 2: inputs.append(.mouse(generator.below(130) - 5, generator.below(45) - 5, [.click, .wheelUp, .wheelDown][generator.below(3)]))
                default: inputs.append(.bytes((0..<(1 + generator.below(4))).map { _ in pieces[generator.below(pieces.count)] }.filter { $0 != UInt8(ascii: "q") }))
                }
            }
            for document in documents {
                let found = problems(inputs, document)
                XCTAssertEqual(found, [], "round \(round) on \(document.name)")
                if !found.isEmpty { return }
            }
        }
    }
}

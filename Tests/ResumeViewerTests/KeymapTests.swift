import ResumeLayout
import XCTest
@testable import ResumeViewer

/// One keymap per mode: dispatch, the `?` screen and the footer hints all come from it,
/// and these tests hold the three to each other.
final class KeymapTests: XCTestCase {
    // MARK: - The keys there are

    /// Every key a visitor can send: printable ASCII, some Hangul (a syllable, a jamo as
    /// an initials search types it), Ctrl-A…Ctrl-Z, every special key, and the mouse.
    static let universe: [Key] = {
        var keys = (0x20...0x7E).map { Key.char(Character(Unicode.Scalar(UInt8($0)))) }
        keys += ["한", "ㄹ", "가", "é", "日"].map(Key.char)
        keys += "abcdefghijklmnopqrstuvwxyz".map(Key.ctrl)
        keys += [.up, .down, .left, .right, .pageUp, .pageDown, .home, .end, .tab, .backTab, .enter, .escape,
                 .backspace, .delete, .resize, .unknown]
        for (x, y) in [(0, 0), (20, 0), (10, 5)] {
            keys += [.mouse(x: x, y: y, button: .click), .mouse(x: x, y: y, button: .wheelUp), .mouse(x: x, y: y, button: .wheelDown)]
        }
        return keys
    }()

    /// A state in `mode`, for asking the keymap what a key does there.
    private func state(in mode: AppState.Mode) -> AppState {
        var state = AppState(pageCount: 4, width: 80, height: 24)
        state.mode = mode
        return state
    }

    // MARK: - The design's key table

    func testTheDesignKeyMapIsBoundInBrowseMode() {
        let expected: [(Key, Action)] = [
            (.right, .nextPage), (.char("l"), .nextPage), (.tab, .nextPage),
            (.left, .previousPage), (.char("h"), .previousPage), (.backTab, .previousPage),
            (.char("1"), .goToPage(0)), (.char("3"), .goToPage(2)), (.char("9"), .goToPage(8)),
            (.down, .scroll(1)), (.char("j"), .scroll(1)), (.up, .scroll(-1)), (.char("k"), .scroll(-1)),
            (.pageDown, .pageDown), (.char(" "), .pageDown), (.char("f"), .pageDown), (.ctrl("f"), .pageDown),
            (.pageUp, .pageUp), (.char("b"), .pageUp), (.ctrl("b"), .pageUp),
            (.ctrl("d"), .halfPageDown), (.ctrl("u"), .halfPageUp),
            (.char("g"), .top), (.home, .top), (.char("G"), .bottom), (.end, .bottom),
            (.char("]"), .nextEntry), (.char("["), .previousEntry),
            (.char("/"), .beginSearch), (.char("n"), .nextMatch), (.char("N"), .previousMatch),
            (.escape, .escape), (.char("?"), .toggleHelp), (.char("t"), .cycleTheme),
            (.char("q"), .quit), (.ctrl("c"), .quit), (.char("L"), .switchLanguage),
            (.mouse(x: 4, y: 7, button: .wheelDown), .scroll(3)), (.mouse(x: 4, y: 7, button: .wheelUp), .scroll(-3)),
            (.mouse(x: 4, y: 0, button: .click), .click(x: 4, y: 0)),
        ]
        for (key, action) in expected {
            XCTAssertEqual(Keymaps.browse.action(for: key, in: state(in: .browse)), action, "\(key)")
        }
    }

    func testKeymapForModeIsTheModesOwn() {
        for mode in [AppState.Mode.browse, .search, .help] {
            XCTAssertEqual(Keymaps.keymap(for: mode).mode, mode)
        }
        XCTAssertEqual(Keymaps.all.map(\.mode), [.browse, .search, .help], "help lists them in this order")
    }

    // MARK: - Every key that works is in the help

    /// Drives every key of the universe through every mode's keymap; each key dispatch
    /// accepts must be listed, under its mode's heading, on the `?` screen as rendered:
    /// its binding's keys and words, in a row whose keys name this key.
    func testEveryKeyThatDoesSomethingIsListedInTheHelp() {
        for width in [118, 78, 38, 22] {
            for words in [Words.english, .korean] {
                let problems = unlistedKeys(help: HelpScreen.lines(width: width, words: words), words: words)
                XCTAssertEqual(problems, [], "\(words.languageName) at \(width) columns:\n" + problems.joined(separator: "\n"))
            }
        }
    }

    /// The check above can fail: the same screen with one row taken out is caught.
    func testTheHelpCheckCatchesADroppedRow() throws {
        let help = HelpScreen.lines(width: 78, words: .english)
        let themeRow = try XCTUnwrap(help.firstIndex { $0.text.hasPrefix("t ") })
        var doctored = help
        doctored.remove(at: themeRow)
        XCTAssertEqual(unlistedKeys(help: doctored, words: .english), ["Keys: t (cycleTheme) is not listed as \"t\" \"theme: dark, light, monochrome\""])

        // A row moved under another mode's heading is caught too.
        let escapeInSearch = try XCTUnwrap(help.firstIndex { $0.text.hasPrefix("Esc ") && $0.text.contains("cancel the search") })
        var moved = help
        let row = moved.remove(at: escapeInSearch)
        moved.insert(row, at: 2)
        XCTAssertEqual(unlistedKeys(help: moved, words: .english), ["In the search prompt: Esc (escape) is not listed as \"Esc\" \"cancel the search\""])
    }

    /// For every key a mode takes: whether a row under the mode's heading in `help`
    /// shows its binding's keys and words, and names the key. Returns what is missing.
    private func unlistedKeys(help: [StyledLine], words: Words) -> [String] {
        // A line at the left edge starts a row; an indented one (words wrapped, or put
        // under the keys on a narrow screen) continues it.
        var sections: [String: [String]] = [:]
        var heading = ""
        for line in help {
            let text = line.text
            if line.spans.first?.role == .heading {
                heading = text
            } else if text.first == " ", let last = sections[heading]?.indices.last {
                sections[heading]?[last] += " " + text
            } else if !text.isEmpty {
                sections[heading, default: []].append(text)
            }
        }
        var problems: [String] = []
        for keymap in Keymaps.all {
            let state = state(in: keymap.mode)
            let title = keymap.title(in: words)
            let rows = (sections[title] ?? []).map(collapsed)
            for key in Self.universe {
                guard let action = keymap.action(for: key, in: state), let binding = keymap.binding(for: key) else { continue }
                let keys = collapsed(binding.keysLabel(in: words))
                let help = collapsed(binding.help(in: words))
                let listed = rows.contains { $0 == keys + " " + help } && names(binding.keysLabel(in: words), key, words)
                if !listed {
                    problems.append("\(title): \(key.label) (\(action)) is not listed as \"\(keys)\" \"\(help)\"")
                }
            }
        }
        return problems
    }

    /// Whether a help row's keys column names `key`: its label among them, or a range
    /// ("1-9"), or the words for what has no single label.
    private func names(_ keysLabel: String, _ key: Key, _ words: Words) -> Bool {
        let labels = keysLabel.split(separator: " ").map(String.init)
        if labels.contains(key.label) { return true }
        switch key {
        case .char(let c) where keysLabel == "1-9": return ("1"..."9").contains(String(c))
        case .char: return keysLabel == words.anyCharacter || keysLabel == words.anyOtherKey
        case .mouse(_, _, .wheelUp): return keysLabel == words.wheelUp || keysLabel == words.anyOtherKey
        case .mouse(_, _, .wheelDown): return keysLabel == words.wheelDown || keysLabel == words.anyOtherKey
        case .mouse(_, _, .click): return keysLabel == words.click || keysLabel == words.anyOtherKey
        default: return keysLabel == words.anyOtherKey || keysLabel == key.label
        }
    }

    private func collapsed(_ text: String) -> String {
        text.split(separator: " ").joined(separator: " ")
    }

    // MARK: - One meaning per key

    func testNoKeyIsBoundTwiceWithinAMode() {
        for keymap in Keymaps.all {
            var seen: [Key: String] = [:]
            let words = Words.english
            for binding in keymap.bindings {
                guard case .keys(let keys) = binding.trigger else { continue }
                for key in keys {
                    XCTAssertNil(seen[key], "\(keymap.mode): \(key.label) is bound to both \"\(seen[key] ?? "")\" and \"\(binding.help(in: words))\"")
                    seen[key] = binding.help(in: words)
                }
            }
            // Nor taken first by a catch-all ("any character", "any other key"): each key
            // a binding names does what that binding says.
            for binding in keymap.bindings {
                guard case .keys(let keys) = binding.trigger else { continue }
                for key in keys {
                    XCTAssertEqual(keymap.action(for: key, in: state(in: keymap.mode)), binding.fixedAction,
                                   "\(keymap.mode): \(key.label) is shadowed; help says \"\(binding.help(in: words))\"")
                }
            }
            // The wheel and the click are bound at most once each.
            for trigger in [KeyBinding.Trigger.wheelUp, .wheelDown, .click, .text, .anyOtherKey] {
                XCTAssertLessThanOrEqual(keymap.bindings.filter { $0.trigger == trigger }.count, 1, "\(keymap.mode): \(trigger)")
            }
        }
    }

    /// Whatever binding answers a key is the one help shows for it: the first binding that
    /// takes the key is also the one that acts, so no row of help is shadowed.
    func testTheBindingHelpShowsIsTheOneThatActs() {
        for keymap in Keymaps.all {
            let state = state(in: keymap.mode)
            for key in Self.universe {
                guard let binding = keymap.binding(for: key) else { continue }
                XCTAssertEqual(keymap.action(for: key, in: state), binding.action(for: key), "\(keymap.mode): \(key.label)")
            }
        }
    }

    // MARK: - The footer names only keys that work

    /// The hints in the footer of each mode, as composed, read back into keys: each key
    /// must do in that mode what the hint's words say.
    func testFooterHintsNameOnlyKeysThatWorkInTheirMode() {
        let expected: [AppState.Mode: String] = [
            .browse: "←→ pages  ↓↑ scroll  / search  ? help  q quit",
            .search: "Enter jump  Esc cancel",
            .help: "↓↑ scroll  Esc closes",
        ]
        let meanings: [String: [Action]] = [
            "pages": [.previousPage, .nextPage], "scroll": [.scroll(1), .scroll(-1)], "search": [.beginSearch],
            "help": [.toggleHelp], "quit": [.quit], "jump": [.searchSubmit], "cancel": [.escape], "closes": [.escape],
        ]
        let document = Fixture.english.document()
        for mode in [AppState.Mode.browse, .search, .help] {
            let state = state(in: mode)
            let frame = compose(state, document)
            let hints = frame.text(ofRow: frame.height - 1, role: .footerHint)
            XCTAssertEqual(hints, expected[mode], "\(mode)")
            let keymap = Keymaps.keymap(for: mode)
            for hint in hints.components(separatedBy: "  ") {
                let parts = hint.split(separator: " ", maxSplits: 1).map(String.init)
                let keys = Self.keys(named: parts.first ?? "")
                XCTAssertFalse(keys.isEmpty, "\(mode): \"\(hint)\" names no key")
                for key in keys {
                    let action = keymap.action(for: key, in: state)
                    XCTAssertTrue(action.map { meanings[parts.last ?? "", default: []].contains($0) } ?? false,
                                  "\(mode): the footer says \"\(hint)\" but \(key.label) does \(action.map { "\($0)" } ?? "nothing")")
                }
            }
        }
    }

    /// The keys a hint writes side by side ("←→", "Enter"), read by their labels, the
    /// longest label first; nothing if some of it is no key's label.
    private static func keys(named text: String) -> [Key] {
        var rest = Substring(text)
        var keys: [Key] = []
        while !rest.isEmpty {
            let candidates = universe.filter { !$0.label.isEmpty && rest.hasPrefix($0.label) }
            guard let key = candidates.max(by: { $0.label.count < $1.label.count }) else { return [] }
            keys.append(key)
            rest = rest.dropFirst(key.label.count)
        }
        return keys
    }

    /// The hints come from the keymap: a hint whose binding is gone is not shown.
    func testAHintWithoutItsBindingIsLeftOut() {
        let keymap = Keymaps.browse
        let withoutSearch = Keymap(mode: .browse, title: keymap.titlePhrase,
                                   bindings: keymap.bindings.filter { $0.fixedAction != .beginSearch }, hints: keymap.hints)
        let state = state(in: .browse)
        XCTAssertEqual(withoutSearch.hints(fitting: 200, in: state, words: .english), "←→ pages  ↓↑ scroll  ? help  q quit")
        XCTAssertEqual(keymap.hints(fitting: 200, in: state, words: .english), "←→ pages  ↓↑ scroll  / search  ? help  q quit")
        XCTAssertEqual(keymap.hints(fitting: 200, in: state, words: .english, next: .korean),
                       "←→ pages  ↓↑ scroll  / search  ? help  q quit  L 한국어", "L names the language it switches to")
    }

    func testNarrowFootersKeepHelpAndQuitFirst() {
        let state = state(in: .browse)
        XCTAssertEqual(Keymaps.browse.hints(fitting: 6, in: state, words: .english), "? help")
        XCTAssertEqual(Keymaps.browse.hints(fitting: 14, in: state, words: .english), "? help  q quit")
        XCTAssertEqual(Keymaps.browse.hints(fitting: 5, in: state, words: .english), "", "never a cut hint")
        // Hangul is two cells a character: "? 도움말" is 8 cells.
        XCTAssertEqual(Keymaps.browse.hints(fitting: 8, in: state, words: .korean, next: .english), "? 도움말")
        XCTAssertEqual(Keymaps.browse.hints(fitting: 16, in: state, words: .korean, next: .english), "? 도움말  q 종료")
        XCTAssertEqual(Keymaps.browse.hints(fitting: 5, in: state, words: .korean), "")
    }

    // MARK: - Modes

    func testSearchModeTypesLettersAsText() {
        let state = state(in: .search)
        for character: Character in ["q", "한", "ㄹ", "n", "?", "/", "1", " ", "G", "t"] {
            XCTAssertEqual(Keymaps.search.action(for: .char(character), in: state), .searchInsert(String(character)), "\(character)")
        }
        XCTAssertEqual(Keymaps.search.action(for: .ctrl("c"), in: state), .quit)
        XCTAssertEqual(Keymaps.search.action(for: .enter, in: state), .searchSubmit)
        XCTAssertEqual(Keymaps.search.action(for: .escape, in: state), .escape)
        XCTAssertEqual(Keymaps.browse.action(for: .char("q"), in: self.state(in: .browse)), .quit, "outside the prompt q still quits")
    }

    func testInHelpAnyOtherKeyClosesIt() {
        let state = state(in: .help)
        for key: Key in [.char("x"), .char("l"), .char("한"), .right, .tab, .enter, .backspace, .ctrl("a"), .mouse(x: 3, y: 0, button: .click)] {
            XCTAssertEqual(Keymaps.help.action(for: key, in: state), .escape, "\(key)")
        }
        XCTAssertEqual(Keymaps.help.action(for: .char("j"), in: state), .scroll(1), "its own keys scroll")
        XCTAssertEqual(Keymaps.help.action(for: .char("q"), in: state), .quit)
        XCTAssertNil(Keymaps.help.action(for: .resize, in: state), "a resize is not a key press")
        XCTAssertNil(Keymaps.help.action(for: .unknown, in: state), "nor is a key nobody knows")
    }

    func testTheMouseWorksInBrowseAndInThePrompt() {
        for keymap in Keymaps.all where keymap.mode != .help {
            let state = state(in: keymap.mode)
            XCTAssertEqual(keymap.action(for: .mouse(x: 9, y: 0, button: .click), in: state), .click(x: 9, y: 0))
            XCTAssertEqual(keymap.action(for: .mouse(x: 9, y: 4, button: .wheelDown), in: state), .scroll(3))
        }
    }
}

import ResumeLayout
import TestSupport
import SnapshotSupport
import XCTest
@testable import ResumeViewer

/// The screen as a value: snapshots of composed frames in every mode at four window
/// sizes, the grid's own rules, and the footer telling the truth about what is shown.
final class FrameTests: XCTestCase {
    // MARK: - Scenes

    /// A screen a person can reach: a fixture, the keys pressed, what it shows.
    struct Scene {
        var name: String
        var fixture: Fixture
        var title: String
        /// With the fixture's translation, for `L` (the Korean one and its English).
        var translated = false
        var setUp: (inout AppState, Document) -> Void

        func document() -> Document { translated ? Fixture.bilingual(fixture).1 : fixture.document() }
    }

    static let geometries = [(80, 24), (40, 15), (24, 9), (120, 40)]

    static var scenes: [Scene] { [
        Scene(name: "browse-about-en", fixture: .english, title: "browse: About, as it opens") { _, _ in },
        Scene(name: "browse-about-ko", fixture: .korean, title: "browse: About of the Korean résumé") { _, _ in },
        Scene(name: "browse-career-en", fixture: .english, title: "browse: Career after 2, ] and PgDn") { state, document in
            for key: Key in [.char("2"), .char("]"), .pageDown] { press(key, &state, document) }
        },
        Scene(name: "browse-career-ko", fixture: .korean, title: "browse: Korean Career after 2 and Ctrl-D") { state, document in
            for key: Key in [.char("2"), .ctrl("d")] { press(key, &state, document) }
        },
        Scene(name: "browse-match-en", fixture: .english, title: "browse: /cache, Enter, n, n: the third of seven matches") { state, document in
            search("cache", &state, document)
            press(.char("n"), &state, document)
            press(.char("n"), &state, document)
        },
        Scene(name: "search-prompt-ko", fixture: .korean, title: "search: 2, then /캐시 typed, not yet submitted") { state, document in
            press(.char("2"), &state, document)
            press(.char("/"), &state, document)
            type("캐시", &state, document)
        },
        Scene(name: "help", fixture: .english, title: "help: ? on About") { state, document in
            press(.char("?"), &state, document)
        },
        Scene(name: "help-ko", fixture: .korean, title: "help: ? on About of the Korean résumé") { state, document in
            press(.char("?"), &state, document)
        },
        Scene(name: "browse-career-bilingual-ko", fixture: .korean, title: "browse: Korean Career with an English translation",
              translated: true) { state, document in
            press(.char("2"), &state, document)
        },
        Scene(name: "switched-en", fixture: .korean, title: "browse: 2, ], L: the English translation, same entry",
              translated: true) { state, document in
            for key: Key in [.char("2"), .char("]"), .char("L")] { press(key, &state, document) }
        },
        Scene(name: "tour-ko", fixture: .korean, title: "the tour, as it searches by Korean initials") { state, document in
            playTour(until: { $0.caption?.hasPrefix("초성 검색") ?? false }, &state, document)
        },
        Scene(name: "message-en", fixture: .english, title: "browse: a message in the footer after c (copy)") { state, document in
            press(.char("c"), &state, document)
        },
    ] }

    /// Plays the tour from the start as the app does (captions kept in the state) until
    /// `stop` matches a step, then through the search that step begins.
    static func playTour(until stop: (Tour.Step) -> Bool, _ state: inout AppState, _ document: Document) {
        let tour = Tour(document: document, width: state.contentWidth, bodyHeight: state.bodyHeight)
        state.caption = ""
        var stopped = false
        for step in tour.steps {
            reduce(&state, step.action, document)
            if let caption = step.caption { state.caption = caption }
            stopped = stopped || stop(step)
            if stopped, step.action == .searchSubmit { return }
        }
    }

    func frame(_ scene: Scene, width: Int, height: Int) -> (AppState, Frame) {
        let document = scene.document()
        var state = AppState(pageCount: document.pageCount, width: width, height: height)
        scene.setUp(&state, document)
        return (state, compose(state, document))
    }

    // MARK: - Snapshots

    func testSnapshotsOfEveryModeAtFourSizes() {
        for scene in Self.allScenes {
            for (width, height) in Self.geometries {
                let (_, frame) = frame(scene, width: width, height: height)
                XCTAssertEqual(frame.gridProblems, [], "\(scene.name) at \(width)x\(height)")
                assertSnapshot(snapshotText(frame, title: scene.title), named: "\(scene.name)-\(width)x\(height).txt")
            }
        }
    }

    func testSnapshotsOfTheTooSmallScreen() {
        let scene = Self.scenes[0]
        for (width, height) in [(19, 4), (0, 0), (20, 4), (19, 5)] {
            let (state, frame) = frame(scene, width: width, height: height)
            XCTAssertTrue(state.isTooSmall)
            XCTAssertEqual(frame.gridProblems, [], "\(width)x\(height)")
            assertSnapshot(snapshotText(frame, title: "below the minimum of 20x5"), named: "too-small-\(width)x\(height).txt")
        }
        // The smallest window that shows the résumé.
        let (state, frame) = frame(scene, width: 20, height: 5)
        XCTAssertFalse(state.isTooSmall)
        assertSnapshot(snapshotText(frame, title: "browse: About at the minimum size"), named: "browse-about-en-20x5.txt")
    }

    // MARK: - Every size

    /// Whatever the window, the frame is exactly the window: every row draws `width`
    /// cells, wide characters whole, nothing past the edge, no control character, and
    /// the last cell of the last row blank.
    func testEveryScreenFitsItsWindow() {
        let widths = [0, 1, 2, 3, 5, 9, 19, 20, 21, 22, 23, 24, 25, 31, 39, 40, 41, 59, 79, 80, 81, 119, 120, 121, 250]
        let heights = [0, 1, 2, 4, 5, 6, 9, 15, 24, 40]
        for scene in Self.allScenes {
            // One document per scene: it keeps the layout of the last width, so the
            // heights of a width cost one layout.
            let document = scene.document()
            for width in widths {
                for height in heights {
                    var state = AppState(pageCount: document.pageCount, width: width, height: height)
                    scene.setUp(&state, document)
                    let frame = compose(state, document)
                    XCTAssertEqual(frame.width, width)
                    XCTAssertEqual(frame.height, height)
                    var problems = frame.gridProblems
                    // A terminal with automatic margins scrolls when the last cell of the
                    // screen is written: it is left blank.
                    if width > 0, height > 0, frame[width - 1, height - 1].text != " " {
                        problems.append("\"\(frame[width - 1, height - 1].text)\" in the last cell of the last row")
                    }
                    XCTAssertEqual(problems, [], "\(scene.name) at \(width)x\(height), \(state.mode):\n" + frame.text)
                    if !problems.isEmpty { return }
                }
            }
        }
    }

    /// The footer's "first-last/count" is what the body shows: those lines of the page, in
    /// order, and blank rows after the last; and its match counter names the match that
    /// is highlighted as current.
    func testTheFooterSaysWhatIsShown() {
        for fixture in Fixture.allCases {
            for (width, height) in [(80, 12), (40, 15), (24, 9), (20, 5)] {
                var (state, document) = fixture.start(width: width, height: height)
                for page in 0..<document.pageCount {
                    press(.char(Character(String(page + 1))), &state, document)
                    press(.home, &state, document)
                    let lines = document.lines(page: page, width: state.contentWidth)
                    var positions = Set<Int>()
                    repeat {
                        positions.insert(state.offsets[page])
                        let frame = compose(state, document)
                        let footer = frame.text(ofRow: height - 1, role: .footer)
                        let place = "\(fixture) page \(page) at \(width)x\(height) from \(state.offsets[page])"
                        guard let numbers = Self.position(in: footer) else {
                            XCTFail("\(place): no position in \"\(footer)\"")
                            break
                        }
                        XCTAssertEqual(numbers.count, lines.count, place)
                        if let percent = numbers.percent {
                            let expected = lines.count <= state.bodyHeight ? 100 : numbers.last * 100 / lines.count
                            XCTAssertEqual(percent, expected, place)
                        }
                        XCTAssertTrue(footer.hasSuffix("/\(lines.count)") || footer.hasSuffix("%"), "\(place): nothing cut short in \"\(footer)\"")
                        for row in 0..<state.bodyHeight {
                            let index = numbers.first - 1 + row
                            let shown = frame.bodyLines[row]
                            let expected = index < numbers.last ? String(repeating: " ", count: state.margin) + lines[index].text : ""
                            XCTAssertEqual(shown, expected.replacingOccurrences(of: "\\s+$", with: "", options: .regularExpression),
                                           "\(place), row \(row + 1)")
                        }
                        press(.down, &state, document)
                    } while !positions.contains(state.offsets[page])
                }
            }
        }
    }

    /// At every width, what the footer says on its right is whole: hints, the search's
    /// count, the tour's "any key takes over", and a message (cut, if longer than the
    /// row, only between words); the tour's caption too is cut only between words.
    func testNothingInTheFooterIsCutShort() {
        var hints = Set<String>()
        for words in [Words.english, .korean, .chinese, .japanese] {
            let keyed: [(String, String)] = [
                ("←→", words.hintPages), ("↓↑", words.hintScroll), ("/", words.hintSearch), ("?", words.hintHelp),
                ("q", words.hintQuit), ("Enter", words.hintJump), ("Esc", words.hintCancel), ("Esc", words.hintCloses),
                ("L", words.languageName),
            ]
            hints.formUnion(keyed.map { $0.0 + " " + $0.1 })
            hints.insert(words.tourTakeOver)
        }
        var scenes = Self.allScenes
        scenes.append(Scene(name: "long-query", fixture: .korean, title: "") { state, document in
            press(.char("/"), &state, document)
            type("정산 배치를 빠르게 만드는", &state, document)
        })
        for scene in scenes {
            let document = scene.document()
            for width in 20...130 {
                for height in [5, 9] {
                    var state = AppState(pageCount: document.pageCount, width: width, height: height)
                    scene.setUp(&state, document)
                    let frame = compose(state, document)
                    let place = "\(scene.name) at \(width)x\(height): \"\(frame.footerLine)\""
                    let right = frame.text(ofRow: height - 1, role: .footerHint)
                    for piece in right.components(separatedBy: "  ") where !piece.isEmpty {
                        let whole = hints.contains(piece) || piece.wholeMatch(of: Self.matchCounts) != nil
                            || state.message.map { Self.isCutBetweenWords(piece, of: $0) } ?? false
                        XCTAssertTrue(whole, "\(place): \"\(piece)\" is cut short")
                    }
                    if let caption = state.caption, !caption.isEmpty {
                        let left = frame.text(ofRow: height - 1, role: .footer)
                        let full = "▶ \(document.pageTitles[state.page]) · \(caption)"
                        XCTAssertTrue(Self.isCutBetweenWords(left, of: full), "\(place): the caption is cut inside a word")
                    }
                }
            }
        }
    }

    /// Whether `piece` is `text`, or its beginning up to a space.
    private static func isCutBetweenWords(_ piece: String, of text: String) -> Bool {
        guard text.hasPrefix(piece) else { return false }
        return piece == text || text.dropFirst(piece.count).first == " "
    }

    /// A query wider than the window shows its end, where the typing happens, with the
    /// cursor after it; the last cell of the row stays blank.
    func testALongQueryShowsWhereYouType() {
        var (state, document) = Fixture.korean.start(width: 24, height: 9)
        press(.char("/"), &state, document)
        type("정산 배치를 빠르게 만드는", &state, document)
        let frame = compose(state, document)
        XCTAssertEqual(frame.lines[8], "/ 배치를 빠르게 만드는", "정산 has moved out at the left")
        let cursor = frame.row(8).firstIndex { $0.role == .cursor }.map { $0 - 8 * 24 }
        XCTAssertEqual(cursor, 22, "right after 만드는")
        XCTAssertEqual(frame[23, 8].text, " ")
        press(.backspace, &state, document)
        XCTAssertEqual(compose(state, document).lines[8], "/산 배치를 빠르게 만드", "deleting brings the start back into view")
    }

    func testALongMessageKeepsItsWordsWhole() {
        var (state, document) = Fixture.english.start(width: 40, height: 15)
        press(.char("c"), &state, document)
        XCTAssertEqual(compose(state, document).footerLine, " copied alex.morgan@example.com to your",
                       "beside the position it would not fit: it takes the row")
        reduce(&state, .resize(width: 70, height: 15), document)
        press(.char("y"), &state, document)
        XCTAssertEqual(compose(state, document).footerLine, " About               copied alex.morgan@example.com to your clipboard",
                       "with room for it whole, the position goes first")

        (state, document) = Fixture.english.start(width: 60, height: 15)
        search("cache", &state, document)
        for _ in 0..<7 { press(.char("n"), &state, document) }
        XCTAssertEqual(compose(state, document).footerLine, " Career  1/7              search wrapped to the first match",
                       "the match counter stays beside the message")
    }

    /// "first-last/count pct%" read back from a footer (a narrow one leaves out the
    /// percentage).
    private static func position(in footer: String) -> (first: Int, last: Int, count: Int, percent: Int?)? {
        guard let match = footer.firstMatch(of: /(\d+)-(\d+)\/(\d+)(?: (\d+)%)?/) else { return nil }
        guard let first = Int(match.1), let last = Int(match.2), let count = Int(match.3) else { return nil }
        return (first, last, count, match.4.flatMap { Int($0) })
    }

    func testTheMatchCounterNamesTheHighlightedMatch() {
        for (fixture, query) in [(Fixture.english, "cache"), (.korean, "ㅋㅅ")] {
            for (width, height) in [(80, 24), (40, 15), (24, 9)] {
                var (state, document) = fixture.start(width: width, height: height)
                search(query, &state, document)
                for _ in 0..<state.matches.count {
                    let frame = compose(state, document)
                    let place = "\(fixture) \(query) at \(width)x\(height)"
                    let counter = " \(state.currentMatch.map { $0 + 1 } ?? 0)/\(state.matches.count)"
                    XCTAssertTrue(frame.text(ofRow: height - 1, role: .footer).hasSuffix(counter), "\(place): \(frame.footerLine)")
                    let current = state.matches[state.currentMatch ?? 0]
                    for fragment in current.fragments {
                        let row = fragment.line - state.offsets[state.page] + 1
                        XCTAssertTrue((1..<height - 1).contains(row), "\(place): the current match is in view")
                        guard (1..<height - 1).contains(row) else { continue }
                        let x = state.margin + fragment.startCell
                        XCTAssertEqual(frame[x, row].role, .content(.currentMatch), "\(place), row \(row)")
                    }
                    press(.char("n"), &state, document)
                }
            }
        }
    }

    // MARK: - Frame itself

    func testAWideCharacterTakesTwoCells() {
        var frame = Frame(width: 6, height: 1)
        let end = frame.put("한a글", x: 0, y: 0, role: .footer)
        XCTAssertEqual(end, 5)
        XCTAssertEqual(frame.row(0).map(\.text), ["한", "", "a", "글", "", " "])
        XCTAssertEqual(frame.text(ofRow: 0), "한a글 ")
        XCTAssertEqual(frame[1, 0].role, .footer, "the covered cell has the character's role")
        XCTAssertEqual(frame.gridProblems, [])
    }

    func testNothingIsWrittenPastTheEdges() {
        var frame = Frame(width: 4, height: 2)
        XCTAssertEqual(frame.put("abcdef", x: 2, y: 0, role: .footer), 4)
        XCTAssertEqual(frame.text, "  ab\n    ")
        frame.put("zz", x: 4, y: 1, role: .footer)
        frame.put("zz", x: 0, y: 2, role: .footer)
        frame.put("zz", x: 0, y: -1, role: .footer)
        frame.put("zz", x: -1, y: 1, role: .footer)
        frame.fill(y: 5, role: .footer)
        frame.fill(y: -1, role: .footer)
        XCTAssertEqual(frame.text, "  ab\n    ")
        XCTAssertEqual(frame.cells.count, 8)
        XCTAssertEqual(frame.row(1).map(\.role), Array(repeating: .content(.plain), count: 4))

        var empty = Frame(width: 0, height: 0)
        empty.put("한", x: 0, y: 0, role: .footer)
        empty.fill(y: 0, role: .footer)
        XCTAssertEqual(empty.text, "")
        XCTAssertEqual(Frame(width: -3, height: -1).cells.count, 0, "a negative size is no size")
    }

    func testOverwritingHalfAWideCharacterClearsTheOtherHalf() {
        // The second half: the first is left as a space, never half a syllable.
        var frame = Frame(width: 4, height: 1)
        frame.put("한글", x: 0, y: 0, role: .footer)
        frame.put("a", x: 1, y: 0, role: .cursor)
        XCTAssertEqual(frame.row(0).map(\.text), [" ", "a", "글", ""])
        XCTAssertEqual(frame[0, 0].role, .footer)
        // The first half: the second is left as a space.
        frame.put("b", x: 2, y: 0, role: .cursor)
        XCTAssertEqual(frame.row(0).map(\.text), [" ", "a", "b", " "])
        // A wide character across the boundary of two others clears both.
        frame = Frame(width: 4, height: 1)
        frame.put("한글", x: 0, y: 0, role: .footer)
        frame.put("말", x: 1, y: 0, role: .cursor)
        XCTAssertEqual(frame.row(0).map(\.text), [" ", "말", "", " "])
        // A fill from the middle of a wide character.
        frame = Frame(width: 4, height: 1)
        frame.put("한글", x: 0, y: 0, role: .footer)
        frame.fill(y: 0, from: 3, role: .tabBar)
        XCTAssertEqual(frame.row(0).map(\.text), ["한", "", " ", " "])
        XCTAssertEqual(frame.gridProblems, [])
    }

    func testACutAtTheRightEdgeNeverSplitsACharacter() {
        // ratatui's case: only the wide characters that fit whole are drawn.
        var frame = Frame(width: 5, height: 1)
        XCTAssertEqual(frame.put("ab한글", x: 0, y: 0, role: .footer), 4)
        XCTAssertEqual(frame.row(0).map(\.text), ["a", "b", "한", "", " "])
        frame = Frame(width: 5, height: 1)
        frame.put("x👍🏽👍🏽", x: 1, y: 0, role: .footer)
        XCTAssertEqual(frame.row(0).map(\.text), [" ", "x", "👍🏽", "", " "], "an emoji with its skin tone is one character of two cells")
        frame = Frame(width: 3, height: 1)
        frame.put(StyledLine([Span("a", .name), Span("한글", .heading)]), x: 0, y: 0)
        XCTAssertEqual(frame.row(0).map(\.text), ["a", "한", ""])
        XCTAssertEqual(frame.row(0).map(\.role), [.content(.name), .content(.heading), .content(.heading)])
        frame = Frame(width: 3, height: 1)
        frame.put(StyledLine([Span("ab", .name), Span("한", .heading)]), x: 0, y: 0)
        XCTAssertEqual(frame.row(0).map(\.text), ["a", "b", " "], "a span that starts one cell from the edge is left out")
    }

    func testACombiningMarkStaysWithItsLetter() {
        var frame = Frame(width: 3, height: 1)
        frame.put("e\u{301}x", x: 0, y: 0, role: .footer)
        XCTAssertEqual(frame.row(0).map(\.text), ["e\u{301}", "x", " "])
    }

    /// Random writes of Hangul, emoji, combining marks and ASCII at random places, some
    /// over the edges: the grid stays whole after each.
    func testRandomWritesKeepTheGridWhole() {
        var generator = SeededGenerator(seed: 0xF2A3E)
        let pieces = ["a", "한", "글", "👍🏽", "🧑‍💻", "e\u{301}", " ", "日本", "│", "ㄹ", "\u{200B}"]
        for round in 0..<300 {
            var frame = Frame(width: generator.below(12), height: 1 + generator.below(3))
            for _ in 0..<8 {
                let text = (0..<generator.below(6)).map { _ in pieces[generator.below(pieces.count)] }.joined()
                let x = generator.below(frame.width + 3) - 1
                let y = generator.below(frame.height + 2) - 1
                if generator.below(5) == 0 {
                    frame.fill(y: y, from: x, role: .tabBar)
                } else {
                    frame.put(text, x: x, y: y, role: .footer)
                }
                XCTAssertEqual(frame.gridProblems, [], "round \(round) after \"\(text)\" at \(x),\(y)")
            }
        }
    }
}

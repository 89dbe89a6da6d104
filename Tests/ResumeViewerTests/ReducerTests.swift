import ResumeLayout
import ResumeModel
import XCTest
@testable import ResumeViewer

/// The viewer's behaviour as state changes, on the fixture résumés, without a terminal:
/// each test presses keys (through the mode's keymap, as the key loop does) or sends
/// actions, and looks at the state, the effects and the screen a person would see.
final class ReducerTests: XCTestCase {
    // MARK: - Pages

    func testTheFixturesHaveAboutCareerTalksSkills() {
        for fixture in Fixture.allCases {
            let document = fixture.document()
            XCTAssertEqual(document.pageTitles, fixture.tabs, "\(fixture): in the résumé's language")
            XCTAssertEqual(document.pageIndex(named: "talks"), 2)
            XCTAssertEqual(document.pageIndex(named: "4"), 3)
            XCTAssertNil(document.pageIndex(named: "5"))
        }
        XCTAssertEqual(Fixture.english.document().pages.map(\.title), ["Alex Morgan", "Experience", "Talks", "Skills"])
        XCTAssertEqual(Fixture.korean.document().pages.map(\.title), ["김서연", "경력", "발표", "기술"])
        XCTAssertEqual(Fixture.korean.document().pageIndex(named: "경력"), 1, "a Korean page by its own title")
    }

    func testPageNavigationWrapsAndEachPageKeepsItsPlace() {
        var (state, document) = Fixture.english.start(width: 80, height: 12)
        press(.left, &state, document)
        XCTAssertEqual(state.page, 3, "← on the first page goes round to the last")
        press(.tab, &state, document)
        XCTAssertEqual(state.page, 0, "Tab on the last page goes round to the first")
        press(.char("2"), &state, document)
        press(.char("j"), &state, document)
        press(.char("j"), &state, document)
        press(.char("j"), &state, document)
        XCTAssertEqual(state.offsets[1], 3)
        press(.char("l"), &state, document)
        XCTAssertEqual(state.page, 2)
        XCTAssertEqual(state.offsets[2], 0, "another page starts at its own top")
        press(.backTab, &state, document)
        XCTAssertEqual(state.page, 1)
        XCTAssertEqual(state.offsets[1], 3, "back on Career, where it was left")
        XCTAssertEqual(compose(state, document).bodyLines.first, " Apr 2021 – Present · 5 yrs 7 mos", "the fourth line of Career on top")
    }

    func testDigitsOpenThePagesThatExist() {
        var (state, document) = Fixture.korean.start()
        press(.char("3"), &state, document)
        XCTAssertEqual(state.page, 2)
        XCTAssertTrue(compose(state, document).bodyLines.contains(" 발표"), "the Talks page shows its heading")
        press(.char("9"), &state, document)
        XCTAssertEqual(state.page, 2, "there is no ninth page: nothing happens")
        press(.char("1"), &state, document)
        XCTAssertEqual(state.page, 0)
    }

    func testAClickOnATabOpensItsPage() {
        for fixture in Fixture.allCases {
            var (state, document) = fixture.start()
            let bar = TabBar.layout(titles: document.pageTitles, name: document.name, current: 0, width: state.width)
            let talks = bar.tabs[2]
            XCTAssertEqual(compose(state, document).text(ofRow: 0, role: .tabBar).contains("3 " + document.pageTitles[2]), true)
            reduce(&state, .click(x: talks.column + talks.width - 1, y: 0), document)
            XCTAssertEqual(state.page, 2, "\(fixture): the last cell of the tab")
            reduce(&state, .click(x: bar.tabs[1].column, y: 0), document)
            XCTAssertEqual(state.page, 1, "\(fixture): the first cell of the tab")
            reduce(&state, .click(x: 1, y: 0), document)
            XCTAssertEqual(state.page, 1, "\(fixture): a click on the name opens nothing")
            reduce(&state, .click(x: talks.column + 1, y: 5), document)
            XCTAssertEqual(state.page, 1, "\(fixture): a click in the body does not switch pages")
        }
    }

    func testAClickOnTheOnlyTabOfANarrowWindowOpensNothing() {
        var (state, document) = Fixture.english.start(width: 24, height: 9)
        press(.char("2"), &state, document)
        XCTAssertEqual(compose(state, document).lines[0], " 2/4 Career", "too narrow for every tab: the current one only")
        for x in 0..<24 { reduce(&state, .click(x: x, y: 0), document) }
        XCTAssertEqual(state.page, 1)
    }

    // MARK: - Scrolling

    func testScrollingStopsAtBothEndsOfThePage() {
        for fixture in Fixture.allCases {
            var (state, document) = fixture.start(width: 80, height: 12)
            press(.char("2"), &state, document)
            let last = document.lineCount(page: 1, width: 78) - state.bodyHeight
            XCTAssertEqual(last, 14, "\(fixture): Career is 24 lines, 10 shown")
            press(.up, &state, document)
            XCTAssertEqual(state.offsets[1], 0, "\(fixture): above the top")
            press(.pageDown, &state, document)
            XCTAssertEqual(state.offsets[1], 9, "\(fixture): a page less one line, so one line stays in view")
            press(.ctrl("u"), &state, document)
            XCTAssertEqual(state.offsets[1], 4, "\(fixture): half a page up")
            press(.ctrl("d"), &state, document)
            press(.ctrl("d"), &state, document)
            XCTAssertEqual(state.offsets[1], last, "\(fixture): half pages stop at the bottom")
            press(.char(" "), &state, document)
            press(.down, &state, document)
            XCTAssertEqual(state.offsets[1], last, "\(fixture): below the bottom")
            XCTAssertEqual(compose(state, document).bodyLines.last?.isEmpty, false, "\(fixture): the last line of the page is on the last row")
            press(.char("g"), &state, document)
            XCTAssertEqual(state.offsets[1], 0)
            press(.end, &state, document)
            XCTAssertEqual(state.offsets[1], last)
            press(.char("b"), &state, document)
            XCTAssertEqual(state.offsets[1], last - 9)
            press(.home, &state, document)
            XCTAssertEqual(state.offsets[1], 0)
        }
    }

    func testAPageThatFitsDoesNotScroll() {
        var (state, document) = Fixture.english.start()
        for key: Key in [.down, .pageDown, .ctrl("d"), .end, .mouse(x: 5, y: 5, button: .wheelDown)] {
            press(key, &state, document)
            XCTAssertEqual(state.offsets[0], 0, "\(key) on About, which fits in 22 rows")
        }
        XCTAssertTrue(compose(state, document).footerLine.hasPrefix(" About  1-11/11 100%"))
    }

    func testTheWheelScrollsThreeLines() {
        var (state, document) = Fixture.korean.start(width: 80, height: 12)
        press(.char("2"), &state, document)
        press(.mouse(x: 10, y: 5, button: .wheelDown), &state, document)
        XCTAssertEqual(state.offsets[1], 3)
        press(.mouse(x: 10, y: 5, button: .wheelUp), &state, document)
        XCTAssertEqual(state.offsets[1], 0)
    }

    // MARK: - Entries

    func testEntryKeysStepThroughTheJobs() {
        let jobs: [Fixture: [String]] = [.english: ["Northwind Payments", "Globex Analytics"], .korean: ["한빛페이", "누리소프트"],
                                         .koreanInEnglish: ["Hanbit Pay", "Nuri Soft"], .chinese: ["云杉支付", "蓝海软件"],
                                         .japanese: ["ひかりペイ株式会社", "さくらソフト株式会社"]]
        for fixture in Fixture.allCases {
            var (state, document) = fixture.start(width: 80, height: 8)
            press(.char("2"), &state, document)
            press(.char("]"), &state, document)
            XCTAssertEqual(compose(state, document).bodyLines.first, " " + jobs[fixture]![0], "\(fixture): the first job at the top")
            press(.char("]"), &state, document)
            XCTAssertEqual(compose(state, document).bodyLines.first, " " + jobs[fixture]![1], "\(fixture): the second job at the top")
            XCTAssertNil(state.message)
            press(.char("]"), &state, document)
            XCTAssertEqual(state.message, fixture.lastEntry, "\(fixture)")
            XCTAssertEqual(compose(state, document).bodyLines.first, " " + jobs[fixture]![1], "\(fixture): the view stays")
            press(.char("["), &state, document)
            XCTAssertEqual(compose(state, document).bodyLines.first, " " + jobs[fixture]![0], "\(fixture): back to the first job")
            press(.char("["), &state, document)
            XCTAssertEqual(state.offsets[1], 0, "\(fixture): before the first entry, the top of the page")
        }
    }

    /// At the bottom of a page whose last entry can't reach the top row, `]` has nowhere
    /// to go: it must say so rather than do nothing in silence.
    func testNextEntryAtTheBottomSaysItIsTheLast() {
        for fixture in Fixture.allCases {
            var (state, document) = fixture.start()
            press(.char("2"), &state, document)
            press(.char("]"), &state, document)
            XCTAssertEqual(state.offsets[1], 2, "\(fixture): the first job at the top is as far as Career scrolls at 80x24")
            press(.char("]"), &state, document)
            XCTAssertEqual(state.offsets[1], 2)
            XCTAssertEqual(state.message, fixture.lastEntry, "\(fixture)")
            XCTAssertTrue(compose(state, document).footerLine.hasSuffix(state.message ?? "?"), "\(fixture): the footer says it")
        }
    }

    // MARK: - Help

    func testHelpOpensAtTheTopAndScrollsWithinItself() {
        var (state, document) = Fixture.english.start(width: 80, height: 24)
        press(.char("2"), &state, document)
        press(.char("j"), &state, document)
        press(.char("?"), &state, document)
        XCTAssertEqual(state.mode, .help)
        XCTAssertEqual(state.helpOffset, 0)
        XCTAssertEqual(compose(state, document).bodyLines.first, " Keys")
        let helpRows = HelpScreen.lines(width: state.contentWidth, words: .english).count
        let last = helpRows - state.bodyHeight
        XCTAssertGreaterThan(last, 0, "the help is longer than 22 rows")
        press(.char("j"), &state, document)
        XCTAssertEqual(state.helpOffset, 1)
        press(.up, &state, document)
        press(.char("k"), &state, document)
        XCTAssertEqual(state.helpOffset, 0, "above the top")
        press(.pageDown, &state, document)
        XCTAssertEqual(state.helpOffset, min(21, last))
        press(.char("G"), &state, document)
        XCTAssertEqual(state.helpOffset, last)
        press(.mouse(x: 3, y: 3, button: .wheelDown), &state, document)
        press(.ctrl("f"), &state, document)
        XCTAssertEqual(state.helpOffset, last, "below the bottom")
        XCTAssertEqual(compose(state, document).bodyLines.last, " any other key        close the help", "the last row of help is on the last row")
        press(.home, &state, document)
        XCTAssertEqual(state.helpOffset, 0)
        XCTAssertEqual(state.offsets[1], 1, "scrolling the help leaves the page where it was")
        XCTAssertEqual(state.page, 1)
    }

    func testHelpThatFitsDoesNotScroll() {
        var (state, document) = Fixture.english.start(width: 120, height: 80)
        press(.char("?"), &state, document)
        press(.end, &state, document)
        XCTAssertEqual(state.helpOffset, 0)
    }

    func testAnyOtherKeyClosesHelpWithoutActing() {
        for key: Key in [.char("l"), .right, .tab, .enter, .char("x"), .char("한"), .char("t"), .char("/"), .mouse(x: 30, y: 0, button: .click)] {
            var (state, document) = Fixture.english.start()
            press(.char("?"), &state, document)
            press(key, &state, document)
            XCTAssertEqual(state.mode, .browse, "\(key) closes help")
            XCTAssertEqual(state.page, 0, "\(key) did not also turn the page")
            XCTAssertEqual(state.themeIndex, 0, "\(key) did not also change the theme")
        }
        for key: Key in [.char("?"), .escape] {
            var (state, document) = Fixture.english.start()
            press(.char("?"), &state, document)
            press(key, &state, document)
            XCTAssertEqual(state.mode, .browse, "\(key) closes help")
        }
    }

    func testHelpKeepsTheSearchAndItsCounter() {
        var (state, document) = Fixture.english.start()
        search("ledger", &state, document)
        press(.char("?"), &state, document)
        press(.escape, &state, document)
        XCTAssertEqual(state.matches.count, 4, "Esc closed the help, not the search")
        XCTAssertEqual(state.currentMatch, 0)
        XCTAssertTrue(compose(state, document).footerLine.contains("1/4"))
    }

    // MARK: - Effects

    func testThemeCyclesAndOnlyTheStateChanges() {
        var (state, document) = Fixture.english.start()
        let before = Answers(document)
        let body = compose(state, document).bodyLines
        var names: [String] = []
        for _ in 0..<3 {
            XCTAssertEqual(press(.char("t"), &state, document), [], "a theme is state, not an effect")
            names.append(state.theme.name)
            XCTAssertEqual(state.message, "theme: " + state.theme.name)
            XCTAssertEqual(compose(state, document).bodyLines, body, "the same text on the same cells; only colors differ")
        }
        XCTAssertEqual(names, ["light", "mono", "dark"])
        XCTAssertEqual(Answers(document), before)
    }

    func testCopyAsksForTheEmailOnTheClipboardAndStoresNothing() {
        for fixture in Fixture.allCases {
            for key: Key in [.char("c"), .char("y")] {
                var (state, document) = fixture.start()
                let before = state
                XCTAssertEqual(press(key, &state, document), [.copyToClipboard(fixture.email)])
                XCTAssertEqual(state.message, fixture.copied)
                state.message = nil
                XCTAssertEqual(state, before, "\(fixture): nothing but the message is kept")
                press(.char("j"), &state, document)
                XCTAssertNil(state.message, "the next key clears the message")
            }
        }
    }

    func testCopyWithoutAnEmailSaysSo() {
        let resume = ResumeParser.parse("# Nobody\n\nNo way to reach me.\n").resume ?? Resume(name: "")
        let document = Document(resume: resume, today: Fixture.today)
        var state = AppState(pageCount: document.pageCount, width: 80, height: 24)
        XCTAssertEqual(press(.char("c"), &state, document), [])
        XCTAssertEqual(state.message, "no email address in this résumé")
    }

    func testQuitInEveryMode() {
        var (state, document) = Fixture.english.start()
        XCTAssertEqual(press(.char("q"), &state, document), [.quit])
        XCTAssertEqual(press(.ctrl("c"), &state, document), [.quit])
        press(.char("?"), &state, document)
        XCTAssertEqual(press(.char("q"), &state, document), [.quit], "q quits from help")
        press(.escape, &state, document)
        press(.char("/"), &state, document)
        XCTAssertEqual(press(.ctrl("c"), &state, document), [.quit], "Ctrl-C quits from the prompt")
        XCTAssertEqual(press(.char("q"), &state, document), [], "q is text in the prompt")
        XCTAssertEqual(state.query, "q")
    }

    func testCtrlLRedrawsEverythingAndChangesNothing() {
        for opening in [[], [Key.char("?")], [Key.char("/"), .char("a")]] {
            var (state, document) = Fixture.korean.start()
            for key in opening { press(key, &state, document) }
            let before = state
            XCTAssertEqual(press(.ctrl("l"), &state, document), [.redrawAll], "after \(opening)")
            XCTAssertEqual(state, before, "after \(opening)")
        }
    }

    func testOnlyQuitCopyRedrawAndResizeHaveEffects() {
        let actions: [Action] = [.nextPage, .previousPage, .goToPage(2), .scroll(2), .pageDown, .pageUp, .halfPageDown, .halfPageUp,
                                 .top, .bottom, .nextEntry, .previousEntry, .beginSearch, .searchInsert("a"), .searchDeleteBackward,
                                 .searchSubmit, .nextMatch, .previousMatch, .escape, .toggleHelp, .toggleHelp, .cycleTheme, .click(x: 20, y: 0)]
        var (state, document) = Fixture.english.start()
        for action in actions {
            XCTAssertEqual(reduce(&state, action, document), [], "\(action)")
        }
    }

    /// A résumé of one page (a name and nothing else): every key in every mode keeps to
    /// that page, and the screen stays whole.
    func testAResumeOfOnlyANameStillWorks() {
        let document = Document(resume: ResumeParser.parse("# Solo\n").resume ?? Resume(name: "Solo"), today: Fixture.today)
        XCTAssertEqual(document.pageCount, 1)
        var state = AppState(pageCount: document.pageCount, width: 80, height: 24)
        for opening in [[], [Key.char("?")], [Key.char("/"), .char("s")]] {
            for key in KeymapTests.universe where key != .char("q") && key != .ctrl("c") {
                for step in opening { press(step, &state, document) }
                press(key, &state, document)
                XCTAssertEqual(state.page, 0, "\(key) after \(opening)")
                XCTAssertEqual(compose(state, document).gridProblems, [], "\(key) after \(opening)")
                press(.escape, &state, document)
                press(.escape, &state, document)
            }
        }
        XCTAssertEqual(compose(state, document).lines[0], " Solo │ 1 About")
    }

    // MARK: - The document is not state

    /// The reducer reads the document (line counts, entries, search) and never changes
    /// what it answers: after a whole session it answers as a fresh one does.
    func testTheReducerNeverChangesWhatTheDocumentAnswers() {
        for fixture in Fixture.allCases {
            var (state, document) = fixture.start()
            let fresh = Answers(fixture.document())
            XCTAssertEqual(Answers(document), fresh)
            let keys: [Key] = [.char("2"), .char("]"), .char("/"), .char("c"), .char("a"), .enter, .char("n"), .char("N"), .char("t"),
                               .char("/"), .char("ㅋ"), .char("ㅅ"), .enter, .char("?"), .char("G"), .escape, .char("c"), .char("G"),
                               .mouse(x: 40, y: 0, button: .click), .tab, .ctrl("l"), .escape]
            for key in keys { press(key, &state, document) }
            for (width, height) in [(24, 9), (0, 0), (120, 40), (19, 4)] {
                reduce(&state, .resize(width: width, height: height), document)
                for key in keys { press(key, &state, document) }
                _ = compose(state, document)
            }
            XCTAssertEqual(Answers(document), fresh, "\(fixture)")
        }
    }
}

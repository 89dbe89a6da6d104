import Foundation
import ResumeLayout
import ResumeModel
import XCTest
@testable import TerminalUI

/// The viewer's behaviour as state changes, without a terminal.
final class ReducerTests: XCTestCase {
    static let resume: Resume = {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("resume.md")
        let bytes = (try? Data(contentsOf: url)).map { [UInt8]($0) } ?? []
        return ResumeParser.parse(bytes).resume ?? Resume(name: "missing")
    }()

    private func makeDocument(width: Int = 80, height: Int = 24) -> (AppState, Document) {
        let state = AppState(pageCount: 4, width: width, height: height)
        let document = Document(resume: Self.resume, width: state.contentWidth, theme: .dark,
                                today: CalendarDate(year: 2026, month: 11, day: 24))
        return (AppState(pageCount: document.pageCount, width: width, height: height), document)
    }

    func testPagesAreAboutCareerTalksSkills() {
        let (_, document) = makeDocument()
        XCTAssertEqual(document.pageTitles, ["About", "Career", "Talks", "Skills"])
        XCTAssertEqual(document.pageIndex(named: "talks"), 2)
        XCTAssertEqual(document.pageIndex(named: "4"), 3)
        XCTAssertNil(document.pageIndex(named: "5"))
    }

    func testPageNavigationWrapsAndRemembersEachPagesPlace() {
        var (state, document) = makeDocument()
        reduce(&state, .previousPage, document)
        XCTAssertEqual(state.page, 3)
        reduce(&state, .nextPage, document)
        XCTAssertEqual(state.page, 0)
        reduce(&state, .goToPage(1), document)
        reduce(&state, .scroll(3), document)
        reduce(&state, .goToPage(8), document)  // no 9th page: nothing happens
        XCTAssertEqual(state.page, 1)
        reduce(&state, .nextPage, document)
        reduce(&state, .previousPage, document)
        XCTAssertEqual(state.offsets[1], 3)
        XCTAssertEqual(state.visited, [0, 1, 2, 3])
    }

    func testScrollingIsClampedToThePage() {
        var (state, document) = makeDocument()
        reduce(&state, .goToPage(1), document)
        reduce(&state, .scroll(-5), document)
        XCTAssertEqual(state.offsets[1], 0)
        reduce(&state, .pageDown, document)
        XCTAssertEqual(state.offsets[1], state.bodyHeight - 1)
        reduce(&state, .halfPageUp, document)
        XCTAssertEqual(state.offsets[1], state.bodyHeight - 1 - state.bodyHeight / 2)
        reduce(&state, .bottom, document)
        let last = document.lineCount(page: 1) - state.bodyHeight
        XCTAssertEqual(state.offsets[1], last)
        reduce(&state, .scroll(100), document)
        XCTAssertEqual(state.offsets[1], last)
        reduce(&state, .top, document)
        XCTAssertEqual(state.offsets[1], 0)
    }

    func testEntryKeysJumpBetweenJobs() {
        var (state, document) = makeDocument(height: 10)
        reduce(&state, .goToPage(1), document)
        let starts = document.entryStarts(page: 1)
        XCTAssertEqual(starts.count, 2, "two jobs")
        reduce(&state, .nextEntry, document)
        XCTAssertEqual(state.offsets[1], starts[0])
        XCTAssertTrue(document.lines(page: 1)[state.offsets[1]].text.contains("비바리퍼블리카"))
        reduce(&state, .nextEntry, document)
        XCTAssertEqual(state.offsets[1], starts[1])
        XCTAssertTrue(document.lines(page: 1)[state.offsets[1]].text.contains("Buzvil"))
        reduce(&state, .nextEntry, document)
        XCTAssertEqual(state.message, "last entry")
        reduce(&state, .previousEntry, document)
        XCTAssertEqual(state.offsets[1], starts[0])
        reduce(&state, .previousEntry, document)
        XCTAssertEqual(state.offsets[1], 0, "before the first entry: the top")
    }

    func testSearchAsYouTypeThenEnterThenNextAndPrevious() {
        var (state, document) = makeDocument()
        reduce(&state, .beginSearch, document)
        XCTAssertEqual(state.mode, .search)
        for character in "레디스" { reduce(&state, .searchInsert(String(character)), document) }
        XCTAssertGreaterThanOrEqual(state.matches.count, 5)
        XCTAssertNil(state.currentMatch, "typing highlights but does not jump")
        reduce(&state, .searchSubmit, document)
        XCTAssertEqual(state.mode, .browse)
        XCTAssertEqual(state.currentMatch, 0)
        XCTAssertEqual(state.page, 1, "the first 레디스 is on Career")
        reduce(&state, .nextMatch, document)
        XCTAssertEqual(state.currentMatch, 1)
        reduce(&state, .previousMatch, document)
        reduce(&state, .previousMatch, document)
        XCTAssertEqual(state.currentMatch, state.matches.count - 1)
        XCTAssertEqual(state.message, "search wrapped to the last match")
        reduce(&state, .escape, document)
        XCTAssertTrue(state.matches.isEmpty)
        XCTAssertNil(state.currentMatch)
    }

    func testChoseongSearchFindsTheSamePlacesAsTheWord() {
        let (_, document) = makeDocument()
        XCTAssertEqual(document.search("ㄹㄷㅅ"), document.search("레디스"))
    }

    func testSubmittingFindsTheFirstMatchFromTheViewOn() {
        var (state, document) = makeDocument()
        reduce(&state, .goToPage(3), document)  // Skills mentions redis too
        reduce(&state, .beginSearch, document)
        reduce(&state, .searchInsert("redis"), document)
        reduce(&state, .searchSubmit, document)
        XCTAssertEqual(state.page, 3)
        XCTAssertEqual(state.matches[state.currentMatch ?? -1].page, 3)
    }

    func testNoMatchIsSaid() {
        var (state, document) = makeDocument()
        reduce(&state, .beginSearch, document)
        reduce(&state, .searchInsert("zzqx"), document)
        XCTAssertEqual(state.message, "no match")
        reduce(&state, .searchSubmit, document)
        XCTAssertEqual(state.message, "no match for \"zzqx\"")
        reduce(&state, .nextMatch, document)
        XCTAssertEqual(state.message, "no match for \"zzqx\"")
    }

    func testBackspaceOnAnEmptyPromptLeavesSearch() {
        var (state, document) = makeDocument()
        reduce(&state, .beginSearch, document)
        reduce(&state, .searchInsert("a"), document)
        reduce(&state, .searchDeleteBackward, document)
        XCTAssertEqual(state.mode, .search)
        reduce(&state, .searchDeleteBackward, document)
        XCTAssertEqual(state.mode, .browse)
    }

    func testHelpScrollsAndAnyOtherKeyClosesIt() {
        var (state, document) = makeDocument()
        reduce(&state, .toggleHelp, document)
        XCTAssertEqual(state.mode, .help)
        reduce(&state, .scroll(2), document)
        XCTAssertEqual(state.helpOffset, 2)
        reduce(&state, .nextPage, document)
        XCTAssertEqual(state.mode, .browse)
        XCTAssertEqual(state.page, 0, "the key that closed help did not also turn the page")
    }

    func testResizeKeepsTheProportionalPlaceAndClamps() {
        var (state, document) = makeDocument()
        reduce(&state, .goToPage(1), document)
        reduce(&state, .scroll(20), document)
        let fraction = Double(state.offsets[1]) / Double(document.lineCount(page: 1))
        reduce(&state, .resize(width: 40, height: 15), document)
        XCTAssertEqual(document.width, 38)
        XCTAssertEqual(Double(state.offsets[1]) / Double(document.lineCount(page: 1)), fraction, accuracy: 0.05)
        reduce(&state, .resize(width: 0, height: 0), document)
        XCTAssertTrue(state.isTooSmall)
        reduce(&state, .resize(width: 10_000, height: 10_000), document)
        XCTAssertEqual(state.offsets[1], 0, "everything fits: no offset")
    }

    func testClickOnATabOpensIt() {
        var (state, document) = makeDocument()
        let bar = TabBar.layout(titles: document.pageTitles, name: document.name, current: 0, width: state.width)
        let talks = bar.tabs[2]
        reduce(&state, .click(x: talks.column + 1, y: 0), document)
        XCTAssertEqual(state.page, 2)
        reduce(&state, .click(x: talks.column + 1, y: 5), document)
        XCTAssertEqual(state.page, 2, "a click in the body does not switch pages")
    }

    func testThemeCycles() {
        var (state, document) = makeDocument()
        reduce(&state, .cycleTheme, document)
        XCTAssertEqual(document.theme.name, Theme.all[1].name)
        reduce(&state, .cycleTheme, document)
        reduce(&state, .cycleTheme, document)
        XCTAssertEqual(state.themeIndex, 0)
    }

    func testCopyAsksForTheEmailOnTheClipboard() {
        var (state, document) = makeDocument()
        reduce(&state, .copyEmail, document)
        XCTAssertEqual(state.pendingCopy, "las@magical.dev")
        XCTAssertEqual(state.message, "copied las@magical.dev to your clipboard")
    }

    func testQuit() {
        var (state, document) = makeDocument()
        reduce(&state, .quit, document)
        XCTAssertTrue(state.shouldQuit)
    }
}

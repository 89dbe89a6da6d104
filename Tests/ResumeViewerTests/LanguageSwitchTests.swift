import ResumeLayout
import ResumeModel
import XCTest
@testable import ResumeViewer

/// `L`: the résumé in its other language, at the same page, with the same entry in view
/// and the search still on; and the screen speaking the language shown.
final class LanguageSwitchTests: XCTestCase {
    // MARK: - The page

    func testLKeepsThePageBothWaysAndBack() {
        for first in [Fixture.korean, .koreanInEnglish] {
            var (state, document) = Fixture.bilingual(first)
            for page in 0..<document.pageCount {
                press(.char(Character(String(page + 1))), &state, document)
                press(.char("L"), &state, document)
                XCTAssertEqual(state.languageIndex, 1, "\(first)")
                XCTAssertEqual(state.page, page, "\(first): the same page in the other language")
                XCTAssertNotEqual(document.shown(in: state).resume.language, first.resume.language)
                press(.char("L"), &state, document)
                XCTAssertEqual(state.languageIndex, 0, "\(first): and back")
                XCTAssertEqual(state.page, page)
            }
        }
    }

    func testTheTabsAndTheFooterAreInTheLanguageShown() {
        var (state, document) = Fixture.bilingual(.korean)
        press(.char("2"), &state, document)
        var frame = compose(state, document)
        XCTAssertTrue(frame.lines[0].contains("1 소개  2 경력  3 발표  4 기술"), frame.lines[0])
        XCTAssertTrue(frame.footerLine.hasPrefix(" 경력  "), frame.footerLine)
        XCTAssertTrue(frame.footerLine.hasSuffix("? 도움말  q 종료  L English"), frame.footerLine)
        press(.char("L"), &state, document)
        frame = compose(state, document)
        XCTAssertTrue(frame.lines[0].contains("1 About  2 Career  3 Talks  4 Skills"), frame.lines[0])
        XCTAssertTrue(frame.footerLine.hasPrefix(" Career  "), frame.footerLine)
        XCTAssertTrue(frame.footerLine.hasSuffix("? help  q quit  L 한국어"), frame.footerLine)
    }

    /// Whenever the `L` hint is shown, every other hint is too: it is the first to go.
    func testTheLanguageHintIsTheFirstToGoWhenTheFooterIsNarrow() {
        for first in [Fixture.korean, .koreanInEnglish] {
            var (state, document) = Fixture.bilingual(first, width: 40, height: 15)
            let all = first == .korean ? ["←→ 페이지", "↓↑ 스크롤", "/ 검색", "? 도움말", "q 종료", "L English"]
                : ["←→ pages", "↓↑ scroll", "/ search", "? help", "q quit", "L 한국어"]
            var seen = false
            for width in 20...120 {
                reduce(&state, .resize(width: width, height: 15), document)
                let footer = compose(state, document).footerLine
                guard footer.contains(all[5]) else { continue }
                seen = true
                XCTAssertTrue(all.allSatisfy(footer.contains), "\(first) at \(width): \(footer)")
            }
            XCTAssertTrue(seen, "\(first): a wide footer names the other language")
        }
    }

    func testATranslationWithFewerPagesOpensTheNearest() throws {
        let short = try XCTUnwrap(ResumeParser.parse("# Sam Lee\n\nWrites software.\n\n## Skills\n\n- Swift\n").resume)
        let document = Document(resume: Fixture.korean.resume, translations: [short], today: Fixture.today)
        var state = AppState(pageCount: document.pageCount, width: 80, height: 24)
        press(.char("4"), &state, document)
        press(.char("L"), &state, document)
        XCTAssertEqual(state.page, 1, "the translation's last page")
        XCTAssertEqual(state.offsets.count, 2, "one place per page of the language shown")
        press(.char("L"), &state, document)
        XCTAssertEqual(state.page, 1, "and back: the page the translation showed")
        XCTAssertEqual(state.offsets.count, 4)
    }

    func testMoreThanTwoLanguagesGoRound() {
        let document = Document(resume: Fixture.korean.resume, translations: [Fixture.koreanInEnglish.resume, Fixture.english.resume],
                                today: Fixture.today)
        var state = AppState(pageCount: document.pageCount, width: 80, height: 24)
        var shown: [String] = []
        for _ in 0..<3 {
            press(.char("L"), &state, document)
            shown.append(document.shown(in: state).name)
        }
        XCTAssertEqual(shown, ["Seoyeon Kim", "Alex Morgan", "김서연"])
    }

    // MARK: - Nothing to switch to

    func testWithOneLanguageLOnlySaysSo() {
        for (fixture, message) in [(Fixture.korean, "한 가지 언어만 있습니다"), (.english, "only one language")] {
            var (state, document) = fixture.start()
            press(.char("2"), &state, document)
            press(.char("j"), &state, document)
            let before = state
            press(.char("L"), &state, document)
            XCTAssertEqual(state.message, message)
            state.message = nil
            XCTAssertEqual(state, before, "\(fixture): nothing else changes")
            XCTAssertFalse(compose(before, document).footerLine.contains("L "), "\(fixture): no hint for a key that can't switch")
        }
    }

    // MARK: - The place

    /// At every scroll position of every page, at 80 and 40 columns, from either
    /// language: the entry at the top of the view is still in view after `L`; an entry
    /// that started on screen starts on the same row (unless the page's top or end is
    /// reached first); and
    /// `L` again brings back the same entry.
    func testLKeepsTheEntryInView() {
        for first in [Fixture.korean, .koreanInEnglish] {
            for (width, height) in [(80, 24), (40, 15), (80, 10)] {
                var (state, document) = Fixture.bilingual(first, width: width, height: height)
                let rows = state.bodyHeight
                for page in 0..<document.pageCount {
                    let from = document.layout(page: page, width: state.contentWidth)
                    let to = document.translations[0].layout(page: page, width: state.contentWidth)
                    XCTAssertEqual(from.entryStarts.count, to.entryStarts.count, "the translation has the same entries")
                    for top in 0...max(from.lines.count - rows, 0) {
                        let place = "\(first) page \(page) at \(width)x\(height) from line \(top)"
                        state.languageIndex = 0
                        state.page = page
                        state.offsets[page] = top
                        press(.char("L"), &state, document)
                        let offset = state.offsets[page]
                        let entry = Self.entry(at: top, from)
                        if let entry {
                            XCTAssertTrue(Self.shows(entry, of: to, from: offset, rows: rows), "\(place): entry \(entry) left the view at \(offset)")
                        }
                        if let onScreen = from.entryStarts.firstIndex(where: { $0 >= top && $0 < top + rows }),
                           offset > 0, offset < max(to.lines.count - rows, 0) {
                            XCTAssertEqual(to.entryStarts[onScreen] - offset, from.entryStarts[onScreen] - top, "\(place): the same row")
                        }
                        if top == 0 { XCTAssertEqual(offset, 0, "\(place): the top stays the top") }
                        press(.char("L"), &state, document)
                        if let entry {
                            XCTAssertTrue(Self.shows(entry, of: from, from: state.offsets[page], rows: rows), "\(place): and back")
                        }
                    }
                }
            }
        }
    }

    /// The entry whose lines include `line`, if the line is in one.
    private static func entry(at line: Int, _ layout: PageLayout) -> Int? {
        layout.entryStarts.lastIndex { $0 <= line }
    }

    /// Whether any line of `entry` is among the `rows` lines from `offset`.
    private static func shows(_ entry: Int, of layout: PageLayout, from offset: Int, rows: Int) -> Bool {
        let start = layout.entryStarts[entry]
        let end = layout.entryStarts.indices.contains(entry + 1) ? layout.entryStarts[entry + 1] : layout.lines.count
        return start < offset + rows && end > offset
    }

    func testEveryPageKeepsItsPlaceNotOnlyTheOneShown() throws {
        var (state, document) = Fixture.bilingual(.korean, width: 40, height: 8)
        press(.char("2"), &state, document)
        press(.char("]"), &state, document)
        press(.char("]"), &state, document)
        let careerOffset = state.offsets[1]
        let korean = document.layout(page: 1, width: state.contentWidth)
        let entry = try XCTUnwrap(korean.entryStarts.firstIndex(of: careerOffset), "an entry on top")
        press(.char("4"), &state, document)
        press(.char("L"), &state, document)
        press(.char("2"), &state, document)
        let english = document.translations[0].layout(page: 1, width: state.contentWidth)
        XCTAssertEqual(english.entryStarts.firstIndex(of: state.offsets[1]), entry, "Career shows the same entry on top, as in Korean")
        press(.char("L"), &state, document)
        XCTAssertEqual(state.offsets[1], careerOffset)
    }

    // MARK: - The search

    /// A query both languages have: kept, run again, the counter following.
    func testLKeepsTheSearch() throws {
        for first in [Fixture.korean, .koreanInEnglish] {
            var (state, document) = Fixture.bilingual(first)
            search("example", &state, document)
            while state.page != 2, state.currentMatch != state.matches.count - 1 { press(.char("n"), &state, document) }
            XCTAssertEqual(state.page, 2, "\(first): a match on Talks")
            press(.char("L"), &state, document)
            let translation = document.translations[0]
            XCTAssertEqual(state.query, "example")
            XCTAssertEqual(state.matches, translation.search("example", width: state.contentWidth), "\(first): run again")
            let current = try XCTUnwrap(state.currentMatch)
            let top = state.offsets[state.page]
            let match = state.matches[current]
            XCTAssertTrue(match.page > 2 || (match.page == 2 && match.fragments[0].line >= top), "\(first): from the kept place")
            XCTAssertFalse(state.matches[..<current].contains { $0.page > 2 || ($0.page == 2 && $0.fragments[0].line >= top) },
                           "\(first): the first one from there")
            XCTAssertTrue(compose(state, document).footerLine.contains("\"example\" \(current + 1)/\(state.matches.count)"),
                          compose(state, document).footerLine)
            press(.char("L"), &state, document)
            XCTAssertEqual(state.matches, document.search("example", width: state.contentWidth), "\(first): and back")
            XCTAssertNotNil(state.currentMatch)
        }
    }

    /// A query only one language has: no match in the other, said in its words; and the
    /// highlights back when `L` returns.
    func testAQueryTheTranslationLacksFindsItAgainOnTheWayBack() {
        var (state, document) = Fixture.bilingual(.korean)
        search("캐시", &state, document)
        let matches = state.matches
        XCTAssertFalse(matches.isEmpty)
        press(.char("L"), &state, document)
        XCTAssertEqual(state.query, "캐시", "kept")
        XCTAssertEqual(state.matches, [])
        XCTAssertNil(state.currentMatch)
        XCTAssertEqual(state.message, "no match for \"캐시\"")
        press(.char("L"), &state, document)
        XCTAssertEqual(state.matches, matches)
        XCTAssertNotNil(state.currentMatch)
    }

    // MARK: - Page names

    /// `--page` takes the English names for a résumé in any language, and the names the
    /// tabs show in its own.
    func testPagesByTheirNameInEitherLanguage() {
        let korean = Fixture.korean.document()
        for (name, page) in [("about", 0), ("career", 1), ("Talks", 2), ("skills", 3), ("소개", 0), ("경력", 1), ("발표", 2), ("기술", 3)] {
            XCTAssertEqual(korean.pageIndex(named: name), page, name)
        }
        XCTAssertEqual(Fixture.english.document().pageIndex(named: "경력"), 1, "a Korean name works for an English résumé too")
        XCTAssertEqual(korean.pageTitles, ["소개", "경력", "발표", "기술"])
        XCTAssertEqual(Fixture.koreanInEnglish.document().pageTitles, ["About", "Career", "Talks", "Skills"])
    }
}

import ResumeLayout
import ResumeModel
import XCTest
@testable import ResumeViewer

/// The tour is built from the résumé it presents: its pages, its first figures, and for
/// a Korean résumé a search by the initial consonants of its most used word. Played
/// through the reducer, every stop shows what its caption says.
final class TourTests: XCTestCase {
    private func tour(_ fixture: Fixture, width: Int = 80, height: Int = 24) -> (Tour, Document) {
        let document = fixture.document()
        let state = AppState(pageCount: document.pageCount, width: width, height: height)
        return (Tour(document: document, width: state.contentWidth, bodyHeight: state.bodyHeight), document)
    }

    /// The captions in order, and the text each search types.
    private func captions(_ tour: Tour) -> [String] { tour.steps.compactMap(\.caption) }

    private func typedQueries(_ tour: Tour) -> [String] {
        var queries: [String] = []
        for step in tour.steps {
            switch step.action {
            case .beginSearch: queries.append("")
            case .searchInsert(let text): queries[queries.count - 1] += text
            default: break
            }
        }
        return queries
    }

    func testTheEnglishTourShowsItsPagesAndItsFigures() {
        let (tour, _) = tour(.english)
        XCTAssertEqual(captions(tour), [
            "Alex Morgan: the résumé, presenting itself", "Experience",
            "key figure: p99", "key figure: 900ms", "key figure: 120ms",
            "Talks", "Skills", "contacts", "thanks for watching",
        ])
        XCTAssertEqual(typedQueries(tour), ["p99", "900ms", "120ms"])
        let pages = tour.steps.compactMap { step -> Int? in
            if case .goToPage(let page) = step.action { return page }
            return nil
        }
        XCTAssertEqual(pages, [0, 1, 2, 3, 0], "About, each page in turn, back to the contacts")
    }

    /// The Korean résumé's English translation tours in English; its figures are those
    /// its own words give (Highlights finds "p99 80ms", not "3 million").
    func testTheTranslationTourIsInItsOwnLanguage() {
        let (tour, _) = tour(.koreanInEnglish)
        XCTAssertEqual(captions(tour), [
            "Seoyeon Kim: the résumé, presenting itself", "Experience",
            "key figure: p99", "key figure: 80ms",
            "Talks", "Skills", "contacts", "thanks for watching",
        ])
    }

    func testTheKoreanTourSearchesByInitialConsonants() {
        let (tour, document) = tour(.korean)
        XCTAssertEqual(Tour.koreanWord(document), "캐시", "the word the Korean résumé uses most")
        XCTAssertEqual(captions(tour), [
            "김서연: 이력서가 직접 소개합니다", "경력",
            "핵심 수치: 300만", "핵심 수치: 800개", "핵심 수치: 20만",
            "발표", "기술", "초성 검색: ㅋㅅ → 캐시", "연락처", "봐 주셔서 감사합니다",
        ], "a Korean résumé's tour speaks Korean")
        XCTAssertEqual(typedQueries(tour), ["300만", "800개", "20만", "ㅋㅅ"])
        XCTAssertNil(Tour.koreanWord(Fixture.english.document()), "an English résumé has no Korean word to show")
    }

    /// Played as the app plays it, at several window sizes: every page it opens exists,
    /// every search it types finds something, and what the current match shows is what
    /// the caption announced.
    func testNoStepNamesWhatTheResumeDoesNotHave() {
        for fixture in Fixture.allCases {
            for (width, height) in [(80, 24), (40, 15), (24, 9), (120, 40)] {
                let (tour, document) = tour(fixture, width: width, height: height)
                var state = AppState(pageCount: document.pageCount, width: width, height: height)
                let place = "\(fixture) at \(width)x\(height)"
                var announced: String?
                for (index, step) in tour.steps.enumerated() {
                    if case .goToPage(let page) = step.action {
                        XCTAssertLessThan(page, document.pageCount, "\(place), step \(index)")
                        if page > 0 { XCTAssertEqual(step.caption, document.pages[page].title, "\(place): the caption names the page shown") }
                    }
                    if step.action == .beginSearch { announced = step.caption }
                    reduce(&state, step.action, document)
                    if let caption = step.caption { state.caption = caption }
                    guard step.action == .searchSubmit else { continue }
                    // A wrap to the first page is fine (the initials search starts on the last page).
                    XCTAssertFalse(state.message?.hasPrefix("no match") ?? false, "\(place): \(state.query)")
                    guard let current = state.currentMatch else {
                        XCTFail("\(place): the tour's search for \(state.query) found nothing")
                        continue
                    }
                    // The text highlighted as the current match, piece by piece.
                    let frame = compose(state, document)
                    let shown = (1..<height - 1).map { frame.text(ofRow: $0, role: .content(.currentMatch)) }.filter { !$0.isEmpty }
                    XCTAssertFalse(shown.isEmpty, "\(place): match \(current + 1) of \(state.query) is on screen")
                    let word = shown.joined(separator: " ")
                    XCTAssertTrue(announced?.hasSuffix(word) ?? false, "\(place): \"\(announced ?? "")\" but the screen shows \(word)")
                    XCTAssertTrue(frame.footerLine.contains(announced ?? "?") || CellWidth.of(announced ?? "") + 12 > width,
                                  "\(place): the footer says what is shown: \(frame.footerLine)")
                }
                XCTAssertEqual(state.page, 0, "\(place): the tour ends on About")
                XCTAssertTrue(state.matches.isEmpty, "\(place): and leaves no highlight behind")
            }
        }
    }

    func testTheSameResumeAlwaysGivesTheSameTour() {
        for fixture in Fixture.allCases {
            let first = tour(fixture).0.steps
            XCTAssertEqual(tour(fixture).0.steps, first, "\(fixture): from a fresh document")
            // A document already used at other widths and searched gives the same tour.
            let used = fixture.document()
            _ = used.search("캐시", width: 22)
            _ = used.lines(page: 2, width: 118)
            XCTAssertEqual(Tour(document: used, width: 78, bodyHeight: 22).steps, first, "\(fixture): from a used document")
            // And the résumé parsed again from its text.
            let reparsed = Document(resume: ResumeParser.parse(fixture.source).resume ?? Resume(name: ""), today: Fixture.today)
            XCTAssertEqual(Tour(document: reparsed, width: 78, bodyHeight: 22).steps, first, "\(fixture): from the text again")
        }
    }

    func testAResumeWithoutFiguresOrKoreanStillTours() {
        let resume = ResumeParser.parse("# Sam Lee\n\nWrites software.\n\n## Skills\n\n- Swift\n- Go\n").resume ?? Resume(name: "")
        let document = Document(resume: resume, today: Fixture.today)
        let tour = Tour(document: document, width: 78, bodyHeight: 22)
        XCTAssertEqual(typedQueries(tour), [], "nothing to search for")
        XCTAssertEqual(tour.steps.compactMap(\.caption), ["Sam Lee: the résumé, presenting itself", "Skills", "contacts", "thanks for watching"])
    }

    // MARK: - The player

    func testThePlayerKeepsTheTourTime() {
        let (tour, _) = tour(.english)
        let start = ContinuousClock.now
        var player = TourPlayer(tour: tour, speed: 1, loop: false, now: start)
        XCTAssertEqual(player.next(now: start), tour.steps[0], "the first step has no delay")
        XCTAssertEqual(player.millisecondsUntilNext(now: start), tour.steps[1].delay)
        XCTAssertNil(player.next(now: start + .milliseconds(tour.steps[1].delay - 1)), "not yet")
        let due = start + .milliseconds(tour.steps[1].delay)
        XCTAssertEqual(player.next(now: due), tour.steps[1])
        XCTAssertEqual(player.millisecondsUntilNext(now: due), tour.steps[2].delay)
    }

    func testTwiceAsFastHalvesTheWaits() {
        let (tour, _) = tour(.korean)
        let start = ContinuousClock.now
        var player = TourPlayer(tour: tour, speed: 2, loop: false, now: start)
        _ = player.next(now: start)
        XCTAssertEqual(player.millisecondsUntilNext(now: start), tour.steps[1].delay / 2)
    }

    func testThePlayerEndsOrStartsOver() {
        let (tour, _) = tour(.english)
        var now = ContinuousClock.now
        var once = TourPlayer(tour: tour, speed: 1000, loop: false, now: now)
        var looping = TourPlayer(tour: tour, speed: 1000, loop: true, now: now)
        var played: [Tour.Step] = []
        for _ in 0..<tour.steps.count {
            now += .seconds(5)
            if let step = once.next(now: now) { played.append(step) }
            _ = looping.next(now: now)
        }
        XCTAssertEqual(played, tour.steps, "every step once, in order")
        XCTAssertTrue(once.finished)
        XCTAssertNil(once.next(now: now + .seconds(60)))
        XCTAssertEqual(once.millisecondsUntilNext(now: now), Int.max, "nothing more to wait for")
        XCTAssertFalse(looping.finished)
        XCTAssertEqual(looping.next(now: now + .seconds(5)), tour.steps[0], "a looping tour starts over")
    }
}

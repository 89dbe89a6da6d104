import ResumeLayout
import XCTest
@testable import ResumeViewer

/// Search as a person uses it, on the fixtures: `/`, typing (matches highlighted as
/// they appear), Enter, n and N across pages, what the footer says at each step, Korean
/// initial consonants, and a match the wrap split over two lines.
final class ReducerSearchTests: XCTestCase {
    func testSearchHighlightsAsYouTypeAndEnterJumps() {
        var (state, document) = Fixture.english.start()
        press(.char("/"), &state, document)
        XCTAssertEqual(state.mode, .search)
        var counts: [Int] = []
        for character in "cache" {
            press(.char(character), &state, document)
            counts.append(state.matches.count)
        }
        XCTAssertEqual(state.query, "cache")
        XCTAssertEqual(counts.last, 7, "cache: four times on Career, twice on Talks… seven in all")
        XCTAssertEqual(counts, counts.sorted(by: >), "each letter narrows the matches")
        XCTAssertNil(state.currentMatch, "typing highlights but does not jump")
        XCTAssertEqual(state.page, 0)
        XCTAssertTrue(compose(state, document).footerLine.contains("7 matches"))
        press(.enter, &state, document)
        XCTAssertEqual(state.mode, .browse)
        XCTAssertEqual(state.currentMatch, 0)
        XCTAssertEqual(state.page, 1, "the first cache is on Career")
        XCTAssertNil(state.message)
        let frame = compose(state, document)
        XCTAssertTrue(frame.footerLine.contains("\"cache\" 1/7"), frame.footerLine)
        XCTAssertTrue((1..<frame.height - 1).contains { frame.text(ofRow: $0, role: .content(.currentMatch)) == "cache" })
    }

    func testEnterFindsTheFirstMatchFromTheViewOn() {
        var (state, document) = Fixture.english.start()
        press(.char("4"), &state, document)
        search("redis", &state, document)
        XCTAssertEqual(state.page, 3, "Skills mentions Redis: no need to go back to Career")
        XCTAssertNil(state.message)
        XCTAssertTrue(compose(state, document).bodyLines.contains("   • Kafka and Redis in production"))
    }

    func testEnterWrapsToTheFirstPageAndSaysSo() {
        for (fixture, query) in [(Fixture.english, "ledger"), (.korean, "정산 배치"), (.chinese, "结算批处理"), (.japanese, "精算バッチ")] {
            var (state, document) = fixture.start()
            press(.char("4"), &state, document)
            search(query, &state, document)
            let said: String = switch fixture {
            case .korean: "첫 페이지부터 다시 찾았습니다"
            case .chinese: "已从第一页重新搜索"
            case .japanese: "最初のページから検索し直しました"
            case .english, .koreanInEnglish: "search wrapped to the first page"
            }
            XCTAssertEqual(state.message, said, "\(fixture): in the résumé's language")
            XCTAssertEqual(state.page, 1, "\(fixture): the first match is on Career")
            XCTAssertEqual(state.currentMatch, 0)
            XCTAssertTrue(compose(state, document).footerLine.hasSuffix(said))
        }
    }

    func testNAndShiftNWalkTheMatchesAcrossPagesAndSayWhenTheyWrap() {
        var (state, document) = Fixture.english.start()
        search("cache", &state, document)
        var pages = [state.page]
        for _ in 1..<7 {
            press(.char("n"), &state, document)
            XCTAssertNil(state.message)
            pages.append(state.page)
        }
        XCTAssertEqual(state.currentMatch, 6)
        XCTAssertEqual(pages, [1, 1, 1, 1, 1, 2, 2], "five on Career, then Talks")
        press(.char("n"), &state, document)
        XCTAssertEqual(state.currentMatch, 0)
        XCTAssertEqual(state.message, "search wrapped to the first match")
        XCTAssertEqual(state.page, 1)
        press(.char("N"), &state, document)
        XCTAssertEqual(state.currentMatch, 6)
        XCTAssertEqual(state.message, "search wrapped to the last match")
        XCTAssertEqual(state.page, 2)
        XCTAssertTrue(compose(state, document).footerLine.hasPrefix(" Talks"))
    }

    func testNWithoutASearchSaysHowToSearch() {
        var (state, document) = Fixture.english.start()
        press(.char("n"), &state, document)
        XCTAssertEqual(state.message, "no search yet: press / to search")
        press(.char("N"), &state, document)
        XCTAssertEqual(state.message, "no search yet: press / to search")
        (state, document) = Fixture.korean.start()
        press(.char("n"), &state, document)
        XCTAssertEqual(state.message, "검색어가 없습니다: /를 눌러 검색")
    }

    func testNoMatchIsSaidWhileTypingAfterEnterAndOnN() {
        for fixture in Fixture.allCases {
            var (state, document) = fixture.start()
            press(.char("/"), &state, document)
            type("zzqx", &state, document)
            let (none, noMatch): (String, String) = switch fixture {
            case .korean: ("결과 없음", "\"zzqx\" 검색 결과 없음")
            case .chinese: ("无结果", "没有找到 \"zzqx\"")
            case .japanese: ("該当なし", "「zzqx」は見つかりません")
            case .english, .koreanInEnglish: ("no match", "no match for \"zzqx\"")
            }
            XCTAssertEqual(state.message, none)
            XCTAssertTrue(compose(state, document).footerLine.contains(none))
            press(.enter, &state, document)
            XCTAssertEqual(state.message, noMatch)
            XCTAssertEqual(state.page, 0, "nothing to jump to")
            press(.char("n"), &state, document)
            XCTAssertEqual(state.message, noMatch)
        }
    }

    func testBackspaceEditsTheQueryAndOnAnEmptyOneClosesThePrompt() {
        var (state, document) = Fixture.english.start()
        press(.char("/"), &state, document)
        type("ledgerx", &state, document)
        XCTAssertTrue(state.matches.isEmpty)
        press(.backspace, &state, document)
        XCTAssertEqual(state.query, "ledger")
        XCTAssertEqual(state.matches.count, 4, "one letter less: the matches are back")
        for _ in 0..<6 { press(.delete, &state, document) }
        XCTAssertEqual(state.mode, .search)
        XCTAssertTrue(state.matches.isEmpty)
        press(.backspace, &state, document)
        XCTAssertEqual(state.mode, .browse)
    }

    func testSlashStartsAFreshQueryAndEscapeClearsTheHighlights() {
        var (state, document) = Fixture.english.start()
        search("ledger", &state, document)
        XCTAssertEqual(state.matches.count, 4)
        press(.char("/"), &state, document)
        XCTAssertEqual(state.query, "", "a new search starts empty")
        press(.escape, &state, document)
        XCTAssertEqual(state.mode, .browse)
        press(.escape, &state, document)
        XCTAssertTrue(state.matches.isEmpty)
        XCTAssertNil(state.currentMatch)
        let frame = compose(state, document)
        XCTAssertFalse(frame.cells.contains { $0.role == .content(.match) || $0.role == .content(.currentMatch) })
        XCTAssertFalse(frame.footerLine.contains("/4"), "no counter left in the footer")
    }

    func testKoreanInitialsFindTheWord() throws {
        let document = Fixture.korean.document()
        XCTAssertEqual(document.search("ㄹㄷㅅ", width: 78), document.search("레디스", width: 78))
        XCTAssertEqual(document.search("ㄹㄷㅅ", width: 78).count, 1)
        XCTAssertEqual(document.search("ㅋㅍㅋ", width: 78), document.search("카프카", width: 78))
        XCTAssertEqual(document.search("ㅋㅍㅋ", width: 78).count, 2)

        var state = AppState(pageCount: document.pageCount, width: 80, height: 24)
        search("ㄹㄷㅅ", &state, document)
        XCTAssertEqual(state.page, 3, "레디스 is on Skills")
        let frame = compose(state, document)
        let row = try XCTUnwrap((1..<frame.height - 1).first { frame.text(ofRow: $0, role: .content(.currentMatch)) == "레디스" })
        XCTAssertEqual(frame.lines[row], "   • 카프카와 레디스를 운영합니다.")
        XCTAssertTrue(frame.footerLine.contains("\"ㄹㄷㅅ\" 1/1"), frame.footerLine)

        XCTAssertTrue(Fixture.english.document().search("ㄹㄷㅅ", width: 78).isEmpty, "the English résumé has no 레디스")
    }

    func testADecomposedKoreanQueryFindsTheComposedText() {
        let document = Fixture.korean.document()
        let decomposed = "\u{1105}\u{1166}\u{1103}\u{1175}\u{1109}\u{1173}"  // 레디스 as jamo (NFD)
        XCTAssertEqual(document.search(decomposed, width: 78), document.search("레디스", width: 78))
    }

    /// A match the wrap split over two lines is shown whole: both lines in view, both
    /// pieces highlighted, even when its first piece was on the last row.
    func testAMatchSplitByTheWrapIsShownWhole() throws {
        let cases: [(Fixture, String, width: Int, height: Int, pieces: [String])] = [
            (.english, "three regions", 40, 15, ["three", "regions"]),
            (.korean, "정산 데이터", 24, 9, ["정산", "데이터"]),
        ]
        for (fixture, query, width, height, pieces) in cases {
            var (state, document) = fixture.start(width: width, height: height)
            let match = try XCTUnwrap(document.search(query, width: state.contentWidth).first)
            XCTAssertEqual(match.fragments.count, 2, "\(fixture): the wrap splits \(query) at \(width) columns")
            // Scroll so that the first piece is on the last row and the second below it.
            press(.char("2"), &state, document)
            reduce(&state, .scroll(match.fragments[0].line - state.bodyHeight + 1), document)
            XCTAssertEqual(state.offsets[1] + state.bodyHeight - 1, match.fragments[0].line)
            search(query, &state, document)
            let top = state.offsets[1]
            XCTAssertTrue(match.fragments.allSatisfy { (top..<top + state.bodyHeight).contains($0.line) }, "\(fixture): both lines in view")
            let frame = compose(state, document)
            let highlighted = match.fragments.map { frame.text(ofRow: $0.line - top + 1, role: .content(.currentMatch)) }
            XCTAssertEqual(highlighted, pieces, "\(fixture)")
        }
    }
}

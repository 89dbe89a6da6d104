import Foundation
import ResumeModel
import TestSupport
import XCTest
@testable import ResumeLayout

final class SearchTests: XCTestCase {
    private func searcher(_ resume: Resume = smallResume(), width: Int = 80) -> Searcher {
        Searcher(layouts: ResumeDocument(resume, today: snapshotToday).layoutAll(width: width))
    }

    private func frag(_ line: Int, _ start: Int, _ end: Int) -> SearchMatch.Fragment {
        .init(line: line, startCell: start, endCell: end)
    }

    func testFindsAcrossPagesAtExactPositions() {
        var s = searcher()
        XCTAssertEqual(s.search("레디스"), [
            SearchMatch(page: 0, fragments: [frag(2, 0, 6)]),   // the headline
            SearchMatch(page: 1, fragments: [frag(6, 2, 8)]),   // "  레디스 운영"
            SearchMatch(page: 1, fragments: [frag(7, 4, 10)]),  // "  • 레디스 노드 운영"
        ])
    }

    func testCaseFolding() {
        var s = searcher()
        XCTAssertEqual(s.search("REDIS").map(\.page), [1, 2])
        XCTAssertEqual(s.search("Redis 이야기"), [SearchMatch(page: 2, fragments: [frag(3, 2, 14)])])
    }

    func testNormalizationInsensitive() {
        let nfc = "레디스"
        let nfd = "\u{1105}\u{1166}\u{1103}\u{1175}\u{1109}\u{1173}"
        XCTAssertEqual(nfd.unicodeScalars.count, 6)
        var s = searcher()
        XCTAssertEqual(s.search(nfd), s.freshSearch(nfc))
        XCTAssertEqual(s.search(nfd).count, 3)
        // And NFD text is found by an NFC query, at the cells it is drawn in.
        let layout = PageLayout(lines: [StyledLine([Span("a " + nfd + " 카페\u{301}")])], flow: [LineFlow(indent: 0, join: .end)])
        var t = Searcher(layouts: [layout])
        XCTAssertEqual(t.search(nfc), [SearchMatch(page: 0, fragments: [frag(0, 2, 8)])])
        XCTAssertEqual(t.search("E\u{301}"), [], "no é in the text")
        let cafe = PageLayout(lines: [StyledLine([Span("Caf\u{E9} cafe\u{301}")])], flow: [LineFlow(indent: 0, join: .end)])
        var u = Searcher(layouts: [cafe])
        XCTAssertEqual(u.search("CAFE\u{301}").count, 2)
        XCTAssertEqual(u.search("caf\u{E9}").count, 2)
    }

    func testInitialConsonants() {
        var s = searcher()
        XCTAssertEqual(s.search("ㄹㄷㅅ"), s.freshSearch("레디스"))
        XCTAssertEqual(s.search("ㅍㄹㅍㅇㄹ"), [SearchMatch(page: 1, fragments: [frag(8, 4, 14)])])
        XCTAssertEqual(s.search("레ㄷ"), s.freshSearch("레디"))
        XCTAssertEqual(s.search("레ㄷ").count, 3)
        XCTAssertEqual(s.search("ㄹㄷㅈ"), [])
        XCTAssertEqual(s.search(""), [])
        XCTAssertEqual(s.lastScan, .none)
    }

    func testMatchSplitByTheWrapIsOneMatch() {
        // Soft wrap: the space between the words is gone, the next line hangs under the bullet.
        var lines: [StyledLine] = []
        var flow: [LineFlow] = []
        Wrap.wrap(Paragraph(Word.split("노드 redis 운영 끝", .plain), lead: Word("•", .bullet), indent: 0),
                  width: 12, into: &lines, flow: &flow)
        XCTAssertEqual(lines.map(\.text), ["• 노드 redis", "  운영 끝"])
        var s = Searcher(layouts: [PageLayout(lines: lines, flow: flow)])
        XCTAssertEqual(s.search("redis 운영"), [SearchMatch(page: 0, fragments: [frag(0, 7, 12), frag(1, 2, 6)])])
        XCTAssertEqual(s.search("redis운영"), [], "the wrap took a space, not nothing")

        // Hard break inside a word too wide for the line.
        let page = Layout.layout(Resume(name: "가나다라마바사레디스"), page: 0, width: 8, theme: .dark, today: snapshotToday)
        XCTAssertEqual(page.lines.map(\.text), ["가나다라", "마바사레", "디스"])
        var t = Searcher(layouts: [page])
        XCTAssertEqual(t.search("레디스"), [SearchMatch(page: 0, fragments: [frag(1, 6, 8), frag(2, 0, 4)])])

        // The real résumé's sentence at a narrow width: still found, in pieces.
        let resume = smallResume()
        var narrow = searcher(resume, width: 10)
        let found = narrow.search("프로파일링을 통한")
        XCTAssertEqual(found.count, 1)
        XCTAssertGreaterThan(found.first?.fragments.count ?? 0, 1)
    }

    func testNoMatchAcrossParagraphs() {
        var s = searcher()
        // "Test Person" ends one paragraph and the headline begins another.
        XCTAssertEqual(s.search("person 레디스"), [])
        XCTAssertEqual(s.search("person"), [SearchMatch(page: 0, fragments: [frag(0, 5, 11)])])
    }

    func testIncrementalRefinesAndAgreesWithAFreshSearch() {
        var s = searcher(awkwardResume(), width: 30)
        _ = s.search("레")
        XCTAssertEqual(s.lastScan, .full)
        _ = s.search("레디")
        guard case .refined = s.lastScan else { return XCTFail("\(s.lastScan)") }
        _ = s.search("ㄹ")
        XCTAssertEqual(s.lastScan, .full)
        _ = s.search("레")
        guard case .refined = s.lastScan else { return XCTFail("choseong then syllable should refine") }

        // Type and delete many random queries; every answer equals a full scan's.
        var rng = SeededGenerator(seed: 7)
        let text = PlainText.render(awkwardResume(), width: 30, today: snapshotToday) + "ㄹㄷㅅㅍㅇ"
        let alphabet = Array(Set(text.filter { $0 != "\n" }))
        var query = ""
        var refined = 0
        for _ in 0..<400 {
            switch Int.random(in: 0..<10, using: &rng) {
            case 0..<6: query.append(alphabet.randomElement(using: &rng) ?? "a")
            case 6..<8: if !query.isEmpty { query.removeLast() }
            case 8: query = ""
            default:
                // Start from a real piece of text, so refining has matches to narrow.
                let start = Int.random(in: 0..<max(1, text.count - 6), using: &rng)
                query = String(text.dropFirst(start).prefix(Int.random(in: 1...4, using: &rng))).replacingOccurrences(of: "\n", with: " ")
            }
            let incremental = s.search(query)
            if case .refined = s.lastScan { refined += 1 }
            XCTAssertEqual(incremental, s.freshSearch(query), "query \(query.debugDescription)")
        }
        XCTAssertGreaterThan(refined, 50)
    }

    func testHighlightKeepsWidthsAndMarksCells() {
        let document = ResumeDocument(smallResume(), today: snapshotToday)
        let layouts = document.layoutAll(width: 12)
        var s = Searcher(layouts: layouts)
        let matches = s.search("레디스")
        XCTAssertGreaterThan(matches.count, 2)
        for page in layouts.indices {
            let lit = highlight(layouts[page].lines, page: page, matches: matches, current: 1)
            XCTAssertEqual(lit.map(\.width), layouts[page].lines.map(\.width))
            XCTAssertEqual(lit.map(\.text), layouts[page].lines.map(\.text))
            for line in lit { for span in line.spans { XCTAssertEqual(span.width, CellWidth.of(span.text)) } }
        }
        let current = matches[1]
        let lit = highlight(layouts[current.page].lines, page: current.page, matches: matches, current: 1)
        let line = lit[current.line]
        let marked = line.spans.filter { $0.role == .currentMatch }.map(\.text).joined()
        XCTAssertEqual(marked, "레디스")
        let other = highlight(layouts[0].lines, page: 0, matches: matches, current: 1)
        XCTAssertEqual(other[matches[0].line].spans.filter { $0.role == .match }.map(\.text).joined(), "레디스")
    }
}

import TestSupport
import XCTest
@testable import ResumeLayout

final class WrapTests: XCTestCase {
    private func texts(_ text: String, width: Int, indent: Int = 0, hang: Int? = nil) -> [String] {
        Wrap.wrap([Span(text)], width: width, indent: indent, hang: hang).lines.map(\.text)
    }

    func testKoreanSentenceAtSeveralWidths() {
        let sentence = "1000개가 넘는 레디스 노드들을 안정적으로 운영."
        XCTAssertEqual(texts(sentence, width: 80), [sentence])
        XCTAssertEqual(texts(sentence, width: 20), ["1000개가 넘는 레디스", "노드들을 안정적으로", "운영."])
        XCTAssertEqual(texts(sentence, width: 12), ["1000개가", "넘는 레디스", "노드들을", "안정적으로", "운영."])
        // "안정적으로" is 10 cells: at 9 it alone is too wide and breaks between syllables.
        XCTAssertEqual(texts(sentence, width: 9), ["1000개가", "넘는", "레디스", "노드들을", "안정적으", "로 운영."])
    }

    func testAWideCharacterNeverGoesIntoAOneCellRemainder() {
        // 5 cells of room: "레디" (4) fits, "스" (2) would need a sixth cell.
        XCTAssertEqual(texts("레디스가", width: 5), ["레디", "스가"])
        XCTAssertEqual(texts("ab레디스", width: 5), ["ab레", "디스"])
    }

    func testWidthOneRule() {
        let result = Wrap.wrap([Span("a레 b")], width: 1)
        XCTAssertEqual(result.lines.map(\.text), ["a", "레", "b"])
        XCTAssertEqual(result.lines.map(\.width), [1, 2, 1])
        for line in result.lines { XCTAssertTrue(Wrap.fits(line, width: 1)) }
        XCTAssertFalse(Wrap.fits(StyledLine([Span("ab")]), width: 1))
        XCTAssertTrue(Wrap.fits(StyledLine([Span("레")]), width: 1))
        XCTAssertFalse(Wrap.fits(StyledLine([Span(" 레")]), width: 1))
        XCTAssertTrue(Wrap.fits(StyledLine([Span("레")]), width: 2))
        XCTAssertFalse(Wrap.fits(StyledLine([Span("레디")]), width: 3))
    }

    func testHangingIndentUnderABullet() {
        var lines: [StyledLine] = []
        var flow: [LineFlow] = []
        let paragraph = Paragraph(Word.split("신규 레디스 클러스터 셋팅 및, 레디스 점검 수행", .plain), lead: Word("•", .bullet), indent: 2)
        Wrap.wrap(paragraph, width: 24, into: &lines, flow: &flow)
        XCTAssertEqual(lines.map(\.text), ["  • 신규 레디스 클러스터", "    셋팅 및, 레디스 점검", "    수행"])
        XCTAssertEqual(flow, [LineFlow(indent: 2, join: .space), LineFlow(indent: 4, join: .space), LineFlow(indent: 4, join: .end)])
        XCTAssertEqual(lines[0].spans.map(\.role), [.plain, .bullet, .plain])
    }

    func testIndentShrinksWhenNarrow() {
        var lines: [StyledLine] = []
        var flow: [LineFlow] = []
        // A third-level bullet wants 8 cells of indent; at 12 columns it gets 3.
        let paragraph = Paragraph(Word.split("가나 다라 마바", .plain), lead: Word("•", .bullet), indent: 6)
        Wrap.wrap(paragraph, width: 12, into: &lines, flow: &flow)
        XCTAssertEqual(lines.map(\.text), ["   • 가나", "   다라 마바"])
        lines = []
        Wrap.wrap(paragraph, width: 3, into: &lines, flow: &flow)
        XCTAssertEqual(lines.map(\.text), ["•", "가", "나", "다", "라", "마", "바"])
    }

    func testRolesAreKeptAcrossBreaks() {
        let spans = [Span("see "), Span("https://example.com/a/very/long/path", .link), Span(" now")]
        let lines = Wrap.wrap(spans, width: 12).lines
        XCTAssertEqual(lines.map(\.text), ["see", "https://exam", "ple.com/a/ve", "ry/long/path", "now"])
        XCTAssertEqual(lines[1].spans.map(\.role), [.link])
        XCTAssertEqual(lines[3].spans.map(\.role), [.link])
        XCTAssertEqual(lines[4].spans.map(\.role), [.plain])
    }

    func testALabelBrokenAtItsSpaceJoinsWithASpace() {
        // "GitHub" fills the line; the break is the label's space, so search reads "GitHub Profile".
        var lines: [StyledLine] = []
        var flow: [LineFlow] = []
        Wrap.wrap(Paragraph(Word.split("x", .link), lead: Word("GitHub Profile", .label), hang: 0), width: 6, into: &lines, flow: &flow)
        XCTAssertEqual(lines.map(\.text), ["GitHub", "Profil", "e x"])
        XCTAssertEqual(flow.map(\.join), [.space, .word, .end])
    }

    func testChineseBreaksBetweenCharactersAndKoreanAtSpaces() {
        // 。 never starts a line: 块 comes down with it.
        XCTAssertEqual(texts("负责订单模块。", width: 6), ["负责订", "单模", "块。"])
        XCTAssertEqual(texts("주문 모듈의 설계와 구현을 담당.", width: 10), ["주문", "모듈의", "설계와", "구현을", "담당."])
    }

    func testSpaceBetweenTwoLinkWordsStaysALink() {
        let line = Wrap.wrap([Span("a b", .link)], width: 10).lines[0]
        XCTAssertEqual(line.spans, [Span("a b", .link)])
    }

    // MARK: - Properties

    private static let pieces: [String] = [
        "레디스", "운영", "가", "프로파일링을", "한국어", "漢字", "かな", "ＡＢ",
        "redis", "a", "perf,", "x-y", "1000개가", "(eg.", "https://example.com/path?q=1",
        "负责", "。", "（Redis）", "ー", "使用Redis缓存", "、", "「", "」", "…", "！",
        "😀", "👨‍👩‍👧", "🏳️‍🌈", "👍🏽", "🇰🇷", "e\u{301}", "n\u{303}o", "a\u{302}\u{323}",
    ]

    private func randomWord(_ rng: inout SeededGenerator) -> String {
        if Int.random(in: 0..<12, using: &rng) == 0 {
            // A very long token: longer than most widths.
            return (0..<Int.random(in: 20...90, using: &rng)).map { _ in Self.pieces.randomElement(using: &rng) ?? "a" }.joined()
        }
        return (0..<Int.random(in: 1...3, using: &rng)).map { _ in Self.pieces.randomElement(using: &rng) ?? "a" }.joined()
    }

    /// Reads the text back: indentation dropped, lines joined as the wrap broke them.
    private func readBack(_ lines: [StyledLine], _ flow: [LineFlow], skipLead: Bool) -> String {
        var out = ""
        for (index, line) in lines.enumerated() {
            var text = String(line.text.dropFirst(flow[index].indent))
            if index == 0, skipLead {
                text = String(text.drop(while: { $0 != " " }).drop(while: { $0 == " " }))
                // The lead alone on its line: the text starts on the next one.
                if text.isEmpty { continue }
            }
            out += text
            switch flow[index].join {
            case .space: out += " "
            case .word, .end: break
            }
        }
        return out
    }

    func testRandomTextAtRandomWidths() {
        var rng = SeededGenerator(seed: 20261124)
        for round in 0..<600 {
            let words = (0..<Int.random(in: 1...40, using: &rng)).map { _ in randomWord(&rng) }
            let width = Int.random(in: 1...120, using: &rng)
            let useLead = Bool.random(using: &rng)
            let indent = Int.random(in: 0...8, using: &rng)
            // Random roles, changing inside words too, to check roles survive the breaks.
            var spans: [Span] = []
            for (i, word) in words.enumerated() {
                let role = Role.allCases.filter { $0 != .bullet }.randomElement(using: &rng) ?? .plain
                spans.append(Span((i == 0 ? "" : " ") + word, role))
            }
            let paragraph = Paragraph(Word.split(spans), lead: useLead ? Word("•", .bullet) : nil, indent: indent)
            var lines: [StyledLine] = []
            var flow: [LineFlow] = []
            Wrap.wrap(paragraph, width: width, into: &lines, flow: &flow)
            let context = "round \(round) width \(width) words \(words)"
            XCTAssertEqual(lines.count, flow.count, context)
            for line in lines {
                XCTAssertTrue(Wrap.fits(line, width: width), "too wide: \(line.text.debugDescription) \(context)")
                XCTAssertNotEqual(line.text.last, " ", "trailing space \(context)")
                XCTAssertFalse(line.text.isEmpty, context)
                XCTAssertEqual(line.width, CellWidth.of(line.text), context)
                XCTAssertEqual(line.width, line.spans.reduce(0) { $0 + CellWidth.of($1.text) }, context)
            }
            for (index, item) in flow.enumerated() {
                XCTAssertLessThanOrEqual(item.indent, width / 4, context)
                XCTAssertTrue(lines[index].text.prefix(item.indent).allSatisfy { $0 == " " }, context)
            }
            XCTAssertEqual(readBack(lines, flow, skipLead: useLead), words.joined(separator: " "), context)
            // Every letter comes back in its role, in order.
            let letters = { (spans: [Span]) in
                spans.filter { $0.role != .bullet }.flatMap { span in span.text.filter { $0 != " " }.map { "\($0)\(span.role)" } }
            }
            XCTAssertEqual(letters(lines.flatMap(\.spans)), letters(spans), context)
        }
    }
}

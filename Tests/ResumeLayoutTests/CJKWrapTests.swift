import XCTest
@testable import ResumeLayout

/// Line breaking of Chinese and Japanese, which have no spaces, beside Korean, which does:
/// what a reader sees at 20, 40 and 80 columns.
final class CJKWrapTests: XCTestCase {
    // MARK: - Text

    private static let chinese = [
        "负责公司核心交易系统的架构设计与性能优化，主导了从单体应用到微服务的迁移，使接口平均响应时间从300毫秒降低到80毫秒。",
        "参与开源项目“分布式任务调度平台”的开发，编写了超过两万行代码（包括单元测试），并在社区中回答用户的问题！",
        "基于 SSM 框架开发的电商平台，支持商品管理、订单处理和在线支付等功能，日均访问量达到十万次以上。",
        "使用Redis缓存热点数据，通过Kafka消息队列实现服务之间的异步通信；系统可用性达到99.99%。",
        "带领五人小组完成【数据中台】建设，统一了三个部门的指标口径……",
    ]

    private static let japanese = [
        "大規模な決済システムの設計と運用を担当し、障害対応の手順を整備しました。",
        "チームリーダーとして、新しいプロジェクト「データ基盤の刷新」を推進し、メンバー5名の育成にも携わっています。",
        "バックエンドエンジニアとして、キャッシュ層（Redis）の導入やクエリの最適化を行い、レスポンスタイムを約半分に短縮しました……",
        "ユーザーインタビューを重ね、ショッピングカートの使いやすさを改善。コンバージョン率が１５％向上！",
        "『ゼロから作るシステム設計』の社内勉強会を主催し、3ヵ月ごとに各々の目標と人々の意見を振り返りました。",
    ]

    private static let korean = [
        "1000개가 넘는 레디스 노드들을 안정적으로 운영하였고, 장애 대응 절차를 정비하였습니다.",
        "MySQL을 사용하는 시스템을 DynamoDB 기반으로 이전하여 p90 응답시간을 1초에서 150ms로 개선하였습니다.",
        "대한민국(大韓民國)의 결제 시스템을 설계하고 프로파일링을 통한 서비스 성능 개선을 주도하였습니다.",
    ]

    /// What must never start a line (UAX #14 CL, CP, EX, IS, NS, CJ, IN; JIS X 4051).
    private static let noStart = Set("、。，．）」』】〕〉》｝］,.)]}!?！？：；・ーゃゅょっぁぃぅぇぉャュョッァィゥェォヵヶ々〻ゝゞヽヾ‐～…‥”")
    /// What must never end a line (UAX #14 OP).
    private static let noEnd = Set("（「『【〔〈《｛［([{“")

    // MARK: - Helpers

    private func wrap(_ text: String, width: Int, lead: Bool = false) -> (lines: [StyledLine], flow: [LineFlow]) {
        var lines: [StyledLine] = []
        var flow: [LineFlow] = []
        let paragraph = Paragraph(Word.split(text, .plain), lead: lead ? Word("•", .bullet) : nil, indent: lead ? 2 : 0)
        Wrap.wrap(paragraph, width: width, into: &lines, flow: &flow)
        return (lines, flow)
    }

    private func texts(_ text: String, width: Int) -> [String] { wrap(text, width: width).lines.map(\.text) }

    /// The text as search reads it back: indentation dropped, lines joined by their flow.
    private func readBack(_ lines: [StyledLine], _ flow: [LineFlow], lead: String? = nil) -> String {
        var out = ""
        for (index, line) in lines.enumerated() {
            var text = String(line.text.dropFirst(flow[index].indent))
            if index == 0, let lead, text.hasPrefix(lead) { text = String(text.dropFirst(lead.count).drop(while: { $0 == " " })) }
            out += text
            if flow[index].join == .space { out += " " }
        }
        return out
    }

    /// Chinese and Japanese characters break one by one; anything else (a Latin or
    /// Korean word, a number) goes up to the next space or CJK character.
    private static func isCJK(_ c: Character) -> Bool {
        guard let v = c.unicodeScalars.first?.value else { return false }
        return (0x3000...0x9FFF).contains(v) || (0xFF00...0xFFEF).contains(v)
    }

    private static func isHangul(_ c: Character) -> Bool {
        guard let v = c.unicodeScalars.first?.value else { return false }
        return (0xAC00...0xD7A3).contains(v)
    }

    /// The width of what the line must begin with: its opening brackets, one character (or
    /// one non-CJK run), and the closing marks that may not be parted from it. The line
    /// before broke because this did not fit.
    private func leadingUnitWidth(_ line: String) -> Int {
        let s = Array(line.drop(while: { $0 == " " }))
        var i = 0
        while i < s.count, Self.noEnd.contains(s[i]) { i += 1 }
        if i < s.count {
            if Self.isCJK(s[i]) {
                i += 1
            } else if s[i...].prefix(while: { $0 != " " }).contains(where: Self.isHangul) {
                // A Korean word is one unit up to its space, Hanja and brackets included.
                while i < s.count, s[i] != " " { i += 1 }
            } else {
                while i < s.count, s[i] != " ", !Self.isCJK(s[i]), !Self.noEnd.contains(s[i]) { i += 1 }
            }
        }
        while i < s.count, Self.noStart.contains(s[i]) { i += 1 }
        return CellWidth.of(String(s[..<i]))
    }

    /// Everything a reader may rely on, for `text` wrapped at `width`.
    private func checkReadable(_ text: String, width: Int, lead: Bool = false, file: StaticString = #filePath, line: UInt = #line) {
        let (lines, flow) = wrap(text, width: width, lead: lead)
        let context = "width \(width): \(lines.map(\.text))"
        XCTAssertEqual(lines.count, flow.count, context, file: file, line: line)
        for (index, styled) in lines.enumerated() {
            let body = String(styled.text.dropFirst(flow[index].indent))
            XCTAssertTrue(Wrap.fits(styled, width: width), "too wide: \(styled.text) \(context)", file: file, line: line)
            if let first = body.first, !(lead && index == 0) {
                XCTAssertFalse(Self.noStart.contains(first), "line \(index) starts with \(first) \(context)", file: file, line: line)
            }
            if let last = body.last {
                XCTAssertFalse(Self.noEnd.contains(last), "line \(index) ends with \(last) \(context)", file: file, line: line)
            }
            // Each line is as full as the rules allow: what starts the next did not fit.
            if index + 1 < lines.count {
                let next = String(lines[index + 1].text.dropFirst(flow[index + 1].indent))
                let needed = leadingUnitWidth(next) + (flow[index].join == .space ? 1 : 0)
                XCTAssertGreaterThan(needed, width - styled.width, "line \(index) could hold more \(context)", file: file, line: line)
            }
        }
        XCTAssertEqual(flow.last?.join, .end, context, file: file, line: line)
        XCTAssertEqual(readBack(lines, flow, lead: lead ? "•" : nil), text, context, file: file, line: line)
    }

    // MARK: - Chinese and Japanese

    func testChineseSentencesAtEveryWidth() {
        for text in Self.chinese {
            for width in [20, 40, 80] { checkReadable(text, width: width) }
        }
    }

    func testJapaneseSentencesAtEveryWidth() {
        for text in Self.japanese {
            for width in [20, 40, 80] { checkReadable(text, width: width) }
        }
    }

    func testUnderABulletTheTextHangs() {
        for text in Self.chinese + Self.japanese {
            for width in [20, 40, 80] { checkReadable(text, width: width, lead: true) }
        }
        XCTAssertEqual(wrap(Self.japanese[0], width: 20, lead: true).lines.map(\.text), [
            "  • 大規模な決済シス",
            "    テムの設計と運用",
            "    を担当し、障害対",
            "    応の手順を整備し",
            "    ました。",
        ])
    }

    func testJapaneseAt20Columns() {
        // ー, ッ and ョ never start a line; 「 never ends one; 、 and 。 stay with the word before.
        XCTAssertEqual(texts(Self.japanese[1], width: 20), [
            "チームリーダーとし",
            "て、新しいプロジェク",
            "ト「データ基盤の刷",
            "新」を推進し、メン",
            "バー5名の育成にも携",
            "わっています。",
        ])
    }

    func testBreaksBetweenCJKCharactersJoinWithNothing() {
        let (lines, flow) = wrap("负责订单模块的设计与实现", width: 10)
        XCTAssertEqual(lines.map(\.text), ["负责订单模", "块的设计与", "实现"])
        // Search reads "模块" straight across the break, without a space.
        XCTAssertEqual(flow.map(\.join), [.word, .word, .end])
        var searcher = Searcher(layouts: [PageLayout(lines: lines, flow: flow)])
        XCTAssertEqual(searcher.search("模块"), [SearchMatch(page: 0, fragments: [
            .init(line: 0, startCell: 8, endCell: 10), .init(line: 1, startCell: 0, endCell: 2),
        ])])
        XCTAssertEqual(searcher.search("模 块"), [])

        // After spaced words, the run still breaks inside, and joins with nothing there.
        let mixed = wrap("使用 Redis 缓存热点数据", width: 14)
        XCTAssertEqual(mixed.lines.map(\.text), ["使用 Redis 缓", "存热点数据"])
        XCTAssertEqual(mixed.flow.map(\.join), [.word, .end])
        searcher = Searcher(layouts: [PageLayout(lines: mixed.lines, flow: mixed.flow)])
        XCTAssertEqual(searcher.search("redis 缓存"), [SearchMatch(page: 0, fragments: [
            .init(line: 0, startCell: 5, endCell: 13), .init(line: 1, startCell: 0, endCell: 2),
        ])])
    }

    // MARK: - Mixed text

    func testTheCJKRunAfterALatinWordFillsTheLine() {
        let text = Self.chinese[2]
        let lines = texts(text, width: 80)
        XCTAssertNotEqual(lines.first, "基于 SSM", "70 cells were free")
        XCTAssertEqual(lines, [
            "基于 SSM 框架开发的电商平台，支持商品管理、订单处理和在线支付等功能，日均访问量",
            "达到十万次以上。",
        ])
        XCTAssertEqual(texts(text, width: 20).prefix(2), ["基于 SSM 框架开发的", "电商平台，支持商品管"])
        // The break after "的" joins with nothing; the spaces around SSM stay on the line.
        XCTAssertEqual(wrap(text, width: 20).flow.first?.join, .word)
    }

    func testALatinWordGluedToChineseBreaksOnlyAtItsEdges() {
        // 使用Redis缓存: a break before R and after s (ID ÷ AL, AL ÷ ID), never inside Redis.
        XCTAssertEqual(texts("使用Redis缓存", width: 8), ["使用", "Redis缓", "存"])
        XCTAssertEqual(texts("使用Redis缓存", width: 12), ["使用Redis缓", "存"])
        XCTAssertEqual(texts("使用Redis缓存", width: 6), ["使用", "Redis", "缓存"])
        let (_, flow) = wrap("使用Redis缓存", width: 8)
        XCTAssertEqual(flow.map(\.join), [.word, .word, .end])
        // Narrow brackets cling to the word they enclose; a fullwidth one may be broken before.
        XCTAssertEqual(texts("通过(Kafka)通信", width: 10), ["通过", "(Kafka)通", "信"])
        XCTAssertEqual(texts("缓存层（Redis）的导入", width: 12), ["缓存层", "（Redis）的", "导入"])
    }

    func testAURLIsNotBrokenUnlessLongerThanTheLine() {
        let url = "https://example.com/orders/2024"
        let lines = texts("详情请见\(url)，谢谢。", width: 36)
        XCTAssertEqual(lines, ["详情请见", "\(url)，谢", "谢。"])
        XCTAssertTrue(texts("详情请见\(url)", width: 20).contains { $0.hasPrefix("https://example.com/") })
    }

    func testSpacedPunctuationStaysWithTheWordBefore() {
        // UAX #14 LB13: no break before ！ or ） even after a space; LB14: none after （ either.
        XCTAssertEqual(texts("负责数据库 ！", width: 10), ["负责数据", "库 ！"])
        XCTAssertEqual(texts("Redis done !", width: 10), ["Redis", "done !"])
        XCTAssertEqual(texts("使用 （ Redis ）", width: 12), ["使用", "（ Redis ）"])
        let (_, flow) = wrap("Redis done !", width: 10)
        XCTAssertEqual(flow.map(\.join), [.space, .end])
    }

    func testEveryForbiddenCharacterIsKeptOffALineStart() {
        // Four ideographs fill 8 columns: without the rule, the mark would start line two.
        for mark in Self.noStart {
            let text = "负责设计" + String(mark) + "开发"
            let lines = texts(text, width: 8)
            XCTAssertEqual(lines.first, "负责设", "\(mark): \(lines)")
            XCTAssertTrue(lines.allSatisfy { !Self.noStart.contains($0.first ?? " ") }, "\(mark): \(lines)")
        }
        // Three ideographs and an opening bracket fill 8 (or 7) columns: the bracket moves down.
        for mark in Self.noEnd {
            let text = "负责设" + String(mark) + "开发"
            let lines = texts(text, width: 8)
            XCTAssertEqual(lines.first, "负责设", "\(mark): \(lines)")
            XCTAssertTrue(lines.allSatisfy { !Self.noEnd.contains($0.last ?? " ") }, "\(mark): \(lines)")
        }
    }

    func testStylesStayWithTheirPieces() {
        let spans = [Span("负责"), Span("Redis", .code), Span("集群的"), Span("日常运维", .emphasis), Span("。")]
        let lines = Wrap.wrap(spans, width: 8).lines
        XCTAssertEqual(lines.map(\.text), ["负责", "Redis集", "群的日常", "运维。"])
        XCTAssertEqual(lines[1].spans, [Span("Redis", .code), Span("集")])
        XCTAssertEqual(lines[2].spans, [Span("群的"), Span("日常", .emphasis)])
        XCTAssertEqual(lines[3].spans, [Span("运维", .emphasis), Span("。")])
    }

    // MARK: - Korean

    func testKoreanStillBreaksOnlyAtSpaces() {
        for text in Self.korean {
            let words = Set(text.split(separator: " ").map(String.init))
            for width in [20, 40, 80] {
                let (lines, flow) = wrap(text, width: width)
                checkReadable(text, width: width)
                for (index, line) in lines.enumerated() {
                    // Every line is whole words: none was cut, Hanja in one included.
                    for word in line.text.split(separator: " ") {
                        XCTAssertTrue(words.contains(String(word)), "\(word) cut at \(width): \(lines.map(\.text))")
                    }
                    XCTAssertNotEqual(flow[index].join, .word, "width \(width): \(lines.map(\.text))")
                }
            }
        }
        XCTAssertEqual(texts(Self.korean[2], width: 20), ["대한민국(大韓民國)의", "결제 시스템을", "설계하고", "프로파일링을 통한", "서비스 성능 개선을", "주도하였습니다."])
    }
}

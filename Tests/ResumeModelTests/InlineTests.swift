import XCTest
@testable import ResumeModel

/// Inline rules one at a time, on a one-paragraph section: cmark-gfm's reading, with
/// our runs on top (one style per run, merged neighbours, no empty runs).
final class InlineTests: XCTestCase {
    private func runs(_ text: String, file: StaticString = #filePath, line: UInt = #line) -> Inline {
        let result = ResumeParser.parse("# N\n\n## Notes\n\n" + text + "\n")
        guard let intro = result.resume?.sections.first?.intro, intro.count == 1, case .paragraph(let runs) = intro[0] else {
            XCTFail("expected one paragraph", file: file, line: line)
            return []
        }
        return runs
    }

    private func link(_ url: String) -> InlineRun { InlineRun(url, .link(url: url)) }

    func testUnderscoreOnlyAtWordBoundaries() {
        XCTAssertEqual(runs("snake_case_name and _em_ and __strong__"), [
            InlineRun("snake_case_name and "), InlineRun("em", .emphasis), InlineRun(" and "), InlineRun("strong", .strong),
        ])
        XCTAssertEqual(runs("_한글_은"), [InlineRun("_한글_은")], "a closing _ followed by a letter does not close")
    }

    /// CommonMark's flanking rule: `**레디스**를` closes, because 를 is a letter after a
    /// closing `**` that is not preceded by punctuation.
    func testStarWorksNextToHangul() {
        XCTAssertEqual(runs("**레디스**를 운영"), [InlineRun("레디스", .strong), InlineRun("를 운영")])
    }

    func testEscapes() {
        XCTAssertEqual(runs(#"\*not em\* \\ \` \[x\](y) \a"#), [InlineRun(#"*not em* \ ` [x](y) \a"#)])
    }

    func testCodeSpans() {
        XCTAssertEqual(runs("`a*b*c` and `` ` `` and ` x `"), [
            InlineRun("a*b*c", .code), InlineRun(" and "), InlineRun("`", .code), InlineRun(" and "), InlineRun("x", .code),
        ])
    }

    func testUnclosedCodeIsLiteral() {
        XCTAssertEqual(runs("use `perf"), [InlineRun("use `perf")])
    }

    func testBracketsWithoutALinkArePlain() {
        XCTAssertEqual(runs("[draft] and [x] (y)"), [InlineRun("[draft] and [x] (y)")])
    }

    func testLinkTextMarkupIsFlattenedAndDestinationsUnescaped() {
        XCTAssertEqual(runs(#"[**bold** `code`](https://x.example/a\)b)"#), [
            InlineRun("bold code", .link(url: "https://x.example/a)b")),
        ])
        XCTAssertEqual(runs("[](https://x.example)"), [link("https://x.example")], "an empty label shows the URL")
        XCTAssertEqual(runs("[x](<https://x.example/a b>)"), [InlineRun("x", .link(url: "https://x.example/a b"))])
    }

    func testBareURLEndings() {
        XCTAssertEqual(runs("https://a.example/x.y."), [link("https://a.example/x.y"), InlineRun(".")])
        XCTAssertEqual(runs("(see https://a.example/b)"), [InlineRun("(see "), link("https://a.example/b"), InlineRun(")")])
        XCTAssertEqual(runs("**https://a.example**"), [link("https://a.example")], "a link keeps its own style")
        XCTAssertEqual(runs("https:// alone"), [InlineRun("https:// alone")])
        XCTAssertEqual(runs("https://x.com에서 봤다"), [link("https://x.com"), InlineRun("에서 봤다")],
                       "a bare address ends where Korean text starts")
    }

    func testBareEmailEdges() {
        func mail(_ address: String) -> InlineRun { InlineRun(address, .link(url: "mailto:" + address)) }
        XCTAssertEqual(runs("메일 jane@example.dev로"), [InlineRun("메일 "), mail("jane@example.dev"), InlineRun("로")])
        XCTAssertEqual(runs("_jane@example.dev_"), [mail("jane@example.dev")], "emphasis around an email: the link wins")
        XCTAssertEqual(runs("x@y.example."), [mail("x@y.example"), InlineRun(".")])
    }

    func testRunsAreMergedAndNeverEmpty() {
        let result = runs("**a****b** ** ** x")
        XCTAssertFalse(result.contains { $0.text.isEmpty })
        for (left, right) in zip(result, result.dropFirst()) {
            XCTAssertNotEqual(left.style, right.style, "neighbours of one style must be merged: \(result)")
        }
    }

    func testSoftLineBreakIsASpaceExceptBetweenChineseOrJapanese() {
        XCTAssertEqual(runs("first line   \nsecond line"), [InlineRun("first line"), InlineRun.lineBreak, InlineRun("second line")],
                       "two or more spaces at a line end are a hard break")
        XCTAssertEqual(runs("first line\n   second line"), [InlineRun("first line second line")])
        XCTAssertEqual(runs("레디스를\n운영"), [InlineRun("레디스를 운영")], "Korean is written with spaces")
        XCTAssertEqual(runs("负责后端\n开发。"), [InlineRun("负责后端开发。")], "Chinese is not")
        XCTAssertEqual(runs("担当しました。\n現在は"), [InlineRun("担当しました。現在は")], "nor Japanese")
    }
}

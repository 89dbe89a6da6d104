import XCTest
@testable import ResumeModel

/// Inline rules one at a time, on a one-paragraph headline.
final class InlineParserTests: XCTestCase {
    private func runs(_ text: String, file: StaticString = #filePath, line: UInt = #line) -> Inline {
        let result = ResumeParser.parse("# N\n\n" + text + "\n")
        guard let headline = result.resume?.headline, headline.count == 1 else {
            XCTFail("expected one headline paragraph", file: file, line: line)
            return []
        }
        return headline[0]
    }

    private func link(_ url: String) -> InlineRun { InlineRun(url, .link(url: url)) }

    func testUnderscoreOnlyAtWordBoundaries() {
        XCTAssertEqual(runs("snake_case_name and _em_ and __strong__"), [
            InlineRun("snake_case_name and "), InlineRun("em", .emphasis), InlineRun(" and "), InlineRun("strong", .strong),
        ])
        XCTAssertEqual(runs("_한글_은"), [InlineRun("_한글_은")], "a closing _ followed by a letter does not close")
    }

    func testStarWorksInsideWordsAndNextToHangul() {
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

    func testUnclosedCodeIsLiteralWithAWarning() {
        let result = ResumeParser.parse("# N\n\nuse `perf\n")
        XCTAssertEqual(result.resume?.headline, [[InlineRun("use `perf")]])
        XCTAssertEqual(result.lines, ["3:5: warning: the code marker \"`\" is never closed; it is shown as typed"])
    }

    func testBracketsWithoutALinkArePlainAndSilent() {
        let result = ResumeParser.parse("# N\n\n[draft] and [x] (y)\n")
        XCTAssertEqual(result.resume?.headline, [[InlineRun("[draft] and [x] (y)")]])
        XCTAssertEqual(result.diagnostics, [])
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
        XCTAssertEqual(runs("xhttps://a.example"), [InlineRun("xhttps://a.example")], "not inside a word")
        XCTAssertEqual(runs("HTTPS://A.example/Path?q=1&r=2#frag"), [link("HTTPS://A.example/Path?q=1&r=2#frag")])
        XCTAssertEqual(runs("https:// alone"), [InlineRun("https:// alone")])
    }

    func testBareEmailEdges() {
        func mail(_ address: String) -> InlineRun { InlineRun(address, .link(url: "mailto:" + address)) }
        XCTAssertEqual(runs("메일las@magical.dev로"), [InlineRun("메일"), mail("las@magical.dev"), InlineRun("로")])
        XCTAssertEqual(runs("_las@magical.dev_"), [mail("las@magical.dev")], "emphasis around an email: the link wins")
        XCTAssertEqual(runs("a.b@c"), [InlineRun("a.b@c")])
        XCTAssertEqual(runs("x@y.example."), [mail("x@y.example"), InlineRun(".")])
    }

    func testRunsAreMergedAndNeverEmpty() {
        let result = runs("**a****b** ** ** x")
        XCTAssertFalse(result.contains { $0.text.isEmpty })
        for (left, right) in zip(result, result.dropFirst()) {
            XCTAssertNotEqual(left.style, right.style, "neighbours of one style must be merged: \(result)")
        }
    }

    func testSoftLineBreakJoinsWithOneSpace() {
        XCTAssertEqual(runs("first line   \n   second line"), [InlineRun("first line second line")])
    }
}

import XCTest
@testable import ResumeModel

/// How each CommonMark and GFM construct, and the raw HTML people put in résumés,
/// reaches the model: the exact blocks and runs a reader is shown.
///
/// Each input is `# Jane Roe`, then `## Notes` (a generic section) with the construct
/// in its intro, so the résumé's structure stays out of the way.
final class MarkdownConstructTests: XCTestCase {
    /// The intro blocks of the one section of `# Jane Roe` / `## Notes` / `body`.
    func notes(_ body: String, file: StaticString = #filePath, line: UInt = #line) -> [Block] {
        let result = ResumeParser.parse("# Jane Roe\n\n## Notes\n\n" + body + "\n")
        guard let resume = result.resume, resume.sections.count == 1, resume.sections[0].title == "Notes" else {
            XCTFail("expected one section \"Notes\", got \(String(describing: result.resume?.sections))", file: file, line: line)
            return []
        }
        XCTAssertEqual(resume.name, "Jane Roe", file: file, line: line)
        XCTAssertEqual(resume.sections[0].entries, [], "no entries expected", file: file, line: line)
        return resume.sections[0].intro
    }

    /// The runs of the one paragraph `body` makes.
    func paragraph(_ body: String, file: StaticString = #filePath, line: UInt = #line) -> Inline {
        onlyParagraph(notes(body, file: file, line: line), file: file, line: line)
    }

    func plain(_ text: String) -> InlineRun { InlineRun(text) }
    func item(_ text: String, number: Int? = nil, checked: Bool? = nil, blocks: [Block] = []) -> ListItem {
        ListItem([InlineRun(text)], number: number, checked: checked, blocks: blocks)
    }

    // MARK: - Headings

    func testATXClosingHashesAreNotPartOfTheNameOrTitle() throws {
        let resume = try XCTUnwrap(ResumeParser.parse("# Jane Roe #\n\n## Notes ##   \n\n> #### Quoted *title* ####\n").resume)
        XCTAssertEqual(resume.name, "Jane Roe")
        XCTAssertEqual(resume.sections.map(\.title), ["Notes"])
        XCTAssertEqual(resume.sections.first?.intro, [.quote([.heading([plain("Quoted "), InlineRun("title", .emphasis)])])],
                       "a heading kept in the text has no closing marks either")
    }

    func testSetextHeadingsGiveNameAndSections() throws {
        let resume = try XCTUnwrap(ResumeParser.parse("Jane\nRoe\n========\n\nNotes\n-----\n\npara\n").resume)
        XCTAssertEqual(resume.name, "Jane Roe", "a setext heading's lines join with a space")
        XCTAssertEqual(resume.sections.map(\.title), ["Notes"])
        XCTAssertEqual(resume.sections.first?.intro, [.paragraph([plain("para")])])
    }

    func testMarkupInsideHeadingsLeavesCleanTitles() throws {
        let text = "# Jane Roe\n\n## **Work** `Experience`\n\nx\n\n## [Links](https://x.example) *and* ~~more~~\n\ny\n"
        let resume = try XCTUnwrap(ResumeParser.parse(text).resume)
        XCTAssertEqual(resume.sections.map(\.title), ["Work Experience", "Links and more"])
        XCTAssertEqual(resume.sections.map(\.kind), [.career, .generic])
    }

    func testPicturesInHeadingsAreNotWordsOfTheTitle() throws {
        let text = """
            # ![logo](https://x.example/l.png) Jane Roe

            ## Notes [![Build](https://x.example/b.svg)](https://ci.example)

            a

            ## ![Only a picture](https://x.example/p.png)

            b
            """
        let resume = try XCTUnwrap(ResumeParser.parse(text).resume)
        XCTAssertEqual(resume.name, "Jane Roe")
        XCTAssertEqual(resume.sections.map(\.title), ["Notes", "Only a picture"], "a heading that is only a picture keeps its alt text")
        let html = try XCTUnwrap(ResumeParser.parse("<h1><img src=\"https://x.example/me.png\" alt=\"photo\"> Jane Roe</h1>\n").resume)
        XCTAssertEqual(html.name, "Jane Roe")
    }

    func testHeadingInsideAQuoteStaysAHeading() {
        XCTAssertEqual(notes("> ### Quoted *title*\n>\n> body"), [
            .quote([.heading([plain("Quoted "), InlineRun("title", .emphasis)]), .paragraph([plain("body")])]),
        ])
    }

    // MARK: - Rules, code, quotes

    func testThematicBreaksAreRules() {
        XCTAssertEqual(notes("a\n\n---\n\nb\n\n***\n\nc\n\n___\n\n- - -"), [
            .paragraph([plain("a")]), .rule, .paragraph([plain("b")]), .rule, .paragraph([plain("c")]), .rule, .rule,
        ])
    }

    func testFencedCodeIsVerbatimWithItsLanguage() {
        let body = "```swift title=\"a.swift\"\nlet x = 1  *not em*\n\n  indented\n```\n\n~~~\ntilde `x`\n~~~\n\n````\n```\ninner\n```\n````"
        XCTAssertEqual(notes(body), [
            .code(CodeBlock("let x = 1  *not em*\n\n  indented", language: "swift")),
            .code(CodeBlock("tilde `x`")),
            .code(CodeBlock("```\ninner\n```")),
        ])
    }

    func testIndentedCodeIsVerbatim() {
        XCTAssertEqual(notes("para\n\n    indented **code**\n      more\n\n    after a blank"), [
            .paragraph([plain("para")]), .code(CodeBlock("indented **code**\n  more\n\nafter a blank")),
        ])
    }

    func testBlockQuoteHoldsItsBlocks() {
        let body = "> quote **bold**\n> line two\n>\n> - item\n>\n> ```\n> code\n> ```\n>\n> > nested"
        XCTAssertEqual(notes(body), [
            .quote([
                .paragraph([plain("quote "), InlineRun("bold", .strong), plain(" line two")]),
                .list([item("item")]),
                .code(CodeBlock("code")),
                .quote([.paragraph([plain("nested")])]),
            ]),
        ])
    }

    // MARK: - Lists

    func testOrderedListsKeepTheirNumbers() {
        XCTAssertEqual(notes("3. three\n4. four\n\n---\n\n1) one\n2) two"), [
            .list([item("three", number: 3), item("four", number: 4)]),
            .rule,
            .list([item("one", number: 1), item("two", number: 2)]),
        ])
    }

    func testNestedListsKeepTheirNesting() {
        XCTAssertEqual(notes("- a\n  - b\n    1. c\n- d"), [
            .list([
                item("a", blocks: [.list([item("b", blocks: [.list([item("c", number: 1)])])])]),
                item("d"),
            ]),
        ])
    }

    func testLooseListItemsKeepTheirParagraphs() {
        XCTAssertEqual(notes("- first\n\n- second\n\n  more of it\n\n  ```\n  code\n  ```"), [
            .list([item("first"), item("second", blocks: [.paragraph([plain("more of it")]), .code(CodeBlock("code"))])]),
        ])
    }

    func testTaskListItemsAreTicked() {
        XCTAssertEqual(notes("- [x] done\n- [ ] todo\n  - [X] nested\n- [] not a task"), [
            .list([
                item("done", checked: true),
                item("todo", checked: false, blocks: [.list([item("nested", checked: true)])]),
                item("[] not a task"),
            ]),
        ])
    }

    // MARK: - Inline

    func testHardLineBreaks() {
        XCTAssertEqual(paragraph("two  \nspaces\\\nbackslash<br>html<br/>closed<BR />upper"), [
            plain("two"), .lineBreak, plain("spaces"), .lineBreak, plain("backslash"), .lineBreak, plain("html"), .lineBreak,
            plain("closed"), .lineBreak, plain("upper"),
        ])
    }

    func testImagesShowTheirAltText() {
        XCTAssertEqual(paragraph("![Alt *text*](https://x.example/a.png) [![Build](https://x.example/b.svg)](https://ci.example) ![](https://x.example/c.png)"), [
            InlineRun("Alt text", .image(url: "https://x.example/a.png")), plain(" "),
            InlineRun("Build", .link(url: "https://ci.example")), plain(" "),
            InlineRun("https://x.example/c.png", .image(url: "https://x.example/c.png")),
        ])
    }

    func testEntitiesAreDecoded() {
        XCTAssertEqual(paragraph("a&nbsp;b &lt;tag&gt; &amp; &#x1F600; &copy; &#65; &bogus; `&amp;`"), [
            plain("a\u{A0}b <tag> & 😀 © A &bogus; "), InlineRun("&amp;", .code),
        ])
    }

    func testStrikethrough() {
        XCTAssertEqual(paragraph("~~gone~~ and ~this~ too, not ~~~ three"), [
            InlineRun("gone", .strikethrough), plain(" and "), InlineRun("this", .strikethrough), plain(" too, not ~~~ three"),
        ])
    }

    func testFootnotesAreNumberedAsTheirReferences() {
        // cmark numbers references in the order they are made and lists the used notes last.
        XCTAssertEqual(notes("See[^note] and[^2].\n\n[^2]: Second.\n[^note]: A *named* note.\n[^unused]: Never used."), [
            .paragraph([plain("See[1] and[2].")]),
            .paragraph([plain("[1] A "), InlineRun("named", .emphasis), plain(" note.")]),
            .paragraph([plain("[2] Second.")]),
        ])
    }

    func testAutolinks() {
        XCTAssertEqual(paragraph("www.example.com, https://x.example/a, a@b.example, <https://y.example> and https://x.com에서 봤다"), [
            InlineRun("www.example.com", .link(url: "http://www.example.com")), plain(", "),
            InlineRun("https://x.example/a", .link(url: "https://x.example/a")), plain(", "),
            InlineRun("a@b.example", .link(url: "mailto:a@b.example")), plain(", "),
            InlineRun("https://y.example", .link(url: "https://y.example")), plain(" and "),
            InlineRun("https://x.com", .link(url: "https://x.com")), plain("에서 봤다"),
        ])
    }

    func testSoftBreaksJoinLinesAsTheLanguageWritesThem() {
        XCTAssertEqual(notes("我是\n中国人\n\n日本語の\n文章です\n\n한국어\n단어\n\nEnglish\nwords\n\n漢字\nabc"), [
            .paragraph([plain("我是中国人")]),
            .paragraph([plain("日本語の文章です")]),
            .paragraph([plain("한국어 단어")]),
            .paragraph([plain("English words")]),
            .paragraph([plain("漢字 abc")]),
        ])
    }

    // MARK: - Korean year lines

    func testKoreanYearLineIsAParagraph() {
        XCTAssertEqual(notes("2021. 03. - 현재"), [.paragraph([plain("2021. 3. - 현재")])])
    }

    func testKoreanYearLinesKeepEachYear() {
        // To CommonMark these are one list numbered 2015, 2016; each line keeps its own year.
        XCTAssertEqual(notes("2015. 03. - 2019. 02. 학사\n2013. 03. - 2015. 02. 석사\n\n---\n\n2021. 03. - 현재\n\n2019. 01. - 2020. 12."), [
            .paragraph([plain("2015. 3. - 2019. 2. 학사"), .lineBreak, plain("2013. 3. - 2015. 2. 석사")]),
            .rule,
            .paragraph([plain("2021. 3. - 현재")]),
            .paragraph([plain("2019. 1. - 2020. 12.")]),
        ])
        XCTAssertEqual(notes("1999. one\n2. two"), [.list([item("one", number: 1999), item("two", number: 2000)])],
                       "a list whose later items are not years stays a list")
    }

    // MARK: - Tables

    func testTableWithAlignmentEscapedPipesMarkupAndCJKCells() {
        let body = """
            | Left | Center | Right | None |
            |:-----|:------:|------:|------|
            | a \\| b | **bold** | `c\\|d` | [l](https://x.example) |
            | 한국어 | 漢字 | x<br>y | ~~s~~ |
            """
        XCTAssertEqual(notes(body), [
            .table(Table(
                header: [[plain("Left")], [plain("Center")], [plain("Right")], [plain("None")]],
                alignments: [.left, .center, .right, .none],
                rows: [
                    [[plain("a | b")], [InlineRun("bold", .strong)], [InlineRun("c|d", .code)], [InlineRun("l", .link(url: "https://x.example"))]],
                    [[plain("한국어")], [plain("漢字")], [plain("x"), .lineBreak, plain("y")], [InlineRun("s", .strikethrough)]],
                ])),
        ])
    }
}

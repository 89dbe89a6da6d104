import XCTest
@testable import ResumeModel

/// Raw HTML, as résumés on GitHub use it: shown as the text it holds, its tags followed
/// for what they mean, and nothing of a comment, a script or a drawing.
extension MarkdownConstructTests {
    func testInlineCommentsAreDroppedWithTheirSpace() {
        XCTAssertEqual(paragraph("hi <!-- hidden --> there<!--x-->, end <!-- a\nb --> after"), [plain("hi there, end after")])
    }

    func testACommentedOutSectionLeavesNothing() throws {
        let text = """
            # Jane Roe

            ## Notes

            keep

            <!--
            ## Secret section

            hidden text

            - hidden item

            ```
            code
            ```
            -->

            <!-- ## One line -->

            ## Other

            visible
            """
        let resume = try XCTUnwrap(ResumeParser.parse(text).resume)
        XCTAssertEqual(resume.sections.map(\.title), ["Notes", "Other"])
        XCTAssertEqual(resume.sections.map(\.intro), [[.paragraph([plain("keep")])], [.paragraph([plain("visible")])]])
        XCTAssertFalse(resume.titles.contains { $0.contains("Secret") || $0.contains("One line") })
    }

    func testInlineTagsAreFollowedForTheirMeaning() {
        XCTAssertEqual(paragraph(#"<u>under</u> <span class="x">span</span> <b>bold</b> <em>em</em> <a href="https://x.example">link</a> <img alt="Logo" src="https://x.example/l.png"> <kbd>K</kbd>"#), [
            plain("under span "), InlineRun("bold", .strong), plain(" "), InlineRun("em", .emphasis), plain(" "),
            InlineRun("link", .link(url: "https://x.example")), plain(" "), InlineRun("Logo", .image(url: "https://x.example/l.png")),
            plain(" "), InlineRun("K", .code),
        ])
    }

    func testDrawingsHaveNoText() {
        XCTAssertEqual(paragraph(#"before <svg width="10"><path d="M0 0L10 10"/><title>x</title></svg> after <svg/> end"#),
                       [plain("before after end")], "a self-closed <svg/> hides nothing after it")
        XCTAssertEqual(notes("<svg viewBox=\"0 0 10 10\">\n  <title>icon</title>\n  <path d=\"M0 0\"/>\n</svg>\n\nafter"),
                       [.paragraph([plain("after")])])
    }

    func testCenteredDivShowsItsText() {
        XCTAssertEqual(notes("<div align=\"center\">\n  <b>Centered</b>   text\n  <img src=\"https://x.example/a.png\" alt=\"pic\">\n</div>\n\nafter"), [
            .paragraph([InlineRun("Centered", .strong), plain(" text "), InlineRun("pic", .image(url: "https://x.example/a.png"))]),
            .paragraph([plain("after")]),
        ])
    }

    func testDetailsShowSummaryAndBody() {
        XCTAssertEqual(notes("<details>\n<summary>More</summary>\n\nhidden **body**\n\n- item\n\n</details>"), [
            .paragraph([plain("More")]), .paragraph([plain("hidden "), InlineRun("body", .strong)]), .list([item("item")]),
        ])
    }

    func testHTMLHeadingsAreHeadings() throws {
        let text = "<h1 align=\"center\">Jane Roe</h1>\n\n## Notes\n\ntext\n\n<h3>Inner <i>title</i></h3>\n\nunder it\n"
        let resume = try XCTUnwrap(ResumeParser.parse(text).resume)
        XCTAssertEqual(resume.name, "Jane Roe")
        XCTAssertEqual(resume.sections.map(\.title), ["Notes"])
        XCTAssertEqual(resume.sections.first?.intro, [.paragraph([plain("text")])])
        XCTAssertEqual(resume.sections.first?.entries, [.item(Item(title: "Inner title", blocks: [.paragraph([plain("under it")])]))],
                       "an <h3> under a ## section is an entry, as ### would be")
    }

    func testHTMLListsAndPreformattedText() {
        XCTAssertEqual(notes("<ul>\n<li>one</li>\n<li><b>two</b></li>\n</ul>\n\n<pre>\ncode  here\n  x\n</pre>"), [
            .list([item("one"), ListItem([InlineRun("two", .strong)])]),
            .code(CodeBlock("code  here\n  x")),
        ])
    }

    func testScriptsAndStylesAreNeverShown() {
        XCTAssertEqual(notes("<script>alert('block')</script>\n\n<style>\nbody { color: red }\n</style>\n\n<p>para <script>bad()</script>ok</p>\n\ninline <script>alert(1)</script> end"), [
            .paragraph([plain("para ok")]), .paragraph([plain("inline end")]),
        ])
    }
}

import XCTest
@testable import ResumeModel

/// The writers against every construct: Markdown that reads back to an equal résumé,
/// and an HTML page that links only where it is safe and never carries the file's HTML.
final class MarkdownExportTests: XCTestCase {
    /// Parses `text`, writes it, parses that, and expects the same résumé; gives the written text.
    @discardableResult
    private func assertRoundTrip(_ text: String, file: StaticString = #filePath, line: UInt = #line) throws -> (Resume, String) {
        let resume = try XCTUnwrap(ResumeParser.parse(text).resume, file: file, line: line)
        let written = MarkdownWriter.write(resume)
        let again = ResumeParser.parse(written)
        XCTAssertEqual(again.resume, resume, "changed after writing:\n\(written)", file: file, line: line)
        XCTAssertEqual(MarkdownWriter.write(again.resume ?? resume), written, "writing is stable", file: file, line: line)
        return (resume, written)
    }

    private func notes(_ body: String) -> String { "# Jane Roe\n\n## Notes\n\n" + body + "\n" }

    private func html(_ text: String) throws -> String {
        HTMLWriter.write(try XCTUnwrap(ResumeParser.parse(text).resume), today: CalendarDate(year: 2024, month: 6, day: 1))
    }

    // MARK: - Markdown

    func testBlocksRoundTrip() throws {
        let (resume, _) = try assertRoundTrip(notes("""
            | Left | Center | Right |
            |:-----|:------:|------:|
            | a \\| b | `c\\|d` | **bold** [link](https://x.example/a_(b)) |
            | 한국어 | 漢字 | x<br>y |

            ```swift
            let fence = "```"
            ``` not a fence
            ```

            ~~~
            tilde
            ~~~

                indented code

            > quote with a list:
            >
            > 1. one
            > 2. two
            >
            > > nested

            3. three
            4. four

            - [x] done
            - [ ] todo
              - nested *bullet*

            * loose

            * items

              with a second paragraph

            ***

            2015. 03. - 2019. 02. 학사
            2013. 03. - 2015. 02. 석사
            """))
        let blocks = resume.sections.first?.intro ?? []
        XCTAssertEqual(blocks.count, 10, "every block survives: \(blocks)")
    }

    func testInlineRoundTrip() throws {
        let (resume, _) = try assertRoundTrip(notes("""
            two  \\
            breaks<br>and ~~struck~~ and ![Alt](https://x.example/a.png) and [![Build](https://x.example/b.svg)](https://ci.example)
            and ![](https://x.example/c.png) and `` a`b `` and https://x.com에서 and <a@b.example> and www.example.com

            a&nbsp;b &copy; &#x1F600; [^1]

            [^1]: The note.
            """))
        let texts = resume.inlineTexts.map(\.plainText)
        XCTAssertTrue(texts.contains { $0.contains("a\u{A0}b © 😀") }, "\(texts)")
    }

    func testTextThatLooksLikeMarkupStaysText() throws {
        let source = notes(##"""
            \&amp; is how you write &amp;, and \&copy; stays \&copy;

            \* not a bullet

            \# not a heading

            1\. not a list

            2021\. 03\. not a year line

            \- not a rule or bullet

            \> not a quote

            \<tag> and \<!-- not a comment --> and 5 \* 3 and snake_case and \_under\_ and \~\~no\~\~

            a \| b and \[x\](y) and back\\slash and \`tick\` and http\://not.a.link
            """##)
        let (resume, written) = try assertRoundTrip(source)
        let intro = resume.sections.first?.intro ?? []
        XCTAssertEqual(paragraphs(intro), [
            "&amp; is how you write &, and &copy; stays &copy;",
            "* not a bullet",
            "# not a heading",
            "1. not a list",
            "2021. 03. not a year line",
            "- not a rule or bullet",
            "> not a quote",
            "<tag> and <!-- not a comment --> and 5 * 3 and snake_case and _under_ and ~~no~~",
            "a | b and [x](y) and back\\slash and `tick` and http://not.a.link",
        ])
        XCTAssertTrue(intro.allSatisfy {
            if case .paragraph(let runs) = $0 { return runs.allSatisfy { $0.style == .plain } }
            return false
        }, "all plain text: \(intro)")
        XCTAssertFalse(written.contains("\n* not"), written)
    }

    func testHeadingsAndHTMLRoundTrip() throws {
        try assertRoundTrip("""
            # Jane Roe #

            <div align="center"><b>Centered</b> <img src="https://x.example/p.png" alt="photo"></div>

            ## **Work** `Experience`

            ### Acme (2019.09 ~ 2021.06)

            <details><summary>More</summary>

            - detail <u>one</u>

            </details>

            ## Notes

            > ##### Deep heading

            <!-- hidden -->
            <ul><li>html item</li></ul>
            <pre>
            keep   this
            </pre>
            """)
    }

    // MARK: - HTML

    func testOnlySafeLinksAreLinks() throws {
        let page = try html(notes("""
            [click](javascript:alert(1)) [data](data:text/html;base64,PHNjcmlwdD4=) [rel](/etc/passwd) [JS](  JavaScript:alert(2))
            [web](https://x.example/a?b=1&c=2) [plain](http://x.example) [mail](mailto:jane@x.example) [call](tel:+15550100)
            """))
        for text in ["click", "data", "rel", "JS"] {
            XCTAssertTrue(page.contains(">\(text)<") || page.contains(" \(text) ") || page.contains("\(text) "), text)
            XCTAssertFalse(page.contains(">\(text)</a>"), "\(text) must not be a link")
        }
        XCTAssertFalse(page.lowercased().contains("javascript:alert"), "not even as an attribute")
        XCTAssertFalse(page.contains("href=\"data:"))
        XCTAssertFalse(page.contains("href=\"/etc"))
        XCTAssertTrue(page.contains("<a href=\"https://x.example/a?b=1&amp;c=2\">web</a>"))
        XCTAssertTrue(page.contains("<a href=\"http://x.example\">plain</a>"))
        XCTAssertTrue(page.contains("<a href=\"mailto:jane@x.example\">mail</a>"))
        XCTAssertTrue(page.contains("<a href=\"tel:+15550100\">call</a>"))
    }

    func testLangFollowsTheLanguage() throws {
        XCTAssertTrue(try html(notes("text")).contains("<html lang=\"en\">"))
        XCTAssertTrue(try html("---\nlang: ja\n---\n" + notes("text")).contains("<html lang=\"ja\">"))
        XCTAssertTrue(try html("# 김민수\n\n## 소개\n\n안녕하세요. 백엔드 개발자입니다.\n").contains("<html lang=\"ko\">"))
    }

    func testBlocksAreHTMLElements() throws {
        let page = try html(notes("""
            | A | B |
            |:-:|--:|
            | 1 | 2 |

            ```swift
            let x = "<b>"
            ```

            > quoted

            ---

            - [x] done
            - [ ] todo

            3. three
            4. four
            """))
        for fragment in [
            "<table>", "<th style=\"text-align:center\">A</th>", "<td style=\"text-align:right\">2</td>",
            "<pre><code class=\"language-swift\">let x = &quot;&lt;b&gt;&quot;</code></pre>",
            "<blockquote>\n<p>quoted</p>\n</blockquote>", "<hr>",
            "<li><input type=\"checkbox\" disabled checked> done</li>", "<li><input type=\"checkbox\" disabled> todo</li>",
            "<ol start=\"3\">\n<li>three</li>\n<li>four</li>\n</ol>",
        ] {
            XCTAssertTrue(page.contains(fragment), "missing \(fragment) in\n\(page)")
        }
    }

    func testNoRawHTMLFromTheResumeReachesThePage() throws {
        let page = try html("""
            # Jane <script>alert(1)</script> Roe

            ## Notes <img src=x onerror=alert(2)>

            <script>alert(3)</script>

            `<script>alert(4)</script>` and \\<script>alert(5)\\</script> and &lt;script&gt;alert(6)&lt;/script&gt;

            ```
            <script>alert(7)</script>
            ```

            | <iframe src="https://evil.example"></iframe> \\<b onclick="x()"> |
            |---|
            | "quoted" 'single' |
            """)
        XCTAssertFalse(page.lowercased().contains("<script"), page)
        XCTAssertFalse(page.contains("<iframe"), page)
        XCTAssertFalse(page.contains("<img"), page)
        XCTAssertFalse(page.contains("<b onclick"), page)
        XCTAssertFalse(page.contains("alert(1)") || page.contains("alert(3)"), "a script's text is not shown at all")
        for shown in ["alert(4)", "alert(5)", "alert(6)", "alert(7)"] {
            XCTAssertTrue(page.contains("&lt;script&gt;\(shown)&lt;/script&gt;"), "\(shown) is shown as text")
        }
        XCTAssertTrue(page.contains("&quot;quoted&quot; &#39;single&#39;"))
    }
}

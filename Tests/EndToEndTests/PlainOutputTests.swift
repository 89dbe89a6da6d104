import Foundation
import XCTest

/// `resume-tui` in a pipe, and `export`: what a person who pipes or scripts it sees.
final class PlainOutputTests: XCTestCase {
    func testPipedOutputIsPlainTextWithNoEscapes() throws {
        let fixture = Fixture.korean
        let result = try Binary.run(["--file", fixture.path])
        XCTAssertEqual(result.status, 0, result.stderr)
        XCTAssertTrue(result.stdout.contains(fixture.name))
        XCTAssertTrue(result.stdout.contains("800개가 넘는 캐시 노드를 운영합니다."))
        XCTAssertFalse(result.stdout.contains("\u{1B}"), "plain output must have no escape sequences")
    }

    func testNoLineIsWiderThanTheWidthAndNoKoreanWordIsSplit() throws {
        let file = Fixture.korean.path
        // The words of the résumé as printed with no wrapping at all (periods and tenures included).
        let unwrapped = try Binary.run(["--plain", "--file", file, "--width", "10000"]).stdout
        let words = Set(ScreenText.squeeze(unwrapped).split(separator: " ").map(String.init))
        for width in [20, 40, 80, 120] {
            let result = try Binary.run(["--plain", "--file", file, "--width", "\(width)"])
            XCTAssertEqual(result.status, 0, result.stderr)
            for line in result.stdout.split(separator: "\n", omittingEmptySubsequences: false) {
                XCTAssertLessThanOrEqual(ScreenText.cells(String(line)), width, "too wide at \(width): \(line)")
                XCTAssertFalse(line.hasSuffix(" "), "trailing space at \(width): \(line)")
                // A Korean word (a token with Hangul) is never cut unless it alone is wider than the line.
                for token in line.split(separator: " ") where token.unicodeScalars.contains(where: { (0xAC00...0xD7A3).contains($0.value) }) {
                    let token = String(token)
                    let wholeOrPieceOfTooLongWord = words.contains(token)
                        || words.contains { $0.contains(token) && ScreenText.cells($0) > width - 4 }
                    XCTAssertTrue(wholeOrPieceOfTooLongWord, "\"\(token)\" at width \(width) is a piece of a word that fits a line")
                }
            }
        }
    }

    /// Every line of content in the file is in the plain output: body lines verbatim
    /// (markup stripped), headings word by word (they are reformatted: periods, roles).
    /// Both fixtures: nothing may depend on one résumé's words.
    func testEveryContentLineAppears() throws {
        for fixture in Fixture.both {
            try assertEveryContentLineAppears(fixture)
        }
    }

    private func assertEveryContentLineAppears(_ fixture: Fixture) throws {
        for width in [80, 120] {
            let output = ScreenText.squeeze(try fixture.plain(width: width))
            for raw in fixture.text.split(separator: "\n") {
                var line = String(raw).trimmingCharacters(in: .whitespaces)
                if line.hasPrefix("#") {
                    let words = line.drop { $0 == "#" }.split { " (),~".contains($0) }
                    for word in words where !["NOW", "Speaker"].contains(String(word)) && !word.contains(".") {
                        XCTAssertTrue(output.contains(word), "\(fixture): heading word \"\(word)\" missing at width \(width)")
                    }
                    continue
                }
                if line.hasPrefix("- ") { line.removeFirst(2) }
                line = line.replacingOccurrences(of: "**", with: "")
                // Contacts ("Email: x") are shown as a label column and a value.
                let contact = line.replacingOccurrences(of: ": ", with: " ")
                XCTAssertTrue(output.contains(ScreenText.squeeze(line)) || output.contains(ScreenText.squeeze(contact)),
                              "\(fixture): missing at width \(width): \(line)")
            }
        }
    }

    func testJSONExportValidatesAgainstTheJSONResumeSchema() throws {
        let fixture = Fixture.english
        let result = try Binary.run(["export", "--format", "json", "--file", fixture.path])
        XCTAssertEqual(result.status, 0, result.stderr)
        let object = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any]
        let basics = object?["basics"] as? [String: Any]
        XCTAssertEqual(basics?["name"] as? String, fixture.name)
        XCTAssertEqual(basics?["email"] as? String, fixture.email)
        XCTAssertEqual((object?["work"] as? [Any])?.count, 2)
        let schema = Binary.packageRoot.appendingPathComponent("Tests/EndToEndTests/Fixtures/jsonresume-schema.json").path
        let check = """
        import json, sys, jsonschema
        schema = json.load(open(sys.argv[1]))
        jsonschema.Draft7Validator(schema, format_checker=jsonschema.FormatChecker()).validate(json.load(sys.stdin))
        print("valid")
        """
        let validation = try Process.capture(URL(fileURLWithPath: "/usr/bin/env"), ["python3", "-c", check, schema], stdin: Data(result.stdout.utf8))
        XCTAssertEqual(validation.status, 0, validation.stderr)
        XCTAssertEqual(validation.stdout, "valid\n")
    }

    func testMarkdownExportReadsBackTheSame() throws {
        let original = Fixture.korean.path
        let markdown = try Binary.run(["export", "--format", "markdown", "--file", original])
        XCTAssertEqual(markdown.status, 0, markdown.stderr)
        let file = NSTemporaryDirectory() + "resume-roundtrip-\(UUID().uuidString).md"
        try markdown.stdout.write(toFile: file, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(atPath: file) }
        XCTAssertEqual(try Binary.run(["--plain", "--file", file]).stdout, try Binary.run(["--plain", "--file", original]).stdout)
    }
}

/// `export --format html`: one page that needs nothing from the network.
final class HTMLExportTests: XCTestCase {
    func testHTMLIsOneSelfContainedWellFormedPage() throws {
        let fixture = Fixture.korean
        let result = try Binary.run(["export", "--format", "html", "--file", fixture.path])
        XCTAssertEqual(result.status, 0, result.stderr)
        let html = result.stdout
        XCTAssertTrue(html.hasPrefix("<!DOCTYPE html>"))
        XCTAssertTrue(html.contains("<h1>\(fixture.name)</h1>"))
        XCTAssertTrue(html.contains("<a href=\"mailto:\(fixture.email)\">"))
        XCTAssertTrue(html.contains("<a href=\"https://example.com/talks/cache-2023\">"))
        XCTAssertTrue(html.contains("<b class=\"figure\">800개</b>"))
        XCTAssertTrue(html.contains("2022.03 – 현재 · "))
        // Nothing to fetch: no scripts, no external styles, fonts or images.
        for forbidden in ["<script", "src=", "<link", "@import", "url("] {
            XCTAssertFalse(html.contains(forbidden), "the page must not load anything: \(forbidden)")
        }
        // Well formed: every element closed in order (checked by Python's HTML parser).
        let check = """
        import sys
        from html.parser import HTMLParser
        void = {"meta", "br", "img", "hr", "input", "link"}
        class P(HTMLParser):
            stack = []
            def handle_starttag(self, tag, attrs):
                if tag not in void: self.stack.append(tag)
            def handle_endtag(self, tag):
                assert self.stack and self.stack.pop() == tag, "unbalanced </%s>" % tag
        p = P(); p.feed(sys.stdin.read()); p.close()
        assert not p.stack, "unclosed: %s" % p.stack
        print("ok")
        """
        let parsed = try Process.capture(URL(fileURLWithPath: "/usr/bin/env"), ["python3", "-c", check], stdin: Data(html.utf8))
        XCTAssertEqual(parsed.stdout, "ok\n", parsed.stderr)
    }

    /// The page is the file's text, never its markup: a `<script>` in the résumé is HTML
    /// whose content is not shown, `[x](javascript:…)` is text, and what is shown is escaped.
    func testHTMLEscapesWhatTheFileSays() throws {
        let path = NSTemporaryDirectory() + "resume-\(UUID().uuidString).md"
        try "# Kim <script>alert(1)</script> & \\<b\\>\n\n## Skills\n\n- a < b & \"c\"\u{1B}]52;c;AAAA\u{07} [x](javascript:alert(2))\n"
            .write(toFile: path, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(atPath: path) }
        let html = try Binary.run(["export", "--format", "html", "--file", path]).stdout
        XCTAssertTrue(html.contains("<h1>Kim &amp; &lt;b&gt;</h1>"), html)
        XCTAssertFalse(html.contains("<script") || html.contains("alert(1)"), html)
        XCTAssertFalse(html.contains("javascript:"), "only http, https, mailto and tel become links: \(html)")
        XCTAssertTrue(html.contains("a &lt; b &amp; &quot;c&quot;"), html)
        XCTAssertFalse(html.contains("\u{1B}"))
        XCTAssertFalse(html.contains("\u{07}"))
    }
}

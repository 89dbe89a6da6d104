import ResumeModel
import XCTest
@testable import ResumeLayout

/// Terminal commands written into resume.md come out of the layout as visible symbols,
/// wherever they sit (name, headline, section title, entry, bullet, code, link), at every
/// width: the front end paints only laid-out text, so this is what keeps them inert.
final class LayoutInjectionTests: XCTestCase {
    static let source = """
        # Mallory \u{1B}]0;pwned\u{07}\u{202E}

        Engineer \u{1B}]52;c;aGVsbG8=\u{07} asks \u{1B}[6n, C1 \u{9B}31m, NEL \u{85}, RIS \u{1B}c.

        ## Career \u{1B}]0;tab\u{1B}\\

        ### Evil \u{1B}[2J Corp — Engineer (2019.09.02~2021.03.02)

        - `code \u{1B}]52;c;Zm9v\u{07}` **bold \u{9B}6n** [link \u{1B}]8;;x\u{07}](https://e.com/\u{1B}[6n)

        ## Skills

        ### Go \u{1B}[5m

        - Redis \u{0} \u{7F} \u{2066}x\u{2069} \u{FEFF}

        """

    func testNoControlSurvivesLayoutAtAnyWidth() throws {
        let resume = try XCTUnwrap(ResumeParser.parse(Self.source).resume)
        let document = ResumeDocument(resume, today: snapshotToday)
        XCTAssertTrue(document.pages.allSatisfy { page in
            !page.title.unicodeScalars.contains { $0.value < 0x20 || (0x7F...0x9F).contains($0.value) }
        }, "tab titles: \(document.pages.map(\.title))")
        for width in [1, 2, 5, 20, 33, 80, 200] {
            var shown = ""
            for layout in document.layoutAll(width: width) {
                for line in layout.lines {
                    XCTAssertTrue(Wrap.fits(line, width: width), "width \(width): \(line.text.debugDescription)")
                    for scalar in line.text.unicodeScalars {
                        let v = scalar.value
                        XCTAssertFalse(v < 0x20 || (0x7F...0x9F).contains(v) || InertText.isHidingFormat(v),
                                       "U+\(String(v, radix: 16)) at width \(width) in \(line.text.debugDescription)")
                    }
                    shown += line.text
                }
            }
            if width >= 80 { XCTAssertTrue(shown.contains("␛]52;c;aGVsbG8=␇"), "shown as symbols at \(width)") }
        }
    }

    func testSearchingForHostileTextFindsOnlyItsSymbols() throws {
        let resume = try XCTUnwrap(ResumeParser.parse(Self.source).resume)
        var searcher = Searcher(layouts: ResumeDocument(resume, today: snapshotToday).layoutAll(width: 80))
        XCTAssertFalse(searcher.search("␛]52").isEmpty)
        for query in ["\u{1B}", "\u{1B}]52", "\u{9B}", "\u{07}"] {
            for match in searcher.search(query) {
                XCTAssertFalse(match.fragments.isEmpty, "\(query.debugDescription)")
            }
        }
    }
}

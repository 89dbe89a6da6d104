import XCTest
@testable import ResumeModel

/// The HTML page with a résumé's translations: one section per language, switched by
/// links and CSS alone.
final class HTMLLanguagesTests: XCTestCase {
    private let today = CalendarDate(year: 2024, month: 6, day: 1)

    private func resume(_ text: String) throws -> Resume {
        try XCTUnwrap(ResumeParser.parse(text).resume)
    }

    private func page() throws -> String {
        let korean = try resume("# 김하늘\n\n## 경력\n\n### 하늘랩 (2020.01 ~ 현재)\n\n- 서버 300만 대 운영\n")
        let english = try resume("# Haneul Kim\n\n## Experience\n\n### Haneul Lab (2020.01 ~ Present)\n\n- Ran 3M servers\n")
        return HTMLWriter.write([korean, english], today: today)
    }

    private func assertContains(_ html: String, _ fragments: [String], file: StaticString = #filePath, line: UInt = #line) {
        for fragment in fragments {
            XCTAssertTrue(html.contains(fragment), "\(fragment)\n\(html)", file: file, line: line)
        }
    }

    func testEachLanguageIsASectionWithItsOwnLang() throws {
        assertContains(try page(), [
            "<html lang=\"ko\">", "<title>김하늘</title>", "Ran 3M servers",
            "<div class=\"language\" id=\"ko\" lang=\"ko\">\n<header>\n<h1>김하늘</h1>",
            "<div class=\"language\" id=\"en\" lang=\"en\">\n<header>\n<h1>Haneul Kim</h1>",
        ])
    }

    func testTheSwitchIsLinksAndCSSWithNoScript() throws {
        let html = try page()
        assertContains(html, [
            "<a href=\"#ko\" hreflang=\"ko\" lang=\"ko\">한국어</a>",
            "<a href=\"#en\" hreflang=\"en\" lang=\"en\">English</a>",
            // The first shows by default, the one the address names when it names one.
            ".language{display:none}.language:first-of-type,.language:target{display:block}",
            "body:has(.language:target) .language:not(:target){display:none}",
            "@media print{.languages{display:none}}",
        ])
        XCTAssertFalse(html.lowercased().contains("<script"), html)
        XCTAssertFalse(html.contains("src="), html)
    }

    func testTheChosenLanguageComesFirst() throws {
        let korean = try resume("# 김하늘\n")
        let english = try resume("# Haneul Kim\n")
        let html = HTMLWriter.write([english, korean], today: today)
        XCTAssertTrue(html.contains("<html lang=\"en\">"), html)
        let en = try XCTUnwrap(html.range(of: "id=\"en\"")), ko = try XCTUnwrap(html.range(of: "id=\"ko\""))
        XCTAssertLessThan(en.lowerBound, ko.lowerBound)
    }

    func testOneLanguageIsThePageAsBefore() throws {
        let korean = try resume("# 김하늘\n\n소개\n")
        XCTAssertEqual(HTMLWriter.write([korean], today: today), HTMLWriter.write(korean, today: today))
        XCTAssertFalse(HTMLWriter.write([korean], today: today).contains("class=\"language\""))
    }
}

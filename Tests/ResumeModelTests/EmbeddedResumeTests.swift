import EmbeddedFixture
import ResumeContent
import ResumeModel
import XCTest

/// What the build embeds parsed is what parsing the embedded bytes gives at run time, so
/// a start that skips the parse shows exactly what it would have shown.
final class EmbeddedResumeTests: XCTestCase {
    private func parsed(_ bytes: [UInt8], name: String) -> Resume? {
        var result = ResumeParser.parse(bytes)
        TranslationNames.applyNameLanguage(&result, path: name)
        return result.resume
    }

    /// A fixture with every construct: styles, links, images, breaks, quotes and
    /// backslashes, tabs, emoji, front matter, contacts, periods ongoing and stated,
    /// nested, numbered and task lists, code, quotes, tables, rules, deep headings.
    func testEveryConstructIsBuiltAsParsed() throws {
        let embedded = try XCTUnwrap(EmbeddedFixture.parsed, "the fixture shows, so it is embedded parsed")
        XCTAssertEqual(embedded, parsed(EmbeddedFixture.bytes, name: "resume.md"))
        XCTAssertEqual(embedded.name, "김하늘")
        XCTAssertEqual(embedded.language, .korean)
        XCTAssertEqual(embedded.location?.city, "Seoul")
        let english = try XCTUnwrap(EmbeddedFixture.translations.first { $0.code == "en" })
        XCTAssertEqual(english.parsed, parsed(english.bytes, name: "resume.en.md"))
        XCTAssertEqual(english.parsed?.language, .english)
    }

    /// The program's own résumé, whatever a fork puts in it.
    func testTheBuiltInResumeIsBuiltAsParsed() {
        let fresh = ResumeParser.parse(ResumeContent.bytes)
        if fresh.errors.isEmpty, let resume = fresh.resume, !resume.isEmpty {
            XCTAssertNotNil(ResumeContent.parsed, "a résumé that shows is embedded parsed")
        }
        if let embedded = ResumeContent.parsed {
            XCTAssertEqual(embedded, parsed(ResumeContent.bytes, name: "resume.md"))
        }
        for translation in ResumeContent.translations {
            guard let embedded = translation.parsed else { continue }
            XCTAssertEqual(embedded, parsed(translation.bytes, name: "resume.\(translation.code).md"), translation.code)
        }
    }

    func testStringsAreSpelledSoAnyScalarSurvives() {
        XCTAssertEqual(SwiftSource.string("a\"b\\c"), #""a\"b\\c""#)
        XCTAssertEqual(SwiftSource.string("\t\r\n"), #""\u{9}\u{d}\u{a}""#)
        XCTAssertEqual(SwiftSource.string("한\u{2028}🚀"), #""\u{d55c}\u{2028}\u{1f680}""#)
    }
}

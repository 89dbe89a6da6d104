import XCTest
@testable import ResumeModel

/// How a résumé's translations are found by name, and which language a file is in.
final class TranslationNamesTests: XCTestCase {
    func testABaseFileLooksForEachLanguageBesideIt() {
        let candidates = TranslationNames.candidates(for: "cv/resume.md")
        XCTAssertEqual(candidates.map(\.language), [.korean, .english, .chinese, .japanese])
        XCTAssertEqual(candidates[1].paths, ["cv/resume.en.md", "cv/resume.en.json"])
    }

    func testAJSONFileTriesJSONTranslationsFirst() {
        XCTAssertEqual(TranslationNames.candidates(for: "me.json")[3].paths, ["me.ja.json", "me.ja.md"])
    }

    func testATranslationGivenDirectlyFindsItsBaseFirstAndNotItself() {
        let candidates = TranslationNames.candidates(for: "/home/a/resume.en.md")
        XCTAssertEqual(candidates.map(\.language), [nil, .korean, .chinese, .japanese])
        XCTAssertEqual(candidates[0].paths, ["/home/a/resume.md", "/home/a/resume.json"])
    }

    func testOtherFilesHaveNoTranslations() {
        XCTAssertEqual(TranslationNames.candidates(for: "notes.txt"), [])
        XCTAssertEqual(TranslationNames.candidates(for: "resume"), [])
    }

    func testTheLanguageInAName() {
        XCTAssertEqual(TranslationNames.language(ofPath: "resume.en.md"), .english)
        XCTAssertEqual(TranslationNames.language(ofPath: "dir.ko/resume.ja.json"), .japanese)
        XCTAssertNil(TranslationNames.language(ofPath: "resume.md"))
        // Only the codes themselves: a name with a dot in it is not a language.
        XCTAssertNil(TranslationNames.language(ofPath: "jane.doe.md"))
        XCTAssertNil(TranslationNames.language(ofPath: "resume.english.md"))
        XCTAssertNil(TranslationNames.language(ofPath: "dir/.en.md"))
    }

    func testFrontMatterLanguageWinsOverTheName() {
        var result = ResumeParser.parse("---\nlang: ja\n---\n# Jane Doe\n\n## Experience\n")
        TranslationNames.applyNameLanguage(&result, path: "resume.en.md")
        XCTAssertEqual(result.resume?.language, .japanese)
        XCTAssertEqual(result.outline.languageSource, .declared(line: 2))
    }

    func testTheNameWinsOverDetection() {
        // Korean text, but the file says it is the English edition.
        var result = ResumeParser.parse("# 홍길동\n\n백엔드 개발자입니다.\n")
        TranslationNames.applyNameLanguage(&result, path: "resume.en.md")
        XCTAssertEqual(result.resume?.language, .english)
        XCTAssertEqual(result.outline.languageSource, .fileName)

        var plain = ResumeParser.parse("# 홍길동\n\n백엔드 개발자입니다.\n")
        TranslationNames.applyNameLanguage(&plain, path: "resume.md")
        XCTAssertEqual(plain.resume?.language, .korean)
        XCTAssertEqual(plain.outline.languageSource, .detected)
    }
}

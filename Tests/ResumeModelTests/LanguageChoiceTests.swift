import XCTest
@testable import ResumeModel

/// Which language is shown: --lang, else the locale, else the résumé's first.
final class LanguageChoiceTests: XCTestCase {
    private let koreanFirst: [Language] = [.korean, .english]

    private func shown(_ environment: [String: String], explicit: Language? = nil, available: [Language]? = nil) -> Language {
        let available = available ?? koreanFirst
        return available[LanguageChoice.choose(explicit: explicit, environment: environment, available: available)]
    }

    func testAKoreanLocaleGivesKorean() {
        XCTAssertEqual(shown(["LANG": "ko_KR.UTF-8"], available: [.english, .korean]), .korean)
    }

    func testAnyOtherNamedLocaleGivesEnglish() {
        XCTAssertEqual(shown(["LANG": "en_US.UTF-8"]), .english)
        XCTAssertEqual(shown(["LANG": "de_DE"]), .english)
        XCTAssertEqual(shown(["LANG": "fr_FR@euro"]), .english)
    }

    func testNoLocaleOrCOrPOSIXGivesTheFirstLanguage() {
        for value in ["C", "C.UTF-8", "POSIX", ""] {
            XCTAssertEqual(shown(["LANG": value]), .korean, value)
            XCTAssertEqual(shown(["LANG": value], available: [.english, .korean]), .english, value)
        }
        XCTAssertEqual(shown([:]), .korean)
    }

    func testLCALLThenLCMESSAGESThenLANGTheFirstNotEmpty() {
        XCTAssertEqual(shown(["LC_ALL": "en_GB.UTF-8", "LC_MESSAGES": "ko_KR", "LANG": "ko_KR"]), .english)
        XCTAssertEqual(shown(["LC_ALL": "", "LC_MESSAGES": "en_US", "LANG": "ko_KR"]), .english)
        XCTAssertEqual(shown(["LC_MESSAGES": "", "LANG": "en_US"]), .english)
        // LC_ALL=C says "no language", even over a LANG that names one.
        XCTAssertEqual(shown(["LC_ALL": "C", "LANG": "en_US.UTF-8"]), .korean)
    }

    func testExplicitLangWinsOverTheLocale() {
        XCTAssertEqual(shown(["LC_ALL": "en_US.UTF-8"], explicit: .korean), .korean)
        XCTAssertEqual(shown(["LANG": "ko_KR.UTF-8"], explicit: .english), .english)
    }

    func testALanguageWithNoTranslationGivesTheFirst() {
        XCTAssertEqual(shown([:], explicit: .japanese), .korean)
        XCTAssertEqual(shown(["LANG": "ko_KR.UTF-8"], available: [.english]), .english)
        XCTAssertEqual(shown(["LANG": "en_US.UTF-8"], available: [.korean, .japanese]), .korean)
    }

    func testChineseAndJapaneseLocalesGetTheirTranslationElseEnglish() {
        XCTAssertEqual(shown(["LANG": "ja_JP.UTF-8"], available: [.korean, .english, .japanese]), .japanese)
        XCTAssertEqual(shown(["LANG": "zh_CN.UTF-8"], available: [.korean, .english, .chinese]), .chinese)
        XCTAssertEqual(shown(["LANG": "ja_JP.UTF-8"]), .english)
        XCTAssertEqual(shown(["LANG": "zh_TW"], available: [.korean, .japanese]), .korean)
    }

    func testTheOthersFollowInTheOrderTheLanguageKeyCycles() {
        XCTAssertEqual(LanguageChoice.rotation(count: 3, startingAt: 0), [0, 1, 2])
        XCTAssertEqual(LanguageChoice.rotation(count: 3, startingAt: 1), [1, 2, 0])
        XCTAssertEqual(LanguageChoice.rotation(count: 1, startingAt: 0), [0])
    }
}

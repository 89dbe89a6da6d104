import Foundation
import XCTest

/// A résumé beside its translation (Tests/Fixtures/bilingual: resume.md in Korean,
/// resume.en.md in English): which one each command shows, and what `check` says of a
/// translation that parts from its original (Tests/Fixtures/bilingual-mismatch).
final class TranslationTests: XCTestCase {
    private static let folder = Binary.packageRoot.appendingPathComponent("Tests/Fixtures/bilingual").path
    private static let korean = folder + "/resume.md", english = folder + "/resume.en.md"
    private static let mismatch = Binary.packageRoot.appendingPathComponent("Tests/Fixtures/bilingual-mismatch").path

    /// Runs with only this locale, so the test's own environment can't choose.
    private func run(_ arguments: [String], locale: [String: String] = ["LANG": "C.UTF-8"]) throws -> (status: Int32, stdout: String, stderr: String) {
        try Binary.run(arguments, environment: locale.merging(["PATH": "/usr/bin:/bin"]) { $1 })
    }

    func testExportLangEnExportsTheEnglishEdition() throws {
        for format in ["json", "markdown", "plain"] {
            let result = try run(["export", "--format", format, "--file", Self.korean, "--lang", "en"])
            XCTAssertEqual(result.status, 0, result.stderr)
            XCTAssertTrue(result.stdout.contains("Sora Han"), "\(format): \(result.stdout)")
            XCTAssertTrue(result.stdout.contains("Settlement Pipeline"), "\(format): \(result.stdout)")
            XCTAssertFalse(result.stdout.contains("한소라"), "\(format): \(result.stdout)")
        }
        let korean = try run(["export", "--format", "markdown", "--file", Self.korean])
        XCTAssertTrue(korean.stdout.contains("# 한소라"), korean.stdout)
    }

    func testTheHTMLPageCarriesBothLanguagesWithTheChosenOneFirst() throws {
        let result = try run(["export", "--format", "html", "--file", Self.korean, "--lang", "en"])
        XCTAssertEqual(result.status, 0, result.stderr)
        let html = result.stdout
        XCTAssertTrue(html.contains("<html lang=\"en\">"), html)
        XCTAssertTrue(html.contains("<a href=\"#en\" hreflang=\"en\" lang=\"en\">English</a>"), html)
        XCTAssertTrue(html.contains("<a href=\"#ko\" hreflang=\"ko\" lang=\"ko\">한국어</a>"), html)
        let en = try XCTUnwrap(html.range(of: "<h1>Sora Han</h1>")), ko = try XCTUnwrap(html.range(of: "<h1>한소라</h1>"))
        XCTAssertLessThan(en.lowerBound, ko.lowerBound)
        XCTAssertFalse(html.lowercased().contains("<script"), html)
    }

    func testShowPlainLangEn() throws {
        let result = try run(["show", "--plain", "--file", Self.korean, "--lang", "en", "--width", "80"])
        XCTAssertEqual(result.status, 0, result.stderr)
        XCTAssertTrue(result.stdout.hasPrefix("Sora Han\n"), result.stdout)
        XCTAssertTrue(result.stdout.contains("Baramgyeol Pay"), result.stdout)
    }

    func testTheLocaleChoosesWhenLangIsNotGiven() throws {
        let english = try run(["--plain", "--file", Self.korean], locale: ["LANG": "en_US.UTF-8"])
        XCTAssertTrue(english.stdout.hasPrefix("Sora Han\n"), english.stdout)
        let german = try run(["--plain", "--file", Self.korean], locale: ["LC_ALL": "de_DE.UTF-8", "LANG": "ko_KR.UTF-8"])
        XCTAssertTrue(german.stdout.hasPrefix("Sora Han\n"), german.stdout)
        let none = try run(["--plain", "--file", Self.korean], locale: ["LANG": "C.UTF-8"])
        XCTAssertTrue(none.stdout.hasPrefix("한소라\n"), none.stdout)
        let explicit = try run(["--plain", "--file", Self.korean, "--lang", "ko"], locale: ["LANG": "en_US.UTF-8"])
        XCTAssertTrue(explicit.stdout.hasPrefix("한소라\n"), explicit.stdout)
    }

    /// Given the translation itself, it is the first language, and the base file its translation.
    func testATranslationGivenDirectlyFindsItsBase() throws {
        let first = try run(["--plain", "--file", Self.english])
        XCTAssertTrue(first.stdout.hasPrefix("Sora Han\n"), first.stdout)
        let korean = try run(["--plain", "--file", Self.english], locale: ["LANG": "ko_KR.UTF-8"])
        XCTAssertTrue(korean.stdout.hasPrefix("한소라\n"), korean.stdout)
    }

    func testALanguageWithNoTranslationShowsTheFirst() throws {
        let result = try run(["--plain", "--file", Self.korean, "--lang", "ja"])
        XCTAssertEqual(result.status, 0, result.stderr)
        XCTAssertTrue(result.stdout.hasPrefix("한소라\n"), result.stdout)
    }

    func testAnUnknownLangIsAClearError() throws {
        for command in [["show"], ["tour"], ["check"], ["export", "--format", "json"], ["serve"]] {
            let result = try run(command + ["--lang", "de"])
            XCTAssertEqual(result.status, 64, "\(command): \(result.stderr)")
            XCTAssertTrue(result.stderr.contains("The value 'de' is invalid for '--lang <code>'. Please provide one of 'ko', 'en', 'zh' or 'ja'."),
                          "\(command): \(result.stderr)")
        }
    }

    func testCheckFlagsEachDifferenceOfTheMismatchedPairAtItsLine() throws {
        let result = try run(["check", "--file", Self.mismatch + "/resume.md"])
        XCTAssertEqual(result.status, 0, result.stdout + result.stderr)
        let translation = Self.mismatch + "/resume.en.md"
        for line in [
            "\(translation):9: warning: bullet count differs: 2 here, 3 in resume.md:9",
            "\(translation):14: warning: period differs: 2016.04 – 2018.12 here, 2016.03 – 2018.12 in resume.md:15",
            "\(translation):17: warning: figures differ: 30,000 here, 2만 in resume.md:18",
            "\(translation): English translation of resume.md: 0 errors, 4 warnings",
        ] {
            XCTAssertTrue(result.stdout.contains(line + "\n"), "\(line)\n\(result.stdout)")
        }
    }

    func testCheckOfAFaithfulPairAndOfOneLanguage() throws {
        let result = try run(["check", "--file", Self.korean])
        XCTAssertEqual(result.status, 0, result.stdout)
        XCTAssertTrue(result.stdout.contains("\(Self.english): English translation of resume.md: 0 errors, 0 warnings\n"), result.stdout)
        // --lang checks that file alone, with what was read of it.
        let english = try run(["check", "--file", Self.korean, "--lang", "en"])
        XCTAssertTrue(english.stdout.contains("language: English (from the file's name)"), english.stdout)
        let korean = try run(["check", "--file", Self.korean, "--lang", "ko"])
        XCTAssertFalse(korean.stdout.contains("translation"), korean.stdout)
    }

    func testCheckWithNoTranslationsPrintsNothingNew() throws {
        let result = try run(["check", "--file", Fixture.english.path])
        XCTAssertEqual(result.status, 0, result.stdout)
        XCTAssertFalse(result.stdout.contains("translation"), result.stdout)
        XCTAssertEqual(result.stdout.components(separatedBy: "\n").filter { $0.hasPrefix(Fixture.english.path) }.count, 1, result.stdout)
    }

    /// A translation that can't be read is a warning in `check` and never stops the résumé.
    func testAnUnreadableTranslationIsAWarningOnly() throws {
        let folder = NSTemporaryDirectory() + "bilingual-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: folder + "/resume.en.md", withIntermediateDirectories: true)
        addTeardownBlock { try? FileManager.default.removeItem(atPath: folder) }
        try FileManager.default.copyItem(atPath: Self.korean, toPath: folder + "/resume.md")
        let check = try run(["check", "--file", folder + "/resume.md"])
        XCTAssertEqual(check.status, 0, check.stdout)
        XCTAssertTrue(check.stdout.contains("\(folder)/resume.en.md: warning: the translation can't be read: Is a directory\n"), check.stdout)
        let plain = try run(["--plain", "--file", folder + "/resume.md", "--lang", "en"])
        XCTAssertEqual(plain.status, 0, plain.stderr)
        XCTAssertTrue(plain.stdout.hasPrefix("한소라\n"), plain.stdout)
    }
}

import ResumeModel
import ResumeViewer
import XCTest
@testable import resume_tui

/// A start reads the résumé it shows; its other languages are read when `L` first needs
/// them, and what is shown and offered is what reading them all up front gave.
final class TranslationReadingTests: XCTestCase {
    private var folder = ""

    override func setUpWithError() throws {
        folder = NSTemporaryDirectory() + "translation-reading-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        try write("resume.md", "# 박서준\n\n## 경력\n\n### 하늘소프트 (2019.09 ~ 2023.06)\n\n- 레디스 노드 1000대 운영\n")
        try write("resume.en.md", "# Seojun Park\n\n## Career\n\n### Haneul Soft (2019.09 ~ 2023.06)\n\n- Ran 1,000 Redis nodes\n")
        try write("resume.ja.md", "---\nlang: zh\n---\n# 河元浩\n\n## 经历\n\n- 运营一千个节点\n")
    }

    override func tearDownWithError() throws {
        try? FileManager.default.removeItem(atPath: folder)
    }

    private func write(_ name: String, _ text: String) throws {
        try Data(text.utf8).write(to: URL(fileURLWithPath: folder + "/" + name))
    }

    private func files() throws -> ResumeFiles { try ResumeFiles.load(file: folder + "/resume.md") }

    func testTheSameResumeIsShownAndTheSameLanguagesOfferedAsWhenAllAreReadFirst() throws {
        let environments: [[String: String]] = [[:], ["LANG": "en_US.UTF-8"], ["LANG": "ko_KR.UTF-8"], ["LC_ALL": "C"]]
        for environment in environments {
            for explicit in [nil, Language.english, .korean, .chinese, .japanese] {
                let eager = try files().chosen(explicit, environment: environment)
                let lazy = try files().chosenReadingLater(explicit, environment: environment)
                XCTAssertEqual(lazy.shown, eager.shown, "\(environment) \(String(describing: explicit))")
                XCTAssertEqual(lazy.others.map(\.language), eager.others.map(\.language), "\(environment)")
                XCTAssertEqual(lazy.others.map { $0.read() }, eager.others, "\(environment)")
            }
        }
    }

    func testFrontMatterThatSaysTheLanguageIsReadAtOnce() throws {
        let lazy = try files().chosenReadingLater(nil, environment: [:])
        // resume.ja.md says `lang: zh` inside: only reading it could tell, so it was read.
        XCTAssertEqual(lazy.others.map(\.language), [.english, .chinese])
    }

    func testATranslationThatTurnsOutEmptyIsSkippedByTheLanguageKey() throws {
        try write("resume.en.md", "<!-- nothing yet -->\n")
        let lazy = try files().chosenReadingLater(nil, environment: [:])
        // Read up front it would have been left out; unread, its name offers it.
        XCTAssertEqual(lazy.others.first?.language, .english, "offered by its name")
        let document = Document(resume: lazy.shown, reading: lazy.others, today: CalendarDate(year: 2026, month: 12, day: 7))
        var state = AppState(pageCount: document.pageCount, width: 80, height: 24)
        XCTAssertEqual(document.nextWords(after: state)?.languageName, "English", "the footer offers it, unread")
        _ = reduce(&state, .switchLanguage, document)
        XCTAssertEqual(document.shown(in: state).resume.language, .chinese, "L skips the one that doesn't show")
    }

    func testTheChosenTranslationIsShownEvenWhenTheOthersAreNotRead() throws {
        let lazy = try files().chosenReadingLater(nil, environment: ["LANG": "en_US.UTF-8"])
        XCTAssertEqual(lazy.shown.name, "Seojun Park")
        XCTAssertEqual(lazy.others.map(\.language), [.chinese, .korean])
    }
}

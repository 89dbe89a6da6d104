import SnapshotSupport
import XCTest
@testable import ResumeViewer

/// A Chinese or a Japanese résumé gets a screen in its own language: the tab bar, the
/// footer's hints, help, the search prompt and the messages. These scenes join the ones
/// every size is tried on (`allScenes`), so they are snapshot at the four sizes and
/// checked at every width for a grid that fits and a footer that is never cut short.
extension FrameTests {
    static var allScenes: [Scene] { scenes + eastAsianScenes }

    static var eastAsianScenes: [Scene] { [
        Scene(name: "browse-about-zh", fixture: .chinese, title: "browse: About of the Chinese résumé") { _, _ in },
        Scene(name: "browse-career-zh", fixture: .chinese, title: "browse: Chinese Career after 2 and Ctrl-D") { state, document in
            for key: Key in [.char("2"), .ctrl("d")] { press(key, &state, document) }
        },
        Scene(name: "search-prompt-zh", fixture: .chinese, title: "search: 2, then /缓存 typed, not yet submitted") { state, document in
            press(.char("2"), &state, document)
            press(.char("/"), &state, document)
            type("缓存", &state, document)
        },
        Scene(name: "help-zh", fixture: .chinese, title: "help: ? on About of the Chinese résumé") { state, document in
            press(.char("?"), &state, document)
        },
        Scene(name: "message-zh", fixture: .chinese, title: "browse: the message after c (copy), in Chinese") { state, document in
            press(.char("c"), &state, document)
        },
        Scene(name: "browse-about-ja", fixture: .japanese, title: "browse: About of the Japanese résumé") { _, _ in },
        Scene(name: "browse-career-ja", fixture: .japanese, title: "browse: Japanese Career after 2 and Ctrl-D") { state, document in
            for key: Key in [.char("2"), .ctrl("d")] { press(key, &state, document) }
        },
        Scene(name: "search-match-ja", fixture: .japanese, title: "browse: /キャッシュ, Enter, n: the second match") { state, document in
            press(.char("/"), &state, document)
            type("キャッシュ", &state, document)
            press(.enter, &state, document)
            press(.char("n"), &state, document)
        },
        Scene(name: "help-ja", fixture: .japanese, title: "help: ? on About of the Japanese résumé") { state, document in
            press(.char("?"), &state, document)
        },
    ] }

    /// The match counts the search prompt shows, in each language: whole or not at all.
    static var matchCounts: Regex<Substring> { /\d+ matches|1 match|no match|\d+건|결과 없음|\d+ 个结果|无结果|\d+ 件|該当なし/ }

    func testChineseAndJapaneseResumesSpeakTheirLanguage() {
        let expectations: [(Fixture, tab: String, hint: String, help: String, count: String)] = [
            (.chinese, "工作经历", "? 帮助", "搜索所有页面", "个结果"),
            (.japanese, "職歴", "? ヘルプ", "全ページを検索", "件"),
        ]
        for (fixture, tab, hint, help, count) in expectations {
            var (state, document) = fixture.start()
            var frame = compose(state, document)
            XCTAssertTrue(frame.lines[0].contains(tab), "\(fixture): the tab bar names the page \(tab): \(frame.lines[0])")
            XCTAssertTrue(frame.footerLine.contains(hint), "\(fixture): \(frame.footerLine)")
            XCTAssertFalse(frame.footerLine.contains("help"), "\(fixture): no English hint left: \(frame.footerLine)")
            press(.char("?"), &state, document)
            frame = compose(state, document)
            XCTAssertTrue(frame.text.contains(help), "\(fixture): help says \(help)")
            press(.escape, &state, document)
            press(.char("/"), &state, document)
            type("Kafka", &state, document)
            XCTAssertTrue(compose(state, document).footerLine.contains(count), "\(fixture): \(compose(state, document).footerLine)")
        }
    }

    /// Han and kana take two cells: the too-small screen picks the longest sentence that
    /// fits, in the résumé's language, and never splits a character.
    func testSnapshotsOfTheChineseAndJapaneseTooSmallScreens() {
        for scene in Self.eastAsianScenes where scene.name.hasPrefix("browse-about") {
            for (width, height) in [(19, 4), (12, 1)] {
                let (state, frame) = frame(scene, width: width, height: height)
                XCTAssertTrue(state.isTooSmall)
                XCTAssertEqual(frame.gridProblems, [], "\(scene.name) at \(width)x\(height)")
                let language = scene.name.suffix(2)
                assertSnapshot(snapshotText(frame, title: "below the minimum of 20x5, in \(scene.fixture)"),
                               named: "too-small-\(language)-\(width)x\(height).txt")
            }
        }
    }
}

import Foundation
import ResumeModel
import SnapshotSupport
import XCTest
@testable import ResumeLayout

/// The owner's résumé, from its copy in Tests/Fixtures/owner (or its translation beside
/// it, resume.en.md, for `named: "resume.en.md"`): a fork that replaces the top-level
/// resume.md keeps these snapshots.
func realResume(named name: String = "resume.md", file: StaticString = #filePath, line: UInt = #line) throws -> Resume {
    let url = URL(fileURLWithPath: "\(#filePath)").deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("Fixtures/owner/" + name)
    let bytes = try [UInt8](Data(contentsOf: url))
    let result = ResumeParser.parse(bytes)
    XCTAssertEqual(result.errors, [], file: file, line: line)
    return try XCTUnwrap(result.resume, file: file, line: line)
}

final class RealResumeSnapshotTests: XCTestCase {
    /// Every page of resume.md at 20, 40, 80 and 120 columns: the text, framed, and the
    /// roles under each cell.
    func testEveryPageAtEveryWidth() throws {
        let resume = try realResume()
        let document = ResumeDocument(resume, today: snapshotToday)
        XCTAssertEqual(document.pages.map(\.kind), [.about, .career, .talks, .skills])
        for (page, info) in document.pages.enumerated() {
            for width in SnapshotTests.widths {
                let layout = document.layout(page: page, width: width)
                for line in layout.lines { XCTAssertTrue(Wrap.fits(line, width: width), line.text) }
                assertSnapshot(snapshotText(layout, width: width), named: "\(info.kind.rawValue)-\(width).txt")
                assertSnapshot(snapshotRoles(layout), named: "\(info.kind.rawValue)-\(width).roles.txt")
            }
        }
    }

    /// Every page of the English translation, resume.en.md, at 40 and 80 columns: the
    /// same pages as the original, periods in English ("Present · 3 yrs 2 mos").
    func testEveryPageOfTheEnglishTranslation() throws {
        let resume = try realResume(named: "resume.en.md")
        XCTAssertEqual(resume.language, .english)
        let document = ResumeDocument(resume, today: snapshotToday)
        XCTAssertEqual(document.pages.map(\.kind), [.about, .career, .talks, .skills], "the original's pages")
        for (page, info) in document.pages.enumerated() {
            for width in [40, 80] {
                let layout = document.layout(page: page, width: width)
                for line in layout.lines { XCTAssertTrue(Wrap.fits(line, width: width), line.text) }
                assertSnapshot(snapshotText(layout, width: width), named: "en-\(info.kind.rawValue)-\(width).txt")
            }
        }
    }

    func testPlainTextHasEveryWordOfTheFile() throws {
        let resume = try realResume()
        let text = PlainText.render(resume, width: 80, today: snapshotToday)
        assertSnapshot(text, named: "plain-80.txt")
        // Every word of the file's prose is in the plain text (markup and dates aside).
        let url = URL(fileURLWithPath: "\(#filePath)").deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("Fixtures/owner/resume.md")
        let source = try String(contentsOf: url, encoding: .utf8)
        let words = Set(text.split(whereSeparator: { $0 == " " || $0 == "\n" }).map(String.init))
        var missing: [String] = []
        for line in source.split(separator: "\n") {
            for raw in line.split(separator: " ") {
                // Markup around the words: "Email:" is shown as the label "Email", "Pycon KR
                // 2021, Speaker" as "2021 · Speaker", "(…, NOW)" as a period line.
                let word = String(raw).trimmingCharacters(in: CharacterSet(charactersIn: ":,)"))
                if word.hasPrefix("#") || word == "-" || word == "NOW" { continue }
                if word.hasPrefix("(") { continue }  // "(2023.09.02," is shown as "2023.09 – 현재"
                if !words.contains(word) && !text.contains(word) { missing.append(word) }
            }
        }
        XCTAssertEqual(missing, [])
    }

    func testSearchTheRealResume() throws {
        let document = ResumeDocument(try realResume(), today: snapshotToday)
        var searcher = Searcher(layouts: document.layoutAll(width: 80))
        let redis = searcher.search("ㄹㄷㅅ")
        XCTAssertEqual(redis, searcher.freshSearch("레디스"))
        XCTAssertEqual(redis.count, 5)
        XCTAssertEqual(searcher.search("ㅍㄹㅍㅇㄹ").count, 1)
        XCTAssertEqual(searcher.search("REDIS").count, searcher.freshSearch("redis").count)
        XCTAssertGreaterThan(searcher.freshSearch("redis").count, 5)
    }
}

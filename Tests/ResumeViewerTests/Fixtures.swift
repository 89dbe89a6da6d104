import Foundation
import ResumeLayout
import ResumeModel
import XCTest
@testable import ResumeViewer

/// The viewer fixtures (Tests/Fixtures/viewer-en.md, viewer-ko.md, viewer-zh.md and
/// viewer-ja.md): the same résumé shape in English, Korean, Chinese and Japanese; and
/// viewer-ko.en.md, the Korean one's English translation, for `L`. The tests never read the owner's resume.md, so a fork that
/// replaces it still passes them.
enum Fixture: String, CaseIterable {
    case english = "viewer-en"
    case korean = "viewer-ko"
    case koreanInEnglish = "viewer-ko.en"
    case chinese = "viewer-zh"
    case japanese = "viewer-ja"

    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Fixtures")

    /// A fixed "today", so the tenure of an ongoing job never changes a snapshot.
    static let today = CalendarDate(year: 2026, month: 11, day: 24)

    var source: String {
        let url = Self.folder.appendingPathComponent(rawValue + ".md")
        return (try? String(contentsOf: url, encoding: .utf8)) ?? ""
    }

    /// Parsed once per run: the résumé is a value, and parsing is the slow part.
    var resume: Resume { Self.parsed[self] ?? Resume(name: "unreadable fixture \(rawValue)") }

    private static let parsed: [Fixture: Resume] = Dictionary(uniqueKeysWithValues: allCases.compactMap { fixture in
        ResumeParser.parse(fixture.source).resume.map { (fixture, $0) }
    })

    /// A fresh document: no layout cached, nothing searched.
    func document() -> Document { Document(resume: resume, today: Self.today) }

    /// The document and the viewer's first state at `width`x`height`.
    func start(width: Int = 80, height: Int = 24) -> (AppState, Document) {
        let document = document()
        return (AppState(pageCount: document.pageCount, width: width, height: height), document)
    }

    /// The Korean résumé and its English translation, opened in `first`'s language with
    /// the other one for `L`: the first state and the document.
    static func bilingual(_ first: Fixture = .korean, width: Int = 80, height: Int = 24) -> (AppState, Document) {
        let other: Fixture = first == .korean ? .koreanInEnglish : .korean
        let document = Document(resume: first.resume, translations: [other.resume], today: today)
        return (AppState(pageCount: document.pageCount, width: width, height: height), document)
    }

    /// The tabs of its four pages, in the fixture's language.
    var tabs: [String] {
        switch self {
        case .english, .koreanInEnglish: return ["About", "Career", "Talks", "Skills"]
        case .korean: return ["소개", "경력", "발표", "기술"]
        case .chinese: return ["简介", "工作经历", "演讲", "技能"]
        case .japanese: return ["概要", "職歴", "登壇", "スキル"]
        }
    }

    /// What `c` says once the address is on the clipboard, in the fixture's language.
    var copied: String {
        switch self {
        case .english, .koreanInEnglish: return "copied \(email) to your clipboard"
        case .korean: return "\(email) 주소를 클립보드에 복사했습니다"
        case .chinese: return "已把 \(email) 复制到剪贴板"
        case .japanese: return "\(email) をクリップボードにコピーしました"
        }
    }

    /// What `]` says past the last entry, in the fixture's language.
    var lastEntry: String {
        switch self {
        case .english, .koreanInEnglish: return "last entry"
        case .korean: return "마지막 항목입니다"
        case .chinese: return "已是最后一条"
        case .japanese: return "最後の項目です"
        }
    }

    /// The fixture's email address, as written in it.
    var email: String {
        switch self {
        case .english: return "alex.morgan@example.com"
        case .korean, .koreanInEnglish: return "seoyeon.kim@example.com"
        case .chinese: return "jingyi.wang@example.com"
        case .japanese: return "misaki.sato@example.com"
        }
    }
}

// MARK: - Driving the viewer

/// Reduces each action in turn and returns every effect asked for, in order.
@discardableResult
func run(_ actions: [Action], _ state: inout AppState, _ document: Document) -> [Effect] {
    actions.flatMap { reduce(&state, $0, document) }
}

/// Dispatches `key` through the current mode's keymap, as the key loop does, and
/// reduces what it means; a key the mode doesn't take does nothing.
@discardableResult
func press(_ key: Key, _ state: inout AppState, _ document: Document) -> [Effect] {
    guard let action = Keymaps.keymap(for: state.mode).action(for: key, in: state) else { return [] }
    return reduce(&state, action, document)
}

/// Types `text` key by key.
func type(_ text: String, _ state: inout AppState, _ document: Document) {
    for character in text { press(.char(character), &state, document) }
}

/// `/`, the query, Enter.
func search(_ query: String, _ state: inout AppState, _ document: Document) {
    press(.char("/"), &state, document)
    type(query, &state, document)
    press(.enter, &state, document)
}

// MARK: - Reading a frame

extension Frame {
    /// The rows as a person reads them, trailing spaces dropped.
    var lines: [String] {
        (0..<height).map { y in
            var row = text(ofRow: y)
            while row.last == " " { row.removeLast() }
            return row
        }
    }

    /// The body rows (between the tab bar and the footer), trailing spaces dropped.
    var bodyLines: [String] { Array(lines.dropFirst().dropLast()) }

    /// The bottom row, trailing spaces dropped.
    var footerLine: String { lines.last ?? "" }

    /// The text of the cells of row `y` in `role`, runs separated by one space.
    func text(ofRow y: Int, role: FrameRole) -> String {
        var runs: [String] = []
        var run = ""
        for cell in row(y) {
            if cell.role == role {
                run += cell.text
            } else if !run.isEmpty {
                runs.append(run)
                run = ""
            }
        }
        if !run.isEmpty { runs.append(run) }
        return runs.map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }.joined(separator: " ")
    }

    /// Problems with the grid itself: a row that isn't `width` cells wide when drawn, a
    /// covered cell without a wide character before it, a wide character whose second
    /// cell holds something else, a control character.
    var gridProblems: [String] {
        var problems: [String] = []
        for y in 0..<height {
            var drawn = 0
            for x in 0..<width {
                let cell = self[x, y]
                drawn += CellWidth.of(cell.text)
                if cell.text.isEmpty, x == 0 || CellWidth.of(self[x - 1, y].text) != 2 {
                    problems.append("row \(y), column \(x): a covered cell after no wide character")
                }
                if CellWidth.of(cell.text) == 2, x + 1 >= width || !self[x + 1, y].text.isEmpty {
                    problems.append("row \(y), column \(x): \(cell.text) has no second cell")
                }
                if !cell.text.isEmpty, CellWidth.of(cell.text) == 0 {
                    problems.append("row \(y), column \(x): a zero-width cell")
                }
                if cell.text.unicodeScalars.contains(where: { $0.value < 0x20 || (0x7F...0x9F).contains($0.value) }) {
                    problems.append("row \(y), column \(x): a control character")
                }
            }
            if drawn != width { problems.append("row \(y) draws \(drawn) cells on a screen \(width) wide") }
        }
        return problems
    }
}

// MARK: - What a document answers

/// Everything the viewer asks a document, at several widths: two documents with the
/// same answers can't be told apart by the viewer.
struct Answers: Equatable {
    var pages: [PageInfo]
    var name: String
    var urls: Set<String>
    var layouts: [[PageLayout]]
    var searches: [[SearchMatch]]

    init(_ document: Document) {
        pages = document.pages
        name = document.name
        urls = document.urls
        let widths = [1, 18, 24, 38, 78, 118]
        layouts = widths.map { width in (0..<document.pageCount).map { document.layout(page: $0, width: width) } }
        searches = widths.flatMap { width in
            ["cache", "ㅋㅅ", "p99", "zzqx", "레디스", "a"].map { document.search($0, width: width) }
        }
    }
}

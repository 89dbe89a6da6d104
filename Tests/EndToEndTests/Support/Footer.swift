import Foundation

/// The viewer's bottom row, read back from a captured screen.
///
/// Why tests wait on it: ncurses sends a frame top to bottom, and tmux may be captured
/// half-way through one, so a line of the body proves only that the rows above it are
/// drawn. The footer is the last row of every frame, and what it says (the page, the
/// lines shown, the match counter, the prompt) names the state the frame shows. A wait
/// for the footer of the state a key leads to returns only once that frame is whole,
/// and never on an earlier screen, as long as the expected footer differs from the
/// one before the key (each test makes sure it does).
struct Footer: CustomStringConvertible {
    let text: String

    init(_ screen: String) {
        text = screen.components(separatedBy: "\n").last { !$0.isEmpty } ?? ""
    }

    var description: String { text.debugDescription }

    /// In browse mode: the page's tab name and the lines shown, " Career  6-27/58 46%".
    /// The name is given in English, as the tests name pages, whichever language the
    /// footer speaks (" 경력  6-27/58 46%" is on Career too).
    var position: (page: String, first: Int, last: Int, count: Int)? {
        guard let match = text.firstMatch(of: /^ (\S[^▶]*?)  (\d+)-(\d+)\/(\d+) \d+%/),
              let first = Int(match.2), let last = Int(match.3), let count = Int(match.4) else { return nil }
        return (Self.english(String(match.1)), first, last, count)
    }

    /// A Korean tab's name in English; any other name as it is.
    static func english(_ tab: String) -> String {
        koreanTabs.first { $0.value == tab }?.key ?? tab
    }

    /// A regular expression for the tab `english` in either language: "(Career|경력)".
    static func tab(_ english: String) -> String {
        "(\(english)|\(koreanTabs[english] ?? english))"
    }

    /// The fixtures' tabs as a Korean résumé's UI names them.
    private static let koreanTabs = ["About": "소개", "Career": "경력", "Talks": "발표", "Skills": "기술"]

    var page: String? { position?.page }

    /// Browse mode on `page`, scrolled so that its line `first` (from 1) is the top row.
    func shows(_ page: String, from first: Int) -> Bool {
        position.map { $0.page == page && $0.first == first } ?? false
    }

    /// Browse mode on `page` with `rows` body rows filled (fewer when the page is shorter):
    /// after a resize, only a frame drawn for the new size says this.
    func shows(_ page: String, bodyRows rows: Int) -> Bool {
        position.map { $0.page == page && $0.last - $0.first + 1 == min(rows, $0.count) } ?? false
    }

    /// The match counter after a search, `"캐시" 2/6`.
    func counts(_ query: String, _ current: Int, of total: Int) -> Bool {
        text.contains("\"\(query)\" \(current)/\(total)")
    }

    /// The search prompt as it opens: "/", nothing typed, and the prompt's hints.
    var isEmptySearchPrompt: Bool {
        text.wholeMatch(of: /\/ +(Enter jump  Esc cancel|Enter 이동  Esc 취소)/) != nil
    }

    /// The search prompt with `query` typed.
    func isSearchPrompt(with query: String) -> Bool {
        text.hasPrefix("/" + query + " ") && (text.hasSuffix("Esc cancel") || text.hasSuffix("Esc 취소"))
    }

    /// The help screen, in English or in Korean.
    var isHelp: Bool { text.hasPrefix(" Help ") || text.hasPrefix(" 도움말 ") }
}

import Foundation
import XCTest

/// Emoji made of several scalars (🧑‍💻, 👨‍👩‍👧, 🏳️‍🌈) in a résumé: the
/// layout gives each two cells, and the screen must agree, or the rest of the row
/// shifts and the emoji spills onto the next one.
final class EmojiAlignmentTests: XCTestCase {
    func testEmojiSequencesKeepEveryRowInPlace() throws {
        let file = Binary.packageRoot.appendingPathComponent("Tests/EndToEndTests/Fixtures/emoji-sequences.md").path
        let session = try TmuxSession(TmuxSession.quote(Binary.url.path) + " --page skills --file " + TmuxSession.quote(file),
                                      width: 40, height: 15)
        // The footer, not the last bullet: a row can be captured half-drawn, the footer
        // is drawn after every row of the body.
        let screen = try session.waitForFooter("Skills, the first frame") { $0.shows("Skills", from: 1) }
        let rows = screen.components(separatedBy: "\n")
        let body = rows.dropFirst().prefix(13).filter { !$0.isEmpty }
        for row in body {
            XCTAssertTrue(row.hasPrefix(" "), "the left margin holds: \(row.debugDescription)\n\(screen)")
            XCTAssertLessThanOrEqual(ScreenText.cells(row), 40, row)
        }
        // The bullet's second and third lines hang under its text, as in the layout.
        let first = try XCTUnwrap(rows.firstIndex { $0.contains("분산") })
        XCTAssertTrue(rows[first].hasPrefix("   • 분산 🧑 시스템을"), rows[first])
        for continuation in rows[(first + 1)...(first + 2)] {
            XCTAssertTrue(continuation.hasPrefix("     ") && !continuation.hasPrefix("      "), "hangs under the text: \(continuation.debugDescription)")
        }
        XCTAssertTrue(rows.contains { $0.hasPrefix("   • 다음 줄이 제자리에 있어야 합니다") }, screen)
        try session.send("q")
        XCTAssertEqual(session.exitStatus(), 0)
    }
}

import Foundation
import XCTest

/// The facts about the fixtures that the other tests rely on: if one is edited, these
/// say what to update, instead of a test somewhere passing for the wrong reason (a
/// line asserted absent from a screen that the file no longer has at all).
final class FixtureTests: XCTestCase {
    func testEachPageLineIsOnItsPageAndNoOther() throws {
        for fixture in Fixture.both {
            for page in ["About", "Career", "Talks", "Skills"] {
                let line = fixture.line(on: page)
                for other in ["about", "career", "talks", "skills"] {
                    let text = try fixture.plain(page: other, width: 200)
                    XCTAssertEqual(text.contains(line), other == page.lowercased(),
                                   "\(fixture): \"\(line)\" on the \(other) page")
                }
            }
            XCTAssertFalse(fixture.name.isEmpty, "\(fixture) has a name")
            XCTAssertTrue(fixture.email.contains("@"), "\(fixture) has an email address")
        }
    }

    /// The search tests count the Korean word on Career and Talks and cross between them.
    func testTheKoreanSearchWordIsOnCareerAndTalksOnly() throws {
        let fixture = Fixture.korean, word = InteractiveTests.word
        for page in ["about", "career", "talks", "skills"] {
            let count = try fixture.plain(page: page, width: 200).components(separatedBy: word).count - 1
            if page == "career" || page == "talks" {
                XCTAssertGreaterThan(count, 0, "\(word) on \(page)")
            } else {
                XCTAssertEqual(count, 0, "\(word) on \(page)")
            }
        }
    }
}

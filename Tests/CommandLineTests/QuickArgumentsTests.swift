import XCTest
@testable import resume_tui

/// The quick reading of the usual command lines gives exactly what the parser gives, and
/// leaves everything else (help, mistakes, other commands) to the parser.
final class QuickArgumentsTests: XCTestCase {
    func testTheUsualCommandLinesReadAsTheParserReadsThem() throws {
        let lines: [[String]] = [
            [],
            ["--plain"],
            ["show"],
            ["show", "--answer-wait", "1500"],
            ["show", "--answer-wait", "1500", "--page", "talks", "--lang", "en", "--file", "/srv/cv/resume.md"],
            ["show", "--plain", "--width", "80", "--lang", "ko"],
            ["--page", "3", "--theme", "light", "--ambiguous", "wide"],
            ["--file", "이력서.md", "--page", "경력", "--width", "10000", "--answer-wait", "0"],
            ["--lang", "ja", "--theme", "mono", "--ambiguous", "narrow", "--width", "1"],
        ]
        for line in lines {
            let quick = try XCTUnwrap(QuickArguments.show(line), "\(line) should be read quickly")
            let parsed = try XCTUnwrap(try ResumeTUI.parseAsRoot(line) as? Show, "\(line)")
            XCTAssertEqual(quick, parsed.request, "\(line)")
        }
    }

    func testAnythingElseGoesToTheParser() throws {
        let lines: [[String]] = [
            ["--help"], ["-h"], ["show", "--help"], ["help"], ["--version"],
            ["check"], ["export", "--format", "json"], ["serve"], ["tour"],
            ["--width", "0"], ["--width", "10001"], ["--width", "+5"], ["--width", "eighty"],
            ["--answer-wait", "20000"], ["--theme", "solarized"], ["--lang", "fr"], ["--ambiguous", "double"],
            ["--page"], ["--page", ""], ["--page", "-1"], ["--file"], ["--file=cv.md"], ["--plain", "--plain"],
            ["--page", "2", "--page", "3"], ["show", "show"], ["--plain", "show"], ["-p"], ["extra"],
        ]
        for line in lines {
            XCTAssertNil(QuickArguments.show(line), "\(line) is the parser's to read")
        }
    }
}

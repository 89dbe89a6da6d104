import XCTest
@testable import ResumeModel
import TestSupport

/// `parse(write(parse(x))) == parse(x)`: the export loses nothing the model holds.
final class RoundTripTests: XCTestCase {
    private func assertRoundTrip(_ bytes: [UInt8], _ name: String, file: StaticString = #filePath, line: UInt = #line) {
        guard let resume = ResumeParser.parse(bytes).resume else {
            XCTFail("\(name) gave no résumé", file: file, line: line)
            return
        }
        let written = MarkdownWriter.write(resume)
        let again = ResumeParser.parse(written)
        XCTAssertEqual(again.resume, resume, "\(name) changed after writing:\n\(written)", file: file, line: line)
        // Writing adds no problem the file didn't have (a period that can't be read stays one).
        let before = Set(ResumeParser.parse(bytes).diagnostics.map(\.message))
        XCTAssertEqual(again.diagnostics.filter { !before.contains($0.message) }, [], name, file: file, line: line)
        XCTAssertEqual(MarkdownWriter.write(again.resume ?? resume), written, "writing is stable", file: file, line: line)
    }

    func testRealResume() throws {
        assertRoundTrip(try TestFiles.resumeBytes(), "resume.md")
    }

    func testEveryFixture() throws {
        var checked = 0
        let names = try TestFiles.fixtureNames() + TestFiles.styleFixtureNames().map { "styles/" + $0 }
        for name in names {
            assertRoundTrip(try TestFiles.fixture(name), name)
            checked += 1
        }
        XCTAssertGreaterThanOrEqual(checked, 48)
    }

    func testSyntheticResume() {
        assertRoundTrip(Array(SyntheticResume.markdown(lines: 600).utf8), "synthetic")
    }

    func testEscapingOfTextThatLooksLikeMarkup() {
        // Each value is built in code, so these runs could come from escaped source.
        let tricky: [Inline] = [
            [InlineRun("- not a bullet")], [InlineRun("## not a heading")], [InlineRun("2020. not a list")],
            [InlineRun("*stars* _under_ `ticks` [brackets](x) <angle> back\\slash")],
            [InlineRun("https://not.a.link and http://www.not.a.link either")],
            [InlineRun("snake_case_name")],
            [InlineRun("a", .strong), InlineRun("b", .emphasis), InlineRun("c", .strong)],
            [InlineRun("ends with backslash\\", .code), InlineRun(" "), InlineRun("`tick`", .code), InlineRun(" "), InlineRun("  ", .code)],
            [InlineRun("label [x]", .link(url: "https://x.example/a(b)c d"))],
            [InlineRun("x", .emphasis), InlineRun("_", .plain), InlineRun("y", .emphasis)],
        ]
        for runs in tricky {
            let resume = Resume(name: "N", sections: [Section(title: "S", kind: .generic, intro: [.paragraph(runs)])])
            let written = MarkdownWriter.write(resume)
            XCTAssertEqual(ResumeParser.parse(written).resume, resume, written)
        }
    }
}

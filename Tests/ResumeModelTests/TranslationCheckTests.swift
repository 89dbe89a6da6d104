import Foundation
import XCTest
@testable import ResumeModel

/// A translation compared with its original, as `check` reports it: each difference at
/// the translation's line, naming the original's.
final class TranslationCheckTests: XCTestCase {
    /// Tests/Fixtures/NAME: the bilingual fixtures the end-to-end tests use too.
    private func side(_ name: String) throws -> TranslationCheck.Side {
        let url = TestFiles.testsFolder.deletingLastPathComponent().appendingPathComponent("Fixtures/" + name)
        return try side(String(decoding: Data(contentsOf: url), as: UTF8.self), name: url.lastPathComponent)
    }

    private func side(_ text: String, name: String) throws -> TranslationCheck.Side {
        try XCTUnwrap(TranslationCheck.Side(ResumeParser.parse(text), name: name))
    }

    /// Compares `translation` (resume.en.md) with `original` (resume.md).
    private func assert(_ translation: String, against original: String, gives expected: [String],
                        file: StaticString = #filePath, line: UInt = #line) throws {
        let found = TranslationCheck.compare(try side(translation, name: "resume.en.md"), with: try side(original, name: "resume.md"))
        XCTAssertEqual(found.map(\.description), expected, file: file, line: line)
    }

    func testAFaithfulTranslationHasNoDifferences() throws {
        let found = TranslationCheck.compare(try side("bilingual/resume.en.md"), with: try side("bilingual/resume.md"))
        XCTAssertEqual(found, [])
    }

    func testAMissingBulletAChangedPeriodAndAChangedFigureEachAtTheirLine() throws {
        let found = TranslationCheck.compare(try side("bilingual-mismatch/resume.en.md"), with: try side("bilingual-mismatch/resume.md"))
        XCTAssertEqual(found.map(\.description), [
            "9: warning: bullet count differs: 2 here, 3 in resume.md:9",
            "9: warning: figures differ: none here, 40% in resume.md:9",
            "14: warning: period differs: 2016.04 – 2018.12 here, 2016.03 – 2018.12 in resume.md:15",
            "17: warning: figures differ: 30,000 here, 2만 in resume.md:18",
        ])
    }

    func testAMissingSectionIsOneWarningAndTheRestStillCompare() throws {
        try assert("# A\n\n## Experience\n\n### X (2019 ~ 2020)\n\n- 5 servers\n\n## Skills\n\n### Go\n\n- 4 years\n",
                   against: "# A\n\n## Experience\n\n### X (2019 ~ 2020)\n\n- 5 servers\n\n## Talks\n\n### Conf 2020, Speaker\n\nA talk\n\n## Skills\n\n### Go\n\n- 3 years\n",
                   gives: ["9: warning: a section is missing before this one: \"Talks\" (talks) in resume.md:9",
                           "13: warning: figures differ: 4 here, 3 in resume.md:19"])
    }

    func testAnAddedSectionIsNamedAtItsLine() throws {
        try assert("# A\n\n## Experience\n\n### X (2019 ~ 2020)\n\n## Awards\n\n### Prize\n",
                   against: "# A\n\n## Experience\n\n### X (2019 ~ 2020)\n",
                   gives: ["7: warning: the section \"Awards\" (awards) is not in resume.md"])
    }

    func testEntryAndGroupCounts() throws {
        let original = "# A\n\n## Experience\n\n### X (2019 ~ 2020)\n\n#### P\n\n#### Q\n\n### Y (2017 ~ 2018)\n"
        try assert("# A\n\n## Experience\n\n### X (2019 ~ 2020)\n", against: original,
                   gives: ["3: warning: entry count differs: 1 here, 2 in resume.md:3"])
        try assert("# A\n\n## Experience\n\n### X (2019 ~ 2020)\n\n#### P\n\n### Y (2017 ~ 2018)\n", against: original,
                   gives: ["5: warning: group count differs: 1 here, 2 in resume.md:5"])
    }

    func testATalksYearAndABulletsFigureAtTheBulletsLine() throws {
        try assert("# A\n\n## Talks\n\n### Conf 2022, Speaker\n\nTitle\n\n- 3M views\n- 3 demos\n",
                   against: "# A\n\n## Talks\n\n### Conf 2021, Speaker\n\nTitle\n\n- 300만 views\n- 2 demos\n",
                   gives: ["5: warning: period differs: 2022 here, 2021 in resume.md:5",
                           "10: warning: figures differ: 3 here, 2 in resume.md:10"])
    }

    func testAJSONTranslationHasNoLinesButStillCompares() throws {
        let original = "# A\n\n## Experience\n\n### X (2019.01 ~ 2020.01)\n\n- 5 servers\n"
        let json = #"{"basics": {"name": "A"}, "work": [{"name": "X", "startDate": "2019-01", "endDate": "2020-01", "highlights": ["6 servers"]}]}"#
        let found = TranslationCheck.compare(try side(json, name: "resume.en.json"), with: try side(original, name: "resume.md"))
        XCTAssertEqual(found.map(\.description), [" warning: figures differ: 6 here, 5 in resume.md:7"])
    }
}

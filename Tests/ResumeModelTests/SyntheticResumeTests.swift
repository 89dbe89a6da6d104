import Foundation
import XCTest
@testable import ResumeModel
import TestSupport

final class SyntheticResumeTests: XCTestCase {
    func testTenThousandLinesParseWithoutDiagnostics() throws {
        let text = SyntheticResume.markdown(lines: 10_000)
        let lineCount = text.split(separator: "\n", omittingEmptySubsequences: false).count
        XCTAssertEqual(Double(lineCount), 10_000, accuracy: 500)
        let bytes = Array(text.utf8)

        let clock = ContinuousClock()
        var result: ParseResult?
        let elapsed = clock.measure { result = ResumeParser.parse(bytes) }
        // Printed, not asserted: the number is for the report and the bench, not a gate.
        print("SyntheticResume 10,000 lines (\(bytes.count) bytes): parse took \(elapsed)")

        XCTAssertEqual(result?.diagnostics, [])
        let resume = try XCTUnwrap(result?.resume)
        XCTAssertGreaterThan(resume.jobs.count, 100)
        XCTAssertGreaterThan(resume.talks.count, 50)
        XCTAssertGreaterThan(resume.skillGroups.count, 20)
        XCTAssertEqual(resume.sections.map(\.kind), [.contact, .career, .talks, .skills, .closing])
        XCTAssertTrue(resume.jobs.contains { $0.period?.end == .ongoing })
    }

    func testSmallSizesAreStillValid() {
        for lines in [0, 1, 50, 200] {
            let result = ResumeParser.parse(SyntheticResume.markdown(lines: lines))
            XCTAssertEqual(result.diagnostics, [], "\(lines)")
            XCTAssertNotNil(result.resume)
        }
    }

    func testDeterministic() {
        XCTAssertEqual(SyntheticResume.markdown(lines: 500), SyntheticResume.markdown(lines: 500))
    }
}

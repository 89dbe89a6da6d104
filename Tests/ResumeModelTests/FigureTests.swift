import XCTest
@testable import ResumeModel

/// Figures compared by value, however a language writes them.
final class FigureTests: XCTestCase {
    private func values(_ text: String) -> [String] {
        Figure.all(in: text).map { "\($0.mantissa)e\($0.exponent)" }
    }

    private func assertSame(_ korean: String, _ english: String, file: StaticString = #filePath, line: UInt = #line) {
        let found = Figure.all(in: korean), other = Figure.all(in: english)
        XCTAssertFalse(found.isEmpty, "no figure in \(korean)", file: file, line: line)
        XCTAssertEqual(found, other, "\(korean) | \(english)", file: file, line: line)
    }

    func testKoreanUnits() {
        assertSame("MAU 300만", "3M MAU")
        assertSame("매출 1억", "KRW 100M")
        assertSame("100만원", "KRW 1M")
        assertSame("2천", "2,000")
        assertSame("1,000만", "10 million")
        assertSame("3조", "3 trillion")
    }

    func testKoreanCompoundsAddUp() {
        assertSame("1억 5천만 원", "KRW 150M")
        assertSame("2천5백", "2,500")
        XCTAssertEqual(Figure.all(in: "300만, 100만").count, 2)
    }

    func testEnglishUnitsAndWords() {
        assertSame("1.5K", "1,500")
        assertSame("10k", "10 thousand")
        assertSame("2B", "2 billion")
        assertSame("2.3M", "230만")
        assertSame("1.5 Million", "150만")
    }

    func testThousandsSeparatorsAndDecimals() {
        XCTAssertEqual(values("1,234,567 and 3.25"), ["1234567e0", "325e-2"])
        XCTAssertEqual(values("1,23"), ["1e0", "23e0"])
    }

    func testPercentagesAreTheirNumber() {
        assertSame("40% 절감", "cut by 40 percent")
        XCTAssertEqual(Figure.all(in: "40% 절감").map(\.text), ["40%"])
    }

    func testUnitsNeedToStandAlone() {
        // 100ms, 3MB, 2000reqps: the letters after the number are not a multiplier.
        XCTAssertEqual(values("100ms 3MB 2000reqps"), ["1e2", "3e0", "2e3"])
    }

    func testMonthsAndDottedDatesAreNotFigures() {
        XCTAssertEqual(values("2020년 3월간 매출"), ["202e1"])
        XCTAssertEqual(values("2019年8月"), ["2019e0"])
        XCTAssertEqual(values("since 2019.09.02, v3.10.1"), [])
    }

    func testRangesAreTwoFigures() {
        assertSame("1~3개", "1–3")
    }

    func testUnmatchedCountsRepeats() {
        let here = Figure.all(in: "5, 5, 3M"), there = Figure.all(in: "5, 300만")
        XCTAssertEqual(Figure.unmatched(here, in: there).map(\.text), ["5"])
        XCTAssertEqual(Figure.unmatched(there, in: here), [])
    }

    func testANumberTooLongIsSkipped() {
        XCTAssertEqual(values("123456789012345678901234567890"), [])
    }
}

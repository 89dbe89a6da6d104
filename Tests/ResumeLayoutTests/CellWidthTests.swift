// The width table in Sources/ResumeLayout/WidthTable.swift was generated with:
//
//   #include <wchar.h>
//   #include <locale.h>
//   #include <stdio.h>
//   int main() { setlocale(LC_ALL, "C.UTF-8");
//     for (int want = 0; want <= 2; want += 2) { int start = -1;
//       for (int c = 0; c <= 0x110000; c++) {
//         int w = (c < 0x110000 && !(c >= 0xD800 && c <= 0xDFFF)) ? wcwidth(c) : -9;
//         if (w == want && start < 0) start = c;
//         if (w != want && start >= 0) { printf("0x%X, 0x%X,\n", start, c - 1); start = -1; } } } }
//
// (dropping U+0000, which is a control here). These tests keep it honest.

import Foundation
import Glibc
import XCTest
@testable import ResumeLayout

final class CellWidthTests: XCTestCase {
    override class func setUp() {
        super.setUp()
        setlocale(LC_ALL, "C.UTF-8")
    }

    /// glibc's `wcwidth`, found at run time: the Glibc module does not export it (its
    /// declaration hides behind _XOPEN_SOURCE).
    private static let wcwidth: @convention(c) (Int32) -> Int32 = {
        guard let symbol = dlsym(nil, "wcwidth") else { fatalError("glibc has no wcwidth") }
        return unsafeBitCast(symbol, to: (@convention(c) (Int32) -> Int32).self)
    }()

    private func glibcWidth(_ scalar: Unicode.Scalar) -> Int {
        Int(Self.wcwidth(Int32(bitPattern: scalar.value)))
    }

    /// Scalars the layout deliberately shows differently from wcwidth: controls and the
    /// hiding format characters become a one-cell stand-in (see InertText).
    private func isReplaced(_ scalar: Unicode.Scalar) -> Bool { InertText.replacement(for: scalar) != nil }

    func testEveryCharacterOfResumeMatchesWcwidth() throws {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("Fixtures/owner/resume.md")
        let text = try String(contentsOf: url, encoding: .utf8)
        var compared = 0
        for character in text {
            let scalars = Array(character.unicodeScalars)
            if scalars.contains(where: isReplaced) {
                XCTAssertEqual(CellWidth.of(character), scalars.count == 2 ? 2 : 1, "control \(scalars)")
                continue
            }
            let expected = min(2, scalars.map(glibcWidth).reduce(0, +))
            XCTAssertEqual(CellWidth.of(character), expected, "\(character) \(scalars.map { String($0.value, radix: 16) })")
            compared += 1
        }
        XCTAssertGreaterThan(compared, 3000)
        // The whole file, as a string, too.
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        for line in lines {
            let expected = line.unicodeScalars.map(glibcWidth).reduce(0, +)
            XCTAssertEqual(CellWidth.of(String(line)), expected, String(line))
        }
    }

    func testSampledRangesMatchWcwidth() {
        let ranges: [(String, ClosedRange<UInt32>, UInt32)] = [
            ("ASCII", 0x20...0x7E, 1),
            ("Latin-1 and Extended", 0xA0...0x24F, 1),
            ("Hangul syllables", 0xAC00...0xD7A3, 1),
            ("Hangul jamo", 0x1100...0x11FF, 1),
            ("Hangul compatibility jamo", 0x3131...0x318E, 1),
            ("Hangul jamo extended", 0xA960...0xA97C, 1),
            ("CJK ideographs", 0x4E00...0x9FFF, 7),
            ("CJK extension B", 0x20000...0x2A6DF, 101),
            ("kana", 0x3041...0x30FF, 1),
            ("CJK symbols", 0x3000...0x303F, 1),
            ("fullwidth forms", 0xFF01...0xFF60, 1),
            ("fullwidth signs", 0xFFE0...0xFFE6, 1),
            ("halfwidth forms", 0xFF61...0xFFDC, 1),
            ("combining diacritics", 0x300...0x36F, 1),
            ("combining extended", 0x1AB0...0x1ACE, 1),
            ("combining for symbols", 0x20D0...0x20F0, 1),
            ("combining half marks", 0xFE20...0xFE2F, 1),
            ("variation selectors", 0xFE00...0xFE0F, 1),
            ("general punctuation", 0x2000...0x206F, 1),
            ("emoji", 0x1F300...0x1F64F, 1),
            ("more emoji", 0x1F900...0x1F9FF, 1),
            ("dingbats", 0x2700...0x27BF, 1),
            ("misc symbols", 0x2600...0x26FF, 1),
            ("Cyrillic and Greek", 0x370...0x4FF, 1),
            ("Devanagari", 0x900...0x97F, 1),
            ("Arabic", 0x600...0x6FF, 1),
        ]
        for (name, range, step) in ranges {
            var compared = 0
            for value in stride(from: range.lowerBound, through: range.upperBound, by: Int(step)) {
                guard let scalar = Unicode.Scalar(value) else { continue }
                let expected = glibcWidth(scalar)
                if isReplaced(scalar) {
                    XCTAssertEqual(CellWidth.of(Character(scalar)), 1, "\(name) U+\(String(value, radix: 16))")
                    continue
                }
                guard expected >= 0 else { continue }  // unassigned in glibc's Unicode
                XCTAssertEqual(CellWidth.of(Character(scalar)), expected, "\(name) U+\(String(value, radix: 16))")
                compared += 1
            }
            XCTAssertGreaterThan(compared, 5, name)
        }
    }

    func testClusters() {
        XCTAssertEqual(CellWidth.of("레디스"), 6)
        XCTAssertEqual(CellWidth.of("\u{1105}\u{1166}\u{1103}\u{1175}"), 4, "NFD Hangul: two syllables")
        XCTAssertEqual(CellWidth.of("e\u{301}"), 1)
        XCTAssertEqual(CellWidth.of("👨‍👩‍👧"), 2, "ZWJ family")
        XCTAssertEqual(CellWidth.of("🏳️‍🌈"), 2, "flag with VS16 and ZWJ")
        XCTAssertEqual(CellWidth.of("☺\u{FE0F}"), 2, "text-default emoji with VS16")
        XCTAssertEqual(CellWidth.of("☺"), 1)
        XCTAssertEqual(CellWidth.of("👍🏽"), 2, "skin tone")
        XCTAssertEqual(CellWidth.of("🇰🇷"), 2, "regional indicator pair")
        XCTAssertEqual(CellWidth.of("1\u{FE0F}\u{20E3}"), 2, "keycap")
        XCTAssertEqual(CellWidth.of("\u{301}"), 0, "a lone combining mark")
        XCTAssertEqual(CellWidth.of("\u{200D}"), 0)
        XCTAssertEqual(CellWidth.of("ＡＢ"), 4)
        XCTAssertEqual(CellWidth.of("\u{1B}[6n"), 4, "ESC counts as its picture ␛")
        XCTAssertEqual(CellWidth.of("\u{202E}"), 1, "RLO counts as its stand-in")
        XCTAssertEqual(CellWidth.of("\r\n"), 2)
        XCTAssertEqual(CellWidth.of(""), 0)
    }

    func testWidthIsUnchangedByMakingInert() {
        for sample in ["a\u{1B}]0;title\u{07}b", "\u{9B}6n", "x\u{202E}y\u{2066}z", "\u{7F}\r\n", "레디스\u{0}"] {
            XCTAssertEqual(CellWidth.of(sample), CellWidth.of(InertText.make(sample)), sample.debugDescription)
        }
    }
}

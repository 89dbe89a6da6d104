// The table in Sources/ResumeLayout/AmbiguousTable.swift was generated with:
//
//   import unicodedata, ctypes, locale
//   locale.setlocale(locale.LC_ALL, "C.UTF-8")
//   libc = ctypes.CDLL("libc.so.6"); libc.wcwidth.argtypes = [ctypes.c_wchar]
//   ranges = []
//   for c in range(0xA0, 0x110000):
//       if 0xD800 <= c <= 0xDFFF: continue
//       if unicodedata.east_asian_width(chr(c)) != "A" or libc.wcwidth(chr(c)) != 1: continue
//       if ranges and ranges[-1][1] == c - 1: ranges[-1][1] = c
//       else: ranges.append([c, c])
//
// printed as flat pairs, eight to a line.

import XCTest
@testable import ResumeLayout

final class AmbiguousStandInTests: XCTestCase {
    func testTheSymbolsOurScreensDrawAreAmbiguousAndLettersOfWideScriptsAreNot() {
        for symbol in "←→↑↓•·–—…│─※°×①★○●éαЖ€" {
            XCTAssertTrue(AmbiguousStandIn.isAmbiguous(symbol.unicodeScalars.first!), "\(symbol) is East Asian Ambiguous")
        }
        for plain in "aZ~ñäçö한글中文かな・₩ㄱ｜" {
            XCTAssertFalse(AmbiguousStandIn.isAmbiguous(plain.unicodeScalars.first!), "\(plain) is not ambiguous")
        }
    }

    func testEveryAmbiguousScalarHasAOneCellPrintableASCIIStandIn() {
        let table = AmbiguousTable.ranges
        for pair in stride(from: 0, to: table.count, by: 2) {
            // The private-use planes are 137,000 scalars of one kind: a sample of each is enough.
            var value = table[pair]
            var checked = 0
            while value <= table[pair + 1], checked < 400 {
                defer { value += 1; checked += 1 }
                guard let scalar = Unicode.Scalar(value) else { continue }
                XCTAssertTrue(AmbiguousStandIn.isAmbiguous(scalar))
                let standIn = AmbiguousStandIn.standIn(for: scalar)
                let ascii = standIn.asciiValue ?? 0
                XCTAssertTrue(ascii >= 0x21 && ascii < 0x7F, "U+\(String(value, radix: 16)) stands in as \(standIn)")
            }
        }
    }

    func testStandInsReadLikeTheCharacterTheyReplace() {
        let expected: [(String, String)] = [
            ("← → ↑ ↓ ⇒ ↔", "< > ^ v > -"),
            ("• · – — … ※", "* . - - . *"),
            ("Résumé, Æsir, ß, Łódź", "Resume, Asir, s, Lodź"),
            ("αβγ ΑΩ", "abg AO"),
            ("Москва", "Moskva"),
            ("①②⑨ ⓐⒶ", "129 aA"),
            ("─│┌┼ █▒ ▶▲ ★○●", "-|++ ## >^ *o*"),
            ("“quoted” ‘x’ 5° 3×4 ±1 ≤ ≥ ≠", "\"quoted\" 'x' 5o 3x4 +1 < > #"),
        ]
        for (text, shown) in expected {
            XCTAssertEqual(AmbiguousStandIn.forWideTerminal(text), shown)
        }
    }

    func testReplacingKeepsEveryCellWhereTheLayoutPutIt() {
        let samples = [
            "2019.03 – 현재 · 7년 8개월 • Redis 1,000+ → 2,000 nodes…",
            "北京 · 東京 ★ 経歴 ①", "Ærøskøbing — Zürich · Αθήνα", "👍 ↔️ ✔ plain",
        ]
        for text in samples {
            let shown = AmbiguousStandIn.forWideTerminal(text)
            XCTAssertEqual(CellWidth.of(shown), CellWidth.of(text), text)
            XCTAssertEqual(shown.count, text.count, "one character for one: \(text)")
            let oneCellAmbiguous = shown.filter { CellWidth.of($0) == 1 && AmbiguousStandIn.isAmbiguous($0.unicodeScalars.first!) }
            XCTAssertEqual(oneCellAmbiguous, "", "left for the terminal to draw wide: \(shown)")
        }
    }

    func testWideClustersAndCombiningSequencesAreLeftAsTheyAre() {
        // An emoji presentation sequence is two cells on every terminal.
        XCTAssertEqual(AmbiguousStandIn.forWideTerminal("↔\u{FE0F}"), "↔\u{FE0F}")
        // A base letter that is not ambiguous keeps its accent.
        XCTAssertEqual(AmbiguousStandIn.forWideTerminal("e\u{301}"), "e\u{301}")
        XCTAssertEqual(AmbiguousStandIn.forWideTerminal("plain ascii"), "plain ascii")
    }
}

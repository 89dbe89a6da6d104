// Measures the layout module's cost at growing résumé sizes; run by scripts/bench, not by
// the tests:  swift run -c release resume-bench
//
// For each résumé: laying out every page at 80 columns (preparing included), relaying out
// at 100 columns (a resize), building the search index, a full search, and one
// incremental search step (one more character). Median and minimum of several runs, in ms.
//
// `resume-bench --print-synthetic N` prints instead a synthetic résumé of about N Markdown
// lines (`SyntheticResume.markdown(lines:)`), for measuring the program on a long file.

import Glibc  // exit
import ResumeContent
import ResumeLayout
import ResumeModel
import TestSupport

let today = CalendarDate(year: 2026, month: 11, day: 24)

/// Milliseconds `body` takes: the median and the minimum of `runs` runs.
func measure(runs: Int, _ body: () -> Void) -> (median: Double, min: Double) {
    let clock = ContinuousClock()
    var times: [Double] = []
    for _ in 0..<runs {
        let elapsed = clock.measure(body)
        let (seconds, attoseconds) = elapsed.components
        times.append(Double(seconds) * 1000 + Double(attoseconds) / 1e15)
    }
    times.sort()
    return (times[times.count / 2], times[0])
}

func format(_ t: (median: Double, min: Double)) -> String {
    func ms(_ v: Double) -> String {
        let hundredths = Int(v * 100 + 0.5)  // no .rounded(): it needs libm, which this target does not link
        let frac = hundredths % 100
        return "\(hundredths / 100).\(frac < 10 ? "0" : "")\(frac)"
    }
    let cell = "\(ms(t.median)) / \(ms(t.min))"
    return String(repeating: " ", count: max(0, 19 - cell.count)) + cell
}

func pad(_ s: String, _ width: Int) -> String { s + String(repeating: " ", count: max(0, width - s.count)) }

// MARK: - The résumés

/// A résumé of about `lines` Markdown lines, the same the tests use, as the program reads it.
func syntheticResume(lines: Int) -> Resume {
    ResumeParser.parse(SyntheticResume.markdown(lines: lines)).resume ?? Resume(name: "synthetic")
}

// MARK: - The run

let arguments = CommandLine.arguments
if let flag = arguments.firstIndex(of: "--print-synthetic") {
    guard flag + 1 < arguments.count, let lines = Int(arguments[flag + 1]), (1...10_000_000).contains(lines) else {
        print("usage: resume-bench [--print-synthetic LINES]")
        exit(2)
    }
    print(SyntheticResume.markdown(lines: lines), terminator: "")
    exit(0)
}

// MARK: - Parsing

// Markdown to `Resume` (cmark-gfm, then finding the structure): the owner's file and
// synthetic résumés of growing length, as `resume-tui --file` reads them.
print("ResumeModel parse benchmark: median / min of several runs, ms")
print(pad("résumé", 14) + pad("  bytes", 15) + String(repeating: " ", count: 14) + "parse")
var parseCases: [(String, [UInt8], Int)] = [("resume.md", ResumeContent.bytes, 25)]
for lines in [1_000, 10_000, 100_000] {
    parseCases.append(("\(lines) lines", Array(SyntheticResume.markdown(lines: lines).utf8), lines >= 100_000 ? 5 : lines >= 10_000 ? 9 : 15))
}
for (name, bytes, runs) in parseCases {
    let time = measure(runs: runs) { _ = ResumeParser.parse(bytes) }
    print(pad(name, 14) + pad("  \(bytes.count)", 15) + format(time))
}
print("")

var cases: [(String, Resume, Int)] = []
if let real = RealResume.load() { cases.append(("resume.md", real, 15)) } else { print("(resume.md did not parse; skipped)") }
for lines in [100, 1_000, 10_000, 100_000] {
    cases.append(("\(lines) lines", syntheticResume(lines: lines), lines >= 100_000 ? 5 : lines >= 10_000 ? 9 : 15))
}

print("ResumeLayout benchmark: median / min of several runs, ms")
print(pad("résumé", 14) + pad("  screen lines", 15) + ["layout @80", "relayout @100", "search index", "full search", "search +1 char"]
    .map { String(repeating: " ", count: 19 - $0.count) + $0 }.joined() + "   matches")
for (name, resume, runs) in cases {
    let layoutTime = measure(runs: runs) {
        let document = ResumeDocument(resume, today: today)
        _ = document.layoutAll(width: 80)
    }
    let document = ResumeDocument(resume, today: today)
    let layouts = document.layoutAll(width: 80)
    let relayout = measure(runs: runs) { _ = document.layoutAll(width: 100) }
    let index = measure(runs: runs) { _ = Searcher(layouts: layouts) }
    let searcher = Searcher(layouts: layouts)
    var found = 0
    let full = measure(runs: runs) { found = searcher.freshSearch("레디").count }
    var primed = searcher
    _ = primed.search("레디")
    let step = measure(runs: runs) {
        var s = primed
        found = s.search("레디스").count
    }
    let screenLines = layouts.reduce(0) { $0 + $1.lines.count }
    print(pad(name, 14) + pad("  \(screenLines)", 15) + format(layoutTime) + format(relayout) + format(index) + format(full) + format(step) + "   \(found)")
    _ = found
}

import ResumeLayout
import ResumeModel

/// libFuzzer entry: resume.md bytes through the parser, the layout at a few widths, and a
/// search whose query is the input's last line. Traps (so libFuzzer reports a crash) when
/// laid-out text holds a control character or a line breaks the width rule.
/// Built only by `scripts/fuzz` (`--sanitize=fuzzer`); in a normal build it is inert.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzParser(_ data: UnsafePointer<UInt8>, _ size: Int) -> Int32 {
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    // No résumé (no `# Name` line) is an error the owner is told about; nothing to lay out.
    guard let resume = ResumeParser.parse(bytes).resume else { return 0 }
    let document = ResumeDocument(resume, today: CalendarDate(year: 2026, month: 11))
    let query = String(decoding: bytes.split(separator: 10).last ?? [], as: UTF8.self)
    for width in [1, 7, 33, 80] {
        let layouts = document.layoutAll(width: width)
        for layout in layouts {
            for line in layout.lines {
                precondition(Wrap.fits(line, width: width), "line wider than \(width): \(line.text.debugDescription)")
                for scalar in line.text.unicodeScalars {
                    precondition(!(scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value)),
                                 "control U+\(String(scalar.value, radix: 16)) in laid-out text")
                }
            }
        }
        var searcher = Searcher(layouts: layouts)
        // Typed one character at a time, as the prompt does, then the whole query fresh.
        var typed = ""
        for character in query.prefix(12) {
            typed.append(character)
            _ = searcher.search(typed)
        }
        let fresh = searcher.freshSearch(typed)
        precondition(fresh == searcher.search(typed), "incremental search differs from a fresh one")
    }
    return 0
}

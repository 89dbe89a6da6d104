import ResumeLayout
import ResumeModel
import ResumeViewer

extension TerminalApp {
    /// What a session computes before its first screen, short of the terminal itself:
    /// the probe's answers read, the document laid out, the first frame composed and its
    /// colours chosen. The session starter does it once, so that every session it forks
    /// finds the Swift runtime's lookups (each generic type's first use scans every
    /// protocol conformance in the binary: about 1 ms a start, `perf record`) and the
    /// lazily built tables already done. Nothing here touches the terminal, ncurses or
    /// the locale, and nothing it makes is kept.
    public static func warmUp(resume: Resume, options: UIOptions) {
        let answers = ProbeAnswers(Array("\u{1B}[1;2R\u{1B}]11;rgb:0000/0000/0000\u{1B}\\\u{1B}[?62;22c".utf8))
        let document = Document(resume: resume, reading: options.translations, today: options.today, glyphs: .unicode)
        let state = firstState(document, width: 80, height: 24, options: options, answers: answers)
        let frame = compose(state, document)
        // A session lays out a page when it is first shown and builds the search index at
        // the first search: done here once, so that their first use in a session finds the
        // runtime's lookups made (about 0.15 ms of a session's first `2`, which takes 2 ms).
        for page in 0..<document.pageCount { _ = document.layout(page: page, width: 80) }
        _ = document.search("a", width: 80)
        _ = Palette(theme: state.theme, colors: .extended).linkSGR
        _ = frame.links
        var reader = KeyReader()
        _ = reader.feed(Int32(UInt8(ascii: "j")))
    }
}

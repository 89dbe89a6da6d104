/// Finds text in laid-out pages, as a person reading them would: across a line the wrap
/// broke, ignoring case and Unicode normalization, and with Korean initial consonants
/// (`ㄹㄷㅅ` finds 레디스).
///
/// Built from the layouts of every page at one width (positions are cells on those
/// lines), so rebuild it after a resize. Searching is incremental: each query remembers
/// where it matched, and a query that only narrows an earlier one (one more character,
/// or a syllable completing a consonant) checks only those places.
public struct Searcher: Sendable {
    /// One page's text as keys, one per grapheme cluster, with where each is drawn.
    struct PageText: Sendable {
        var keys: [UInt32] = []
        /// The line of each key; -1 for the space a soft wrap took away (and paragraph ends).
        var lines: [Int32] = []
        var starts: [Int32] = []
        var ends: [Int32] = []
    }

    /// How the last search was answered.
    public enum Scan: Equatable, Sendable {
        /// The query was empty.
        case none
        /// Every position of every page was checked.
        case full
        /// Only the places where an earlier query matched were checked.
        case refined(candidates: Int)
    }

    let pages: [PageText]
    let keys: SearchKeys
    /// Earlier queries of this run of typing and where each matched (overlapping matches
    /// included, so a longer query can be checked at each), newest last.
    private var history: [(units: [QueryUnit], starts: [[Int32]])] = []
    public private(set) var lastScan: Scan = .none

    /// Indexes the pages' text. `layouts[i]` is page i.
    public init(layouts: [PageLayout]) {
        var keys = SearchKeys()
        var pages: [PageText] = []
        pages.reserveCapacity(layouts.count)
        for layout in layouts {
            var text = PageText()
            for (index, line) in layout.lines.enumerated() {
                let flow = layout.flow.indices.contains(index) ? layout.flow[index] : LineFlow(indent: 0, join: .end)
                var cell = 0
                for span in line.spans {
                    for character in span.text {
                        let w = CellWidth.of(character)
                        defer { cell += w }
                        // Indentation is layout, not text: a match runs from the end of one
                        // line to the first letter of the next.
                        if cell < flow.indent, character == " " { continue }
                        text.keys.append(keys.intern(character))
                        text.lines.append(Int32(index))
                        text.starts.append(Int32(cell))
                        text.ends.append(Int32(cell + w))
                    }
                }
                switch flow.join {
                case .word: break
                case .space: text.append(key: 0x20)
                case .end: text.append(key: SearchKeys.paragraphEnd)
                }
            }
            pages.append(text)
        }
        self.pages = pages
        self.keys = keys
    }

    /// The matches of `query` in reading order (page, line, cell), not overlapping.
    /// Refines the previous query's matches when it can (see the type's summary).
    public mutating func search(_ query: String) -> [SearchMatch] {
        let units = queryUnits(query)
        guard !units.isEmpty else {
            history.removeAll()
            lastScan = .none
            return []
        }
        // Drop earlier queries that do not cover this one: a deleted character, or a
        // syllable changing under the input method ("렏" becoming "레디").
        while let last = history.last, !Self.covers(last.units, units) { history.removeLast() }
        let starts: [[Int32]]
        if let base = history.last {
            starts = refine(base.starts, units)
            lastScan = .refined(candidates: base.starts.reduce(0) { $0 + $1.count })
        } else {
            // Nothing typed before narrows this query (its first character, or a new
            // word): a full scan, linear in the text, about a millisecond per 1,000 lines.
            starts = scan(units)
            lastScan = .full
        }
        if history.last?.units != units { history.append((units, starts)) }
        return matches(starts, length: units.count)
    }

    /// The matches of `query`, always by a full scan; leaves the incremental state alone.
    public func freshSearch(_ query: String) -> [SearchMatch] {
        let units = queryUnits(query)
        guard !units.isEmpty else { return [] }
        return matches(scan(units), length: units.count)
    }

    // MARK: - Matching

    func queryUnits(_ query: String) -> [QueryUnit] {
        query.map { character in
            let key = keys.lookup(character)
            if let initial = Hangul.initialIndex(ofKey: SearchKeys.direct(character) ?? key) {
                return .initial(initial)
            }
            return .exact(key)
        }
    }

    /// Whether every match of `new` starts where `old` matched.
    static func covers(_ old: [QueryUnit], _ new: [QueryUnit]) -> Bool {
        guard old.count <= new.count else { return false }
        for index in old.indices where !old[index].covers(new[index]) { return false }
        return true
    }

    private func matchesAt(_ text: PageText, _ start: Int, _ units: [QueryUnit]) -> Bool {
        guard start + units.count <= text.keys.count else { return false }
        for (offset, unit) in units.enumerated() where !unit.matches(text.keys[start + offset]) {
            return false
        }
        return true
    }

    private func scan(_ units: [QueryUnit]) -> [[Int32]] {
        pages.map { text in
            var found: [Int32] = []
            guard text.keys.count >= units.count, let first = units.first else { return found }
            for start in 0...(text.keys.count - units.count)
            where first.matches(text.keys[start]) && matchesAt(text, start, units) {
                found.append(Int32(start))
            }
            return found
        }
    }

    private func refine(_ previous: [[Int32]], _ units: [QueryUnit]) -> [[Int32]] {
        zip(pages, previous).map { text, starts in
            starts.filter { matchesAt(text, Int($0), units) }
        }
    }

    /// Positions to matches: overlapping ones dropped (the earlier wins), each cut into
    /// one fragment per line it touches.
    private func matches(_ starts: [[Int32]], length: Int) -> [SearchMatch] {
        var result: [SearchMatch] = []
        for (page, pageStarts) in starts.enumerated() {
            let text = pages[page]
            var free = 0
            for start in pageStarts.map(Int.init) where start >= free {
                free = start + length
                var fragments: [SearchMatch.Fragment] = []
                for index in start..<(start + length) where text.lines[index] >= 0 {
                    let line = Int(text.lines[index])
                    if let last = fragments.last, last.line == line {
                        fragments[fragments.count - 1].endCell = Int(text.ends[index])
                    } else {
                        fragments.append(.init(line: line, startCell: Int(text.starts[index]), endCell: Int(text.ends[index])))
                    }
                }
                if !fragments.isEmpty { result.append(SearchMatch(page: page, fragments: fragments)) }
            }
        }
        return result
    }
}

extension Searcher.PageText {
    /// A key with no place on screen: the space a soft wrap took, or a paragraph's end.
    mutating func append(key: UInt32) {
        keys.append(key)
        lines.append(-1)
        starts.append(-1)
        ends.append(-1)
    }
}

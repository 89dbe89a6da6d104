import ResumeLayout
import ResumeModel

/// The recruiter demo: the résumé presenting itself, step by step, as a presenter would.
///
/// A tour is only a list of timed actions for the same reducer a person drives, so it
/// can never show something the viewer can't, and any key stops it where it stands.
/// Its stops come from the résumé itself (its pages, its figures, its words), so a
/// fork's tour shows the fork's own résumé.
public struct Tour: Sendable {
    public struct Step: Equatable, Sendable {
        /// Milliseconds to wait before this step, at speed 1.
        public var delay: Int
        public var action: Action
        /// What the footer says from this step on (nil keeps the previous caption).
        public var caption: String?
    }

    public private(set) var steps: [Step] = []

    /// The tour of `document` laid out at `width` with `bodyHeight` rows: About, each
    /// page scrolled through, the résumé's first figures found by search (1000개, p99
    /// 150ms), for a Korean résumé a search by initial consonants of its most used word,
    /// and the contacts at the end. Its captions are in the résumé's language.
    public init(document: Document, width: Int, bodyHeight: Int) {
        let words = document.words
        add(0, .goToPage(0), words.tourOpening(document.name))
        add(3000, .top)
        let figures = Self.figures(document, width: width)
        var figuresShown = 0
        for page in document.pages.indices.dropFirst() {
            add(2500, .goToPage(page), document.pages[page].title)
            let lines = document.lineCount(page: page, width: width)
            let steps = min(max(lines - bodyHeight, 0), 2 * bodyHeight)
            for _ in 0..<steps { add(120, .scroll(1)) }
            if steps > 0 { add(1500, .top) }
            // After the first page with entries, the figures that prove them.
            if figuresShown == 0, !figures.isEmpty {
                for figure in figures { search(figure, words.keyFigure(figure)) }
                figuresShown = figures.count
                add(2000, .escape)
            }
        }
        if let word = Self.koreanWord(document), let initials = KoreanInitials.of(word),
           !document.search(initials, width: width).isEmpty {
            search(initials, words.initialsSearch(initials, word))
        }
        add(3000, .escape)
        add(0, .goToPage(0), words.contacts)
        add(800, .bottom)
        add(4000, .top, words.thanks)
        add(2000, .top)
    }

    private mutating func add(_ delay: Int, _ action: Action, _ caption: String? = nil) {
        steps.append(Step(delay: delay, action: action, caption: caption))
    }

    /// Types a query one character at a time, then jumps to its first match.
    private mutating func search(_ query: String, _ caption: String) {
        add(2000, .beginSearch, caption)
        for character in query { add(250, .searchInsert(String(character))) }
        add(700, .searchSubmit)
    }

    /// The résumé's first figures (at most three, each found by search), in reading order.
    static func figures(_ document: Document, width: Int) -> [String] {
        var chosen: [String] = []
        for figure in Highlights.figures(in: document.resume) where !chosen.contains(figure) {
            guard chosen.count < 3 else { break }
            if !document.search(figure, width: width).isEmpty { chosen.append(figure) }
        }
        return chosen
    }

    /// The Korean word of two to four syllables the résumé uses most, if it has one.
    static func koreanWord(_ document: Document) -> String? {
        var counts: [String: Int] = [:]
        var order: [String] = []
        for text in document.resume.inlineTexts.map(\.plainText) + document.resume.titles {
            for word in text.split(whereSeparator: { $0.isWhitespace || $0.isPunctuation }) {
                let word = String(word)
                guard (2...4).contains(word.count), KoreanInitials.of(word) != nil else { continue }
                if counts[word] == nil { order.append(word) }
                counts[word, default: 0] += 1
            }
        }
        return order.max { (counts[$0] ?? 0, -(order.firstIndex(of: $0) ?? 0)) < (counts[$1] ?? 0, -(order.firstIndex(of: $1) ?? 0)) }
    }
}

/// Plays a tour against the clock.
public struct TourPlayer: Sendable {
    public let tour: Tour
    let speed: Double
    let loop: Bool
    private var index = 0
    private var due: ContinuousClock.Instant

    public init(tour: Tour, speed: Double, loop: Bool, now: ContinuousClock.Instant) {
        self.tour = tour
        self.speed = max(speed, 0.01)
        self.loop = loop
        self.due = now + delay(of: 0, tour: tour, speed: self.speed)
    }

    public var finished: Bool { index >= tour.steps.count }

    /// Milliseconds until the next step (0 when it is due).
    public func millisecondsUntilNext(now: ContinuousClock.Instant) -> Int {
        guard !finished else { return Int.max }
        let remaining = now.duration(to: due)
        let (seconds, attoseconds) = remaining.components
        return max(Int(seconds) * 1000 + Int(attoseconds / 1_000_000_000_000_000), 0)
    }

    /// The step that is due at `now`, if any, advancing past it.
    public mutating func next(now: ContinuousClock.Instant) -> Tour.Step? {
        guard !finished, now >= due else { return nil }
        let step = tour.steps[index]
        index += 1
        if finished && loop { index = 0 }
        if !finished { due = now + delay(of: index, tour: tour, speed: speed) }
        return step
    }
}

private func delay(of index: Int, tour: Tour, speed: Double) -> Duration {
    guard tour.steps.indices.contains(index) else { return .zero }
    return .milliseconds(Int(Double(tour.steps[index].delay) / speed))
}

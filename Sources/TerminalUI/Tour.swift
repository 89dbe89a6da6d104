/// The recruiter demo: the résumé presenting itself, step by step, as a presenter would.
///
/// A tour is only a list of timed actions for the same reducer a person drives, so it
/// can never show something the viewer can't, and any key stops it where it stands.
public struct Tour: Sendable {
    public struct Step: Equatable, Sendable {
        /// Milliseconds to wait before this step, at speed 1.
        public var delay: Int
        public var action: Action
        /// What the footer says from this step on (nil keeps the previous caption).
        public var caption: String?
    }

    public private(set) var steps: [Step] = []

    /// The tour of `document`: About, the career scrolled through with its key figures
    /// found by search, the talks, the skills, a Korean initial-consonant search, and
    /// the contacts at the end. Figures that the résumé doesn't contain are skipped.
    public init(document: Document, bodyHeight: Int) {
        let figures: [(query: String, caption: String)] = [
            ("1000개", "1000+ Redis nodes in production"),
            ("300만", "a service with 3M monthly users"),
            ("7000", "150 → 7000 req/s"),
            ("150ms", "p90 latency 1 s → 150 ms"),
        ]
        let career = document.pages.firstIndex { $0.kind == .career }
        let talks = document.pages.firstIndex { $0.kind == .talks }
        let skills = document.pages.firstIndex { $0.kind == .skills }

        add(0, .goToPage(0), "\(document.name): the résumé, presenting itself")
        add(3000, .top)
        if let career {
            add(2500, .goToPage(career), "career")
            let lines = document.lineCount(page: career)
            for _ in 0..<min(max(lines - bodyHeight, 0), 3 * bodyHeight) { add(120, .scroll(1)) }
            add(1500, .top)
        }
        for figure in figures.prefix(2) where !document.search(figure.query).isEmpty { search(figure.query, figure.caption) }
        if let talks {
            add(2000, .escape)
            add(0, .goToPage(talks), "talks at Gophercon and PyCon")
            for _ in 0..<min(document.lineCount(page: talks), bodyHeight) { add(150, .scroll(1)) }
            add(1500, .top)
        }
        if let skills {
            add(2000, .goToPage(skills), "skills")
        }
        for figure in figures.dropFirst(2) where !document.search(figure.query).isEmpty { search(figure.query, figure.caption) }
        if !document.search("ㄹㄷㅅ").isEmpty { search("ㄹㄷㅅ", "search understands Korean initials: ㄹㄷㅅ finds 레디스") }
        add(3000, .escape)
        add(0, .goToPage(0), "contacts")
        add(800, .bottom)
        add(4000, .top, "thanks for watching")
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

    /// Total length in milliseconds at `speed`.
    public func duration(speed: Double) -> Int {
        Int(Double(steps.reduce(0) { $0 + $1.delay }) / max(speed, 0.01))
    }
}

/// Plays a tour against the clock.
struct TourPlayer {
    let tour: Tour
    let speed: Double
    let loop: Bool
    private var index = 0
    private var due: ContinuousClock.Instant

    init(tour: Tour, speed: Double, loop: Bool, now: ContinuousClock.Instant) {
        self.tour = tour
        self.speed = max(speed, 0.01)
        self.loop = loop
        self.due = now + delay(of: 0, tour: tour, speed: self.speed)
    }

    var finished: Bool { index >= tour.steps.count }

    /// Milliseconds until the next step (0 when it is due).
    func millisecondsUntilNext(now: ContinuousClock.Instant) -> Int {
        guard !finished else { return Int.max }
        let remaining = now.duration(to: due)
        let (seconds, attoseconds) = remaining.components
        return max(Int(seconds) * 1000 + Int(attoseconds / 1_000_000_000_000_000), 0)
    }

    /// The step that is due at `now`, if any, advancing past it.
    mutating func next(now: ContinuousClock.Instant) -> Tour.Step? {
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

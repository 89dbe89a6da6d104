/// One way a translation parts from its original: where, in the translation, and what,
/// with the original's file and line in the message ("bullet count differs: 4 here, 5 in
/// resume.md:47").
public struct TranslationDifference: Equatable, Sendable, CustomStringConvertible {
    /// The line in the translation; nil when the file has no lines to point at (a JSON
    /// Resume file) or the thing is missing at its end.
    public var line: Int?
    public var message: String
    public init(line: Int?, _ message: String) {
        self.line = line
        self.message = message
    }

    /// `48: warning: …`, or `warning: …` with no line; prefix it with the file's name.
    public var description: String { (line.map { "\($0): " } ?? " ") + "warning: " + message }
}

/// Compares a translation with its original, as `resume-tui check` does: the same
/// sections (how many, which kinds, in order), the same entries in each, the same groups
/// and bullets in each entry, the same periods, and the same figures (by value: 300만 is
/// 3M; see `Figure`). The words are not compared: they are what a translation changes.
///
/// Sections are matched by kind, so one missing or added section is one warning, not
/// a warning for every section after it. When two sections hold different numbers of
/// entries, their entries are not compared further: which pairs with which is unknown.
public enum TranslationCheck {
    /// A file as read: the résumé, where its parts are, and its name for messages.
    public struct Side: Sendable {
        public var resume: Resume
        public var outline: Outline
        public var name: String
    }

    public static func compare(_ translation: Side, with original: Side) -> [TranslationDifference] {
        var differences = Comparison(here: translation, there: original)
        differences.part(differences.here.introPart, differences.there.introPart)
        let pairs = alignedSections(translation.resume.sections.map(\.kind), original.resume.sections.map(\.kind))
        for (position, pair) in pairs.enumerated() {
            let next = pairs[(position + 1)...].lazy.compactMap(\.here).first
            differences.sections(here: pair.here, there: pair.there, next: next)
        }
        return differences.found
    }

    /// Pairs of section indices matched by kind, longest common sequence first; an index
    /// with no partner is a section only one side has.
    static func alignedSections(_ here: [SectionKind], _ there: [SectionKind]) -> [(here: Int?, there: Int?)] {
        // lengths[i][j]: the longest common sequence of here[i...] and there[j...].
        var lengths = Array(repeating: Array(repeating: 0, count: there.count + 1), count: here.count + 1)
        for i in stride(from: here.count - 1, through: 0, by: -1) {
            for j in stride(from: there.count - 1, through: 0, by: -1) {
                lengths[i][j] = here[i] == there[j] ? lengths[i + 1][j + 1] + 1 : max(lengths[i + 1][j], lengths[i][j + 1])
            }
        }
        var pairs: [(here: Int?, there: Int?)] = []
        var i = 0, j = 0
        while i < here.count || j < there.count {
            if i < here.count, j < there.count, here[i] == there[j] {
                pairs.append((i, j))
                i += 1
                j += 1
            } else if j < there.count, i == here.count || lengths[i][j + 1] >= lengths[i + 1][j] {
                pairs.append((nil, j))
                j += 1
            } else {
                pairs.append((i, nil))
                i += 1
            }
        }
        return pairs
    }
}

extension TranslationCheck.Side {
    /// A file as parsed, named `name` in messages; nil when it could not be read at all.
    public init?(_ result: ParseResult, name: String) {
        guard let resume = result.resume else { return nil }
        self.init(resume: resume, outline: result.outline, name: name)
    }
}

/// The walk over both files, gathering what differs.
struct Comparison {
    let here: TranslationCheck.Side
    let there: TranslationCheck.Side
    var found: [TranslationDifference] = []
    /// The line of the last section compared, after which one missing at the end would go.
    private var lastLine: Int?

    init(here: TranslationCheck.Side, there: TranslationCheck.Side) {
        self.here = here
        self.there = there
    }

    /// `resume.md:47`, or the name alone when the line is unknown.
    func original(_ line: Int?) -> String {
        there.name + (line.map { ":\($0)" } ?? "")
    }

    mutating func warn(_ line: Int?, _ message: String) {
        found.append(TranslationDifference(line: line, message))
    }

    // MARK: - Sections

    /// Compares a pair of sections, or says which one side lacks; `next` is this file's
    /// next section, before which a missing one belongs.
    mutating func sections(here index: Int?, there otherIndex: Int?, next: Int?) {
        switch (index, otherIndex) {
        case let (index?, otherIndex?):
            section(index, otherIndex)
        case let (nil, otherIndex?):
            let section = there.resume.sections[otherIndex]
            let missing = "\"\(section.title)\" (\(section.kind.rawValue)) in \(original(there.sectionLine(otherIndex)))"
            if let next {
                warn(here.sectionLine(next), "a section is missing before this one: " + missing)
            } else {
                warn(lastLine, "a section is missing at the end: " + missing)
            }
        case let (index?, nil):
            let section = here.resume.sections[index]
            warn(here.sectionLine(index), "the section \"\(section.title)\" (\(section.kind.rawValue)) is not in \(there.name)")
        case (nil, nil):
            break
        }
    }

    private mutating func section(_ index: Int, _ otherIndex: Int) {
        let line = here.sectionLine(index), otherLine = there.sectionLine(otherIndex)
        lastLine = line
        part(here.introPart(ofSection: index), there.introPart(ofSection: otherIndex))
        let entries = here.resume.sections[index].entries, otherEntries = there.resume.sections[otherIndex].entries
        guard entries.count == otherEntries.count else {
            warn(line, "entry count differs: \(entries.count) here, \(otherEntries.count) in \(original(otherLine))")
            return
        }
        for (position, (entry, other)) in zip(entries, otherEntries).enumerated() {
            self.entry(entry, other, here: here.entryPlace(index, position), there: there.entryPlace(otherIndex, position))
        }
    }

    // MARK: - Entries

    private mutating func entry(_ entry: Entry, _ other: Entry, here place: Outline.EntryPlace?, there otherPlace: Outline.EntryPlace?) {
        let line = place?.line, otherLine = otherPlace?.line
        let (dates, otherDates) = (Self.dates(of: entry), Self.dates(of: other))
        if dates != otherDates {
            warn(line, "period differs: \(dates ?? "none") here, \(otherDates ?? "none") in \(original(otherLine))")
        }
        let parts = Part.parts(of: entry), otherParts = Part.parts(of: other)
        guard parts.count == otherParts.count else {
            warn(line, "group count differs: \(parts.count - 1) here, \(otherParts.count - 1) in \(original(otherLine))")
            return
        }
        for (position, (part, otherPart)) in zip(parts, otherParts).enumerated() {
            self.part(Located(part: part, place: place.flatMap { $0.parts[safe: position] } ?? Outline.PartPlace(line: line)),
                      Located(part: otherPart, place: otherPlace.flatMap { $0.parts[safe: position] } ?? Outline.PartPlace(line: otherLine)))
        }
    }

    /// When an entry ran, as it is compared: a job's start and end, a talk's or an
    /// item's date. Stated tenures ("44개월", "44 months") are words, not compared.
    static func dates(of entry: Entry) -> String? {
        func text(_ date: CalendarDate) -> String {
            date.description
        }
        switch entry {
        case .job(let job):
            guard let period = job.period else { return nil }
            switch period.end {
            case .ongoing: return text(period.start) + " – now"
            case .date(let end): return period.isSingleDate ? text(period.start) : text(period.start) + " – " + text(end)
            }
        case .talk(let talk): return talk.date.map(text)
        case .item(let item): return item.date.map(text)
        case .skill: return nil
        }
    }
}

extension Array {
    subscript(safe index: Int) -> Element? {
        indices.contains(index) ? self[index] : nil
    }
}

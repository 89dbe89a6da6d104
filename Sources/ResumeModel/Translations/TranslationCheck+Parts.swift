/// The text of a section or an entry as `TranslationCheck` compares it: its bullets,
/// each with its figures, and the figures of the rest of its text.
struct Part {
    /// The figures of each bullet (an item of a list directly in the part, with what is
    /// nested under it).
    var bullets: [[Figure]] = []
    /// The figures of everything else: paragraphs, tables, quotes, a talk's title.
    var text: [Figure] = []

    init(_ blocks: [Block], title: Inline = []) {
        text = Figure.all(in: title.plainText)
        for block in blocks {
            if case .list(let items) = block {
                bullets += items.map { item in Self.figures([.paragraph(item.text)] + item.blocks) }
            } else {
                text += Self.figures([block])
            }
        }
    }

    private static func figures(_ blocks: [Block]) -> [Figure] {
        var texts: [Inline] = []
        Resume.collect(blocks, into: &texts)
        return texts.flatMap { Figure.all(in: $0.plainText) }
    }

    /// An entry's parts, split as the outline's `EntryPlace` is: a job's or an item's own
    /// text, then each of its groups; a talk or a skill group whole.
    static func parts(of entry: Entry) -> [Part] {
        switch entry {
        case .job(let job): return [Part(job.summary)] + job.groups.map { Part($0.blocks) }
        case .item(let item): return [Part(item.blocks)] + item.groups.map { Part($0.blocks) }
        case .talk(let talk): return [Part(talk.notes, title: talk.title)]
        case .skill(let group): return [Part(group.blocks)]
        }
    }
}

/// A part and where it is in its file.
struct Located {
    var part: Part
    var place: Outline.PartPlace
}

extension TranslationCheck.Side {
    var introPart: Located {
        Located(part: Part(resume.intro), place: outline.introPlace)
    }

    func sectionLine(_ index: Int) -> Int? {
        outline.sections[safe: index]?.line
    }

    func introPart(ofSection index: Int) -> Located {
        Located(part: Part(resume.sections[index].intro),
                place: outline.sections[safe: index]?.introPlace ?? Outline.PartPlace(line: nil))
    }

    func entryPlace(_ section: Int, _ entry: Int) -> Outline.EntryPlace? {
        outline.sections[safe: section]?.entryPlaces[safe: entry]
    }
}

extension Comparison {
    /// Compares two parts: how many bullets, then the figures, bullet by bullet when
    /// the counts agree (so the warning points at the bullet), else all at once.
    mutating func part(_ located: Located, _ other: Located) {
        let (part, place) = (located.part, located.place)
        let (otherPart, otherPlace) = (other.part, other.place)
        guard part.bullets.count == otherPart.bullets.count else {
            warn(place.line, "bullet count differs: \(part.bullets.count) here, \(otherPart.bullets.count) in \(original(otherPlace.line))")
            figures(part.text + part.bullets.flatMap { $0 }, place.line,
                    otherPart.text + otherPart.bullets.flatMap { $0 }, otherPlace.line)
            return
        }
        figures(part.text, place.line, otherPart.text, otherPlace.line)
        for (index, (bullet, otherBullet)) in zip(part.bullets, otherPart.bullets).enumerated() {
            figures(bullet, place.bulletLines[safe: index] ?? place.line,
                    otherBullet, otherPlace.bulletLines[safe: index] ?? otherPlace.line)
        }
    }

    /// Warns when two runs of text hold different figures, naming the ones each has
    /// that the other lacks.
    private mutating func figures(_ these: [Figure], _ line: Int?, _ those: [Figure], _ otherLine: Int?) {
        let extra = Figure.unmatched(these, in: those), missing = Figure.unmatched(those, in: these)
        guard !extra.isEmpty || !missing.isEmpty else { return }
        func list(_ figures: [Figure]) -> String {
            figures.isEmpty ? "none" : figures.map(\.text).joined(separator: ", ")
        }
        warn(line, "figures differ: \(list(extra)) here, \(list(missing)) in \(original(otherLine))")
    }
}

/// What the reader understood of a file, for `resume-tui check` to summarise: where the
/// name came from, the language, and each section with its kind, entries and periods.
public struct Outline: Equatable, Sendable {
    public enum NameSource: Equatable, Sendable {
        case frontMatter(line: Int)
        case heading(line: Int)
        /// A name-like line under a title such as "Resume", or the file's first line.
        case line(line: Int)
        /// A `Name: …` line of the contact details.
        case contactLine(line: Int)
        case jsonBasics
        case missing
    }

    public enum LanguageSource: Equatable, Sendable {
        case declared(line: Int?)
        /// The language code in the file's name (`resume.en.md`; see `TranslationNames`).
        case fileName
        case detected
    }

    public struct SectionSummary: Equatable, Sendable {
        public var title: String
        public var kind: SectionKind
        /// Where its heading is; nil when it has none (a JSON Resume file, a section made
        /// up to hold entries that came before any section heading).
        public var line: Int?
        public var entries: Int
        /// How many entries have a period that was read.
        public var periods: Int
        /// Where the text before the first entry is, and where each entry is (see `PartPlace`).
        public var introPlace: PartPlace
        public var entryPlaces: [EntryPlace]
        public init(title: String, kind: SectionKind, line: Int?, entries: Int, periods: Int,
                    introPlace: PartPlace? = nil, entryPlaces: [EntryPlace] = []) {
            self.title = title
            self.kind = kind
            self.line = line
            self.entries = entries
            self.periods = periods
            self.introPlace = introPlace ?? PartPlace(line: line)
            self.entryPlaces = entryPlaces
        }
    }

    public var nameSource: NameSource
    public var languageSource: LanguageSource
    public var sections: [SectionSummary]
    /// Where the bullets of the text before the first section are.
    public var introPlace = PartPlace(line: nil)

    public init(nameSource: NameSource = .missing, languageSource: LanguageSource = .detected, sections: [SectionSummary] = []) {
        self.nameSource = nameSource
        self.languageSource = languageSource
        self.sections = sections
    }
}

/// Where the parts of a résumé are in its Markdown file, so that `check` can say at which
/// line a translation parts from its original (`TranslationCheck`). A JSON Resume file
/// has no such places: its parts are named instead.
extension Outline {
    /// A run of text that is compared as a whole: a section's or an entry's own text, or
    /// a group of an entry (`#### Project` under `### Company`).
    public struct PartPlace: Equatable, Sendable {
        /// The line of its heading; nil when it has none.
        public var line: Int?
        /// The line of each bullet in it (each item of a list directly in it), in order.
        public var bulletLines: [Int]
        public init(line: Int?, bulletLines: [Int] = []) {
            self.line = line
            self.bulletLines = bulletLines
        }
    }

    /// An entry (a job, a talk, a skill group, any other item).
    public struct EntryPlace: Equatable, Sendable {
        /// The line of its heading (or of the bold line or bullet that opens it).
        public var line: Int?
        /// Its own text, then each of its groups; one part for a talk or a skill group,
        /// whose groups are read as part of their text.
        public var parts: [PartPlace]
        public init(line: Int?, parts: [PartPlace]) {
            self.line = line
            self.parts = parts
        }
    }
}

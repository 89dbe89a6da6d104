extension SectionKind {
    /// Keywords per kind, checked in this order; the first kind with a match wins.
    /// English words must start a word ("work" matches "Work history", not "Network");
    /// Korean ones may be anywhere ("연락처", "외부 컨퍼런스 발표").
    static let keywords: [(kind: SectionKind, english: [String], korean: [String])] = [
        (.contact, ["contact"], ["연락"]),
        (.career, ["career", "experience", "work"], ["경력"]),
        (.talks, ["talk", "conference", "speaking", "presentation"], ["발표"]),
        (.skills, ["skill"], ["기술"]),
        (.closing, ["thank", "closing"], ["감사"]),
    ]

    /// The kind a `##` title names, matched case-insensitively; `.generic` if none.
    public init(title: String) {
        let lower = Array(title.lowercased())
        let text = String(lower)
        for entry in SectionKind.keywords {
            if entry.korean.contains(where: { text.contains($0) }) { self = entry.kind; return }
            if entry.english.contains(where: { SectionKind.containsWord(lower, startingWith: Array($0)) }) {
                self = entry.kind
                return
            }
        }
        self = .generic
    }

    private static func containsWord(_ text: [Character], startingWith word: [Character]) -> Bool {
        guard word.count <= text.count else { return false }
        for start in 0...(text.count - word.count) {
            if start > 0, text[start - 1].isLetter { continue }
            if text[start..<(start + word.count)].elementsEqual(word) { return true }
        }
        return false
    }
}

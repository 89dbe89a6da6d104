/// Finds the person's name, as a reader would:
/// 1. front matter `name`;
/// 2. else the first heading, of any level or style, stripped of markup and emoji,
///    skipping titles that name the document ("Resume", "이력서", "目次": see
///    `TitleText.genericTitles`), unless a section's heading ("Experience") comes first;
/// 3. else a name-like line right under such a title, or the file's first line;
/// 4. else (decided later, by the builder) a `Name: …` line of the contact details.
/// A heading "Name | Title" or "Name — Title" gives the name and the label.
struct NameFinder {
    struct Choice {
        var name: String
        var label: String?
        var source: Outline.NameSource
        /// The index of the piece that gave the name (a heading), or of the paragraph
        /// whose first line it was.
        var piece: Int?
        var fromFirstLine = false
        /// Headings that only name the document: not sections, not shown.
        var titlePieces: Set<Int> = []
    }

    static func find(in pieces: [MarkdownPiece], frontMatter: FrontMatter?) -> Choice {
        var choice = Choice(name: "", source: .missing)
        if let field = frontMatter?.name {
            choice.name = field.value
            choice.source = .frontMatter(line: field.line)
        }
        for (index, piece) in pieces.enumerated() {
            guard case .heading(_, let text) = piece.kind else { continue }
            let title = text.plainText
            if TitleText.isGeneric(title) {
                // "About" or "Portfolio" names the document for this purpose, yet it is
                // also a section: only the pure titles ("Resume", "目次") are dropped.
                if TitleText.isDocumentTitle(title) { choice.titlePieces.insert(index) }
                // "# 이력서" then "홍길동" on the next line.
                if choice.source == .missing, index + 1 < pieces.count, case .block(.paragraph) = pieces[index + 1].kind,
                   let first = pieces[index + 1].lines.first, TitleText.isNameLike(first.plainText) {
                    choice.name = TitleText.clean(first.plainText)
                    choice.source = .line(line: pieces[index + 1].line)
                    choice.piece = index + 1
                    choice.fromFirstLine = true
                }
                continue
            }
            // With the name known (front matter, a line), a first heading that repeats it, or
            // says it another way ("# Jane A. Roe" under `name: Jane Roe`), is the name's
            // heading, not a section.
            if choice.source != .missing {
                let isName = TitleText.clean(title) == choice.name
                    || (SectionKind(title: title) == .generic && TitleText.isNameLike(title) && sameName(title, choice.name))
                if isName, choice.piece == nil { choice.piece = index }
                break
            }
            // A title that names a section ("Experience") is not the name, unless it is the
            // one heading at the top of the file and says more than that ("# Contact Person").
            if SectionKind(title: title) != .generic {
                guard isSoleTopHeading(index, in: pieces), SectionKind.residue(of: title).count >= 2 else { break }
            }
            let (name, label) = split(title)
            choice.name = name
            choice.label = label
            choice.source = .heading(line: piece.line)
            choice.piece = index
            break
        }
        // No heading names the person: a name-like first line ("**Jane Roe**", then the rest).
        if choice.source == .missing, let piece = pieces.first, case .block(.paragraph) = piece.kind,
           let first = piece.lines.first, TitleText.isNameLike(first.plainText) {
            choice.name = TitleText.clean(first.plainText)
            choice.source = .line(line: piece.line)
            choice.piece = 0
            choice.fromFirstLine = true
        }
        if choice.label == nil, let field = frontMatter?.label { choice.label = field.value }
        return choice
    }

    /// Whether two spellings name the same person: a word in common ("Jane A. Roe" and
    /// "Jane Roe"), or, for names written without spaces (山田太郎, 김민수), two characters.
    static func sameName(_ a: String, _ b: String) -> Bool {
        func words(_ text: String) -> Set<String> {
            Set(TitleText.clean(text).lowercased().split { !$0.isLetter }.map(String.init).filter { $0.count >= 2 })
        }
        if !words(a).isDisjoint(with: words(b)) { return true }
        let letters = Set(TitleText.clean(a).filter { $0.isLetter && !$0.isASCII })
        return letters.intersection(TitleText.clean(b).filter { $0.isLetter && !$0.isASCII }).count >= 2
    }

    /// Whether the heading at `index` is the only one at its level, with deeper ones after it.
    private static func isSoleTopHeading(_ index: Int, in pieces: [MarkdownPiece]) -> Bool {
        guard case .heading(let level, _) = pieces[index].kind else { return false }
        var deeper = false
        for (other, piece) in pieces.enumerated() where other != index {
            guard case .heading(let otherLevel, let text) = piece.kind, !TitleText.isDocumentTitle(text.plainText) else { continue }
            if otherLevel <= level { return false }
            deeper = true
        }
        return deeper
    }

    /// "김민수 | Backend Engineer" → ("김민수", "Backend Engineer"); "Jane Roe - Resume" →
    /// ("Jane Roe", nil). Only when the part before the separator looks like a name.
    static func split(_ title: String) -> (name: String, label: String?) {
        let cleaned = TitleText.clean(title)
        // Not ", ": "Roe, Jane" and "Jane Roe, PhD" are names.
        for separator in [" | ", " — ", " – ", " - ", " · ", "｜"] {
            guard let range = cleaned.range(of: separator) else { continue }
            let name = TitleText.clean(String(cleaned[..<range.lowerBound]))
            let rest = TitleText.clean(String(cleaned[range.upperBound...]))
            guard TitleText.isNameLike(name), !rest.isEmpty else { continue }
            return (name, TitleText.isGeneric(rest) ? nil : rest)
        }
        return (cleaned, nil)
    }
}

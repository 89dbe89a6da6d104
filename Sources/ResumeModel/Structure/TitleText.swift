/// Headings as people decorate them (`## 💼 Experience:`, `# ✔ INFO`, `# 👋 **Jane** Roe`),
/// read for what they say.
enum TitleText {
    /// `text` without emoji, pictographs and dingbats, without the punctuation people put
    /// around titles (`:`, `|`, `-`, `#`, `*`), and with runs of spaces made one.
    static func clean(_ text: String) -> String {
        // Most titles are plain ASCII or plain Hangul, kana and Han: nothing to look up for
        // those (every heading is cleaned several times at each start).
        let kept = text.unicodeScalars.allSatisfy(isPlainLetterOrASCII) ? text : String(text.filter { !isDecoration($0) })
        var words = kept.split(whereSeparator: \.isWhitespace).joined(separator: " ")
        while let first = words.first, edge.contains(first) || first == " " { words.removeFirst() }
        while let last = words.last, edge.contains(last) || last == " " { words.removeLast() }
        return words
    }

    /// The punctuation people put around titles.
    private static let edge: Set<Character> = [":", "：", "|", "-", "–", "—", "#", "*", "_", "~", "=", ".", "·", "•", "/", "\\"]

    /// ASCII, Hangul syllables and jamo, kana and the common Han block: never a decoration.
    private static func isPlainLetterOrASCII(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0..<0x80, 0x1100...0x11FF, 0x3040...0x30FF, 0x3130...0x318F, 0x4E00...0x9FFF, 0xAC00...0xD7A3: return true
        default: return false
        }
    }

    /// Emoji, pictographs, dingbats and the joiners and selectors that build them.
    static func isDecoration(_ character: Character) -> Bool {
        guard let first = character.unicodeScalars.first else { return false }
        let properties = first.properties
        if properties.isEmojiPresentation || (properties.isEmoji && character.unicodeScalars.count > 1) { return true }
        // `isEmoji` alone is true for digits and `#`; the ranges below are the symbols
        // people use as icons: ✔ ★ ☎ ✉ ➜ and friends.
        switch first.value {
        case 0x2190...0x21FF, 0x2300...0x23FF, 0x2460...0x24FF, 0x25A0...0x27BF, 0x2900...0x297F,
             0x2B00...0x2BFF, 0x1F000...0x1FAFF, 0xFE0F, 0x200D:
            return true
        default:
            return properties.generalCategory == .otherSymbol
        }
    }

    /// Titles that name the document, not the person or a section: never a section.
    static let documentTitles: Set<String> = [
        "resume", "résumé", "my resume", "cv", "curriculum vitae", "curriculum vitæ", "table of contents", "contents", "toc",
        "이력서", "경력기술서", "경력 기술서", "목차", "간단 이력서", "简历", "个人简历", "個人簡歷", "简历目录", "目录", "目錄",
        "履歴書", "職務経歴書", "目次",
    ]
    /// Titles that are sections, yet never the name when they come first.
    static let sectionTitlesBeforeName: Set<String> = ["about", "about me", "portfolio"]

    /// A title that can't be the person's name: the document's, or "About".
    static func isGeneric(_ title: String) -> Bool {
        let key = clean(title).lowercased()
        return documentTitles.contains(key) || sectionTitlesBeforeName.contains(key)
    }

    /// A title that names the document ("Resume", "이력서", "目次"): neither name nor section.
    static func isDocumentTitle(_ title: String) -> Bool {
        documentTitles.contains(clean(title).lowercased())
    }

    /// Whether a line could be a person's name: short, a few words, letters, no
    /// address, number or sentence punctuation, and not a section's title.
    static func isNameLike(_ text: String) -> Bool {
        let cleaned = clean(text)
        guard !cleaned.isEmpty, cleaned.count <= 40, cleaned.contains(where: \.isLetter) else { return false }
        guard cleaned.split(separator: " ").count <= 5 else { return false }
        guard !cleaned.contains(where: { $0.isNumber || "@:/()[]!?。．，、".contains($0) }) else { return false }
        // A Korean or Japanese sentence ends in a verb ("…입니다", "…です"); names don't.
        if cleaned.hasSuffix("다") || cleaned.hasSuffix("요") || cleaned.hasSuffix("す") { return false }
        return !isGeneric(cleaned) && SectionKind(title: cleaned) == .generic
    }
}

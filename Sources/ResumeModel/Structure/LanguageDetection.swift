extension Language {
    /// The language a text is mostly written in, by the scripts of its letters.
    ///
    /// Korean résumés are full of English words (redis, API, p99), so a few Hangul
    /// syllables outweigh many Latin letters: one CJK character says about as much as a
    /// three-letter word. Japanese writes kanji with kana, Chinese has no kana; kana are
    /// a large share of any Japanese sentence, so even a modest share of them is Japanese.
    public static func detect(in texts: [String]) -> Language {
        var hangul = 0, kana = 0, han = 0, latin = 0
        for text in texts {
            for scalar in text.unicodeScalars {
                switch Script.of(scalar) {
                case .hangul: hangul += 1
                case .kana: kana += 1
                case .han: han += 1
                case .latin: latin += 1
                case .other: break
                }
            }
        }
        let cjk = hangul + kana + han
        guard cjk > 0, cjk * 3 >= latin / 2 else { return .english }
        if hangul >= kana + han { return .korean }
        return kana * 8 >= kana + han ? .japanese : .chinese
    }

    public static func detect(in resume: Resume) -> Language {
        detect(in: resume.titles + resume.inlineTexts.map(\.plainText))
    }
}

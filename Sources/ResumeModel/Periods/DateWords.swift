/// The words and marks a period is written with, in the four languages.
enum DateWords {
    /// English month names and the abbreviations CVs use ("Sept", "Mar."), in lower case.
    static let months: [String: Int] = [
        "jan": 1, "january": 1, "feb": 2, "february": 2, "mar": 3, "march": 3,
        "apr": 4, "april": 4, "may": 5, "jun": 6, "june": 6, "jul": 7, "july": 7,
        "aug": 8, "august": 8, "sep": 9, "sept": 9, "september": 9, "oct": 10, "october": 10,
        "nov": 11, "november": 11, "dec": 12, "december": 12,
    ]

    /// Academic terms written instead of a month ("Summer 2012"), in lower case.
    static let seasons: Set<String> = ["spring", "summer", "fall", "autumn", "winter"]

    /// How an English period shows a month.
    static let shortMonthNames = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]

    /// "Still going", as whole Latin words (compared in lower case).
    static let ongoingWords: Set<String> = ["present", "now", "current", "today", "ongoing"]

    /// Indian and British English: "Jan 2019 – Till Date", "2019 until now".
    static let ongoingLeads: Set<String> = ["till", "until", "to"]
    static let ongoingAfterLeads: Set<String> = ["date", "now", "present", "today"]

    /// "Still going" in Korean, Chinese and Japanese, matched where they start; longer
    /// first so that "재직 중" is not read as "재직" plus leftovers.
    static let ongoingCJK: [String] = [
        "재직 중", "재학 중", "진행 중", "재직중", "재학중", "진행중", "현재",
        "至今", "现在", "現在", "現職", "今",
    ]

    /// Korean writes "현재까지" ("until now"); the particle belongs to the period.
    static let ongoingSuffixes: [String] = ["까지"]

    /// Marks between the two ends of a range. A run of them counts as one ("2019 -- 2021").
    static let dashes: Set<Character> = [
        "~", "〜", "～", "-", "–", "—", "−", "‐", "‑", "‒", "―",
    ]

    /// Chinese "2019年9月至2021年6月".
    static let cjkRangeWords: Set<Character> = ["至"]

    /// English words between the ends of a range; they need spaces on both sides.
    static let rangeWords: Set<String> = ["to", "until", "till", "through", "thru"]

    /// What may open and close a stated tenure written after a period: "(3 yrs 2 mos)".
    static let tenureBrackets: [Character: Character] = ["(": ")", "（": "）", "[": "]"]

    /// What may stand between a period and its stated tenure: ", 44개월", " · 2년".
    static let tenureLeads: Set<Character> = [",", "、", "·", "•", "|", "/", "-", "–", "—"]

    /// What may follow a dash that ends a range with no end written ("(2021.03 ~)",
    /// "2021.03 – | Seoul"): the range is left open.
    static let afterOpenDash: Set<Character> = [")", "）", "]", "】", "」", "』", "|", "·", "•"]
}

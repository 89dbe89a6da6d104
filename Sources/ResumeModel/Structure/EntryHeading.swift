/// Reads who, in what role and when from a dated entry's heading (a job, a school, a
/// project), in the forms people write them:
///
///     ### Company (2019.09 ~ 2023.06)           ### Role | Company
///     ### **Role** at [Company](https://…)      ### 2025/02 - 2025/04: Company
///     **Company** — Role — 2018–2021            ### 2019.07 - 2021.03  字节跳动  后端开发工程师
///     # [株式会社…](https://…)（2019年8月〜2020年3月）
///
/// and the period from the line under the heading when the heading has none
/// (`*Jan 2019 – Present*`, `2021. 03. - 현재`, `Backend Engineer | 2021.03 – 2023.01`).
enum EntryHeading {
    struct Read: Equatable {
        var organization: String
        var role: String?
        var url: String?
        var period: Period?
        /// The period as written, when it couldn't be read.
        var periodText: String?
        var problem: String?
        /// Offsets in characters of the period and of its stated tenure in the heading's
        /// text, for diagnostics.
        var periodOffset: Int?
        var tenureOffset: Int?
    }

    static func read(_ runs: Inline) -> Read {
        let text = runs.plainText
        var read = Read(organization: "")
        var rest = text
        if var match = PeriodFinder.find(in: text) {
            read.periodOffset = text.distance(from: text.startIndex, to: match.range.lowerBound)
            read.tenureOffset = match.tenureRange.map { text.distance(from: text.startIndex, to: $0.lowerBound) }
            // "(2019.09.02~2023.06.02, about four years)": what follows the period inside its
            // brackets is a tenure, even one that can't be read (the check says so).
            var tenure: String?
            if match.tenureRange == nil, let extra = bracketedRest(after: match.range, in: text) {
                tenure = String(text[extra]).trimmingSpaces()
                let start = text[extra].firstIndex { !$0.isWhitespace } ?? extra.lowerBound
                read.tenureOffset = text.distance(from: text.startIndex, to: start)
                match.range = match.range.lowerBound..<extra.upperBound
            }
            apply(match, text: text, to: &read)
            if let tenure, !tenure.isEmpty, read.period != nil { read.period?.statedTenure = tenure }
            rest = cut(match.range, from: text)
        }
        let parts = fields(rest)
        assign(parts, runs: runs, to: &read)
        return read
    }

    /// The period on the line under a heading, and what else that line says (a role, a
    /// place); nil when the line is not about the period.
    static func periodLine(_ runs: Inline) -> (read: Read, rest: String?)? {
        let text = runs.plainText
        guard let match = PeriodFinder.find(in: text) else { return nil }
        var read = Read(organization: "")
        apply(match, text: text, to: &read)
        let rest = fields(cut(match.range, from: text)).joined(separator: " · ")
        // A sentence that mentions a year ("2019년 입사 후 …") is not a period line; a
        // line with a range on it, or with nothing but a date, is.
        let isRange = read.period.map { !$0.isSingleDate } ?? true
        guard isRange || rest.isEmpty, rest.count <= 60 else { return nil }
        return (read, rest.isEmpty ? nil : rest)
    }

    private static func apply(_ match: PeriodFinder.Match, text: String, to read: inout Read) {
        switch match.result {
        case .success(let period):
            read.period = period
        case .failure(let problem):
            read.periodText = String(text[match.range]).trimmingSpaces()
            read.problem = problem.reason
        }
    }

    /// The text after `range`, past a comma, up to a closing bracket that matches one
    /// right before `range`: the rest of a parenthesised period.
    private static func bracketedRest(after range: Range<String.Index>, in text: String) -> Range<String.Index>? {
        let before = text[..<range.lowerBound].reversed().drop { $0 == " " }
        guard let open = before.first, open == "(" || open == "（" else { return nil }
        let close: Character = open == "(" ? ")" : "）"
        let after = text[range.upperBound...]
        guard let first = after.drop(while: { $0 == " " }).first, first == "," || first == "，",
              let end = after.firstIndex(of: close) else { return nil }
        let comma = after.firstIndex { $0 == "," || $0 == "，" } ?? after.startIndex
        return text.index(after: comma)..<end
    }

    /// `text` without `range`, and without the brackets or separator around it.
    private static func cut(_ range: Range<String.Index>, from text: String) -> String {
        var before = Substring(text[..<range.lowerBound])
        var after = Substring(text[range.upperBound...])
        while let last = before.last, last == " " { before.removeLast() }
        while let first = after.first, first == " " { after.removeFirst() }
        let pairs: [(Character, Character)] = [("(", ")"), ("（", "）"), ("[", "]"), ("【", "】"), ("<", ">"), ("〈", "〉")]
        for (open, close) in pairs where before.last == open && after.first == close {
            before.removeLast()
            after.removeFirst()
            break
        }
        return String(before) + "  " + String(after)
    }

    /// The fields of what is left: split at ` | `, ` — `, ` – `, ` - `, ` · `, `, ` after
    /// a period, ` / `, two or more spaces, and ` at ` / ` @ ` (marked, see `assign`).
    private static func fields(_ text: String) -> [String] {
        var parts: [String] = []
        var current = ""
        let chars = Array(text)
        var index = 0
        func flush() {
            let field = TitleText.clean(current)
            if !field.isEmpty { parts.append(field) }
            current = ""
        }
        while index < chars.count {
            let ch = chars[index]
            let next = index + 1 < chars.count ? chars[index + 1] : " "
            let previous = index > 0 ? chars[index - 1] : " "
            if ch == " ", next == " " {
                flush()
                while index < chars.count, chars[index] == " " { index += 1 }
                continue
            }
            let spaced = previous == " " && next == " "
            if "|｜—–·•".contains(ch) || ((ch == "-" || ch == "/") && spaced) || ch == ":" || ch == "：" {
                flush()
                index += 1
                continue
            }
            if previous == " ", let marker = atMarker(chars, index) {
                flush()
                parts.append(atField)
                index += marker
                continue
            }
            current.append(ch)
            index += 1
        }
        flush()
        return parts
    }

    /// Stands between a role and its organization in the list of fields.
    private static let atField = "\u{0}at"

    /// The length of ` at ` or `@ ` starting at `index` (after a space), if one does.
    private static func atMarker(_ chars: [Character], _ index: Int) -> Int? {
        if index + 2 < chars.count, chars[index] == "a", chars[index + 1] == "t", chars[index + 2] == " " { return 3 }
        if index + 1 < chars.count, chars[index] == "@", chars[index + 1] == " " { return 2 }
        return nil
    }

    private static func assign(_ parts: [String], runs: Inline, to read: inout Read) {
        var parts = parts
        // "University of Texas at Austin": " at " joins a role to a place only when what
        // comes before it is a job title (or written in bold, `**Role** at Company`).
        if let at = parts.firstIndex(of: atField), at > 0, !looksLikeRole(parts[at - 1]), !isBold(parts[at - 1], in: runs),
           at + 1 < parts.count {
            parts[at - 1] = parts[at - 1] + " at " + parts[at + 1]
            parts.removeSubrange(at...(at + 1))
        }
        if let at = parts.firstIndex(of: atField) {
            let role = parts[..<at].joined(separator: " · ")
            // After the role's " at ", a further " at " belongs to the name ("University of Texas at Austin").
            var organization: [String] = []
            var joinNext = false
            for part in parts[(at + 1)...] {
                if part == atField { joinNext = !organization.isEmpty; continue }
                if joinNext, let last = organization.popLast() { organization.append(last + " at " + part) } else { organization.append(part) }
                joinNext = false
            }
            read.organization = organization.first ?? role
            read.role = organization.isEmpty || role.isEmpty ? nil : role
            if organization.count > 1 { read.role = ([role] + organization.dropFirst()).filter { !$0.isEmpty }.joined(separator: " · ") }
            read.url = link(named: read.organization, in: runs)
            return
        }
        guard !parts.isEmpty else { return }
        // The organization: the part that is a link, else the one that isn't a job title,
        // else the first.
        let linked = parts.firstIndex { link(named: $0, in: runs) != nil }
        let notRole = parts.firstIndex { !looksLikeRole($0) }
        let index = linked ?? notRole ?? 0
        read.organization = parts[index]
        read.url = link(named: parts[index], in: runs)
        var others = parts
        others.remove(at: index)
        read.role = others.isEmpty ? nil : others.joined(separator: " · ")
    }

    private static func isBold(_ text: String, in runs: Inline) -> Bool {
        runs.contains { $0.style == .strong && TitleText.clean($0.text) == text }
    }

    private static func link(named text: String, in runs: Inline) -> String? {
        for run in runs {
            if case .link(let url) = run.style, TitleText.clean(run.text) == text, !url.lowercased().hasPrefix("mailto:") { return url }
        }
        return nil
    }

    /// Words of job titles and degrees, in the four languages.
    static let roleWords = [
        "engineer", "developer", "programmer", "manager", "intern", "lead", "designer", "scientist", "analyst", "consultant",
        "architect", "sre", "devops", "cto", "ceo", "cfo", "coo", "vp", "director", "founder", "head of", "administrator",
        "specialist", "researcher", "assistant", "associate", "officer", "president", "staff", "principal", "senior",
        "junior", "student", "teacher", "professor", "freelance", "contractor", "backend", "frontend", "full stack",
        "fullstack", "bachelor", "master", "phd", "ph.d", "b.s", "m.s", "bsc", "msc", "b.a", "m.a", "mba", "degree",
        "개발자", "엔지니어", "인턴", "팀장", "매니저", "연구원", "대표", "이사", "책임", "선임", "주임", "사원", "과장", "차장",
        "부장", "리드", "디자이너", "기획자", "백엔드", "프론트엔드", "담당", "파트장", "실장", "본부장", "강사", "조교",
        "학생", "전공", "학사", "석사", "박사", "工程师", "工程師", "开发", "開發", "实习", "實習", "经理", "經理", "总监",
        "總監", "架构师", "架構師", "负责人", "負責人", "组长", "組長", "研究员", "研究員", "设计师", "設計師", "专家",
        "專家", "科学家", "科學家", "分析师", "分析師", "顾问", "顧問", "后端", "後端", "前端", "全栈", "全端", "主管", "本科", "学士", "學士", "硕士", "碩士", "博士", "修士",
        "エンジニア", "開発者", "マネージャー", "リーダー", "インターン", "デザイナー", "担当", "主任", "部長", "課長",
        "係長", "社員", "バックエンド", "フロントエンド", "取締役", "学生", "専攻", "学部",
    ]

    /// The role words as UTF-8, with whether they are English (matched at a word's start:
    /// "lead" in "Team Lead", not in "Leadwerks").
    private static let encodedRoleWords = roleWords.map { (Array($0.utf8), $0.utf8.allSatisfy { $0 < 0x80 }) }

    static func looksLikeRole(_ text: String) -> Bool {
        let lower = Array(text.lowercased().utf8)
        return encodedRoleWords.contains { word, english in
            guard let first = word.first, word.count <= lower.count else { return false }
            for start in 0...(lower.count - word.count) where lower[start] == first {
                if english, start > 0, lower[start - 1] >= 0x80 || (0x61...0x7A).contains(lower[start - 1]) { continue }
                if lower[start..<(start + word.count)].elementsEqual(word) { return true }
            }
            return false
        }
    }
}

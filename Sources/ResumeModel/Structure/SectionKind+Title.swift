extension SectionKind {
    /// Words that name each kind of section, in English, Korean, Chinese (simplified and
    /// traditional) and Japanese. English words must start a word ("work" matches "Work
    /// history", not "Network"); the others may be anywhere ("외부 컨퍼런스 발표").
    static let keywords: [(kind: SectionKind, words: [String])] = [
        (.about, ["about", "summary", "profile", "objective", "introduction", "overview", "bio",
                  "소개", "요약", "프로필", "简介", "簡介", "自我评价", "自我評價", "关于", "關於", "个人优势", "自我介绍",
                  "自我介紹", "自己pr", "自己紹介", "概要", "プロフィール", "職務要約", "要約"]),
        (.contact, ["contact", "info", "reach me", "get in touch", "연락", "인적사항", "인적 사항", "기본 정보", "기본정보",
                    "개인정보", "개인 정보", "联系", "聯絡", "联络", "聯繫", "基本信息", "个人信息", "個人資料", "個人資訊",
                    "連絡", "基本情報", "個人情報"]),
        (.career, ["experience", "work", "employment", "career", "professional history", "jobs", "internship", "positions",
                   "경력", "경험", "이력", "직장", "근무", "工作", "实习", "實習", "经历", "經歷", "任职", "任職",
                   "職務経歴", "職歴", "経歴", "職務"]),
        (.education, ["education", "academic", "school", "degree", "university", "학력", "교육", "학교", "教育",
                      "学历", "學歷", "学业", "學業", "学歴"]),
        (.projects, ["project", "portfolio", "open source", "side project", "프로젝트", "포트폴리오", "项目", "項目",
                     "专案", "專案", "作品", "プロジェクト", "ポートフォリオ", "開発実績", "実績"]),
        (.skills, ["skill", "technical", "technolog", "tech stack", "stack", "tools", "expertise", "competenc",
                   "programming", "proficienc", "기술", "스킬", "역량", "보유", "스택", "프로그래밍", "技能", "技术",
                   "技術", "编程", "程式", "スキル", "テクニカル"]),
        (.talks, ["talk", "conference", "speaking", "presentation", "publication", "paper", "writing", "article",
                  "speech", "lecture", "발표", "강연", "강의", "저서", "논문", "컨퍼런스", "출판", "기고", "세미나",
                  "演讲", "演講", "发表", "發表", "论文", "論文", "出版", "著作", "登壇", "発表", "講演", "執筆", "著書"]),
        (.awards, ["award", "honor", "honour", "achievement", "prize", "recognition", "수상", "상훈", "포상",
                   "获奖", "獲獎", "荣誉", "榮譽", "奖项", "獎項", "受賞", "表彰"]),
        (.certificates, ["certificat", "license", "licence", "자격", "인증", "证书", "證書", "证照", "證照", "资格",
                         "資格", "免許"]),
        (.languages, ["language", "어학", "언어", "외국어", "语言", "語言", "外语", "外語", "語学", "言語", "外国語"]),
        (.volunteer, ["volunteer", "봉사", "志愿", "志願", "义工", "義工", "ボランティア"]),
        (.interests, ["interest", "hobbies", "hobby", "관심", "취미", "兴趣", "興趣", "爱好", "愛好", "趣味", "興味", "関心"]),
        (.references, ["reference", "추천", "推荐人", "推薦人", "证明人", "推薦"]),
        (.closing, ["thank", "closing", "감사", "마치며", "맺음", "感谢", "感謝", "致谢", "致謝", "謝辞", "最後に", "ありがとう"]),
    ]

    /// The keywords as UTF-8, in lower case, each with its kind: matched byte by byte,
    /// because this runs for every heading of every file read.
    private static let encoded: [(kind: SectionKind, bytes: [UInt8], ascii: Bool)] = keywords.flatMap { entry in
        entry.words.map { (entry.kind, Array($0.utf8), $0.utf8.allSatisfy { $0 < 0x80 }) }
    }

    /// The kind a section title names, whatever its markup and emoji: the kind whose
    /// word comes first in the title ("Skills & Experience" is skills, "Work Experience"
    /// career, "Programming Languages" skills), the longer word at the same place,
    /// `.generic` if none.
    public init(title: String) {
        let text = Array(TitleText.clean(title).lowercased().utf8)
        var best: (kind: SectionKind, position: Int, length: Int)?
        for keyword in Self.encoded {
            guard let position = Self.position(of: keyword.bytes, in: text, atWordStart: keyword.ascii) else { continue }
            if let current = best, (current.position, -current.length) <= (position, -keyword.bytes.count) { continue }
            best = (keyword.kind, position, keyword.bytes.count)
        }
        self = best?.kind ?? .generic
    }

    /// Words that only dress up a section title ("Professional Experience", "경력 사항").
    static let fillers: Set<String> = [
        "my", "and", "&", "of", "the", "professional", "personal", "key", "core", "selected", "relevant", "other",
        "additional", "recent", "s", "es", "사항", "및", "처", "내역", "与", "和", "及", "・", "と",
    ]

    /// What a section title says besides the words that name sections: empty for
    /// "Work Experience" or "경력 사항", "person" for "Contact Person".
    static func residue(of title: String) -> String {
        var text = Array(TitleText.clean(title).lowercased().utf8)
        for keyword in encoded {
            while let at = position(of: keyword.bytes, in: text, atWordStart: keyword.ascii) {
                text.replaceSubrange(at..<(at + keyword.bytes.count), with: [0x20])
            }
        }
        return String(decoding: text, as: UTF8.self).split { $0.isWhitespace || $0.isPunctuation }
            .filter { !fillers.contains(String($0)) }.joined(separator: " ")
    }

    /// Where `word` first occurs in `text` (UTF-8); with `atWordStart`, only where no
    /// letter comes right before it ("work" in "Work history", not in "Network"; a byte
    /// of a multi-byte character counts as a letter).
    private static func position(of word: [UInt8], in text: [UInt8], atWordStart: Bool) -> Int? {
        guard let first = word.first, word.count <= text.count else { return nil }
        var start = 0
        while start + word.count <= text.count {
            defer { start += 1 }
            guard text[start] == first else { continue }
            if atWordStart, start > 0 {
                let before = text[start - 1]
                if before >= 0x80 || (before >= 0x61 && before <= 0x7A) || (before >= 0x41 && before <= 0x5A) { continue }
            }
            var matched = true
            for offset in 1..<word.count where text[start + offset] != word[offset] {
                matched = false
                break
            }
            if matched { return start }
        }
        return nil
    }
}

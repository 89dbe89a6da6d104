import ResumeModel

/// The short names of the page kinds in each language the résumé may be written in,
/// for the tab bar. A generic page has no name of its own: it shows the heading the
/// résumé gave it, as written.
extension PageKind {
    public func name(in language: Language) -> String? {
        switch language {
        case .english: return Self.english[self]
        case .korean: return Self.korean[self]
        case .chinese: return Self.chinese[self]
        case .japanese: return Self.japanese[self]
        }
    }

    private static let english: [PageKind: String] = [
        .about: "About", .career: "Career", .education: "Education", .projects: "Projects", .skills: "Skills",
        .talks: "Talks", .awards: "Awards", .certificates: "Certificates", .languages: "Languages",
        .volunteer: "Volunteer", .interests: "Interests", .references: "References",
    ]

    private static let korean: [PageKind: String] = [
        .about: "소개", .career: "경력", .education: "학력", .projects: "프로젝트", .skills: "기술",
        .talks: "발표", .awards: "수상", .certificates: "자격증", .languages: "어학",
        .volunteer: "봉사", .interests: "관심사", .references: "추천인",
    ]

    private static let chinese: [PageKind: String] = [
        .about: "简介", .career: "工作经历", .education: "教育", .projects: "项目", .skills: "技能",
        .talks: "演讲", .awards: "获奖", .certificates: "证书", .languages: "语言",
        .volunteer: "志愿服务", .interests: "兴趣", .references: "推荐人",
    ]

    private static let japanese: [PageKind: String] = [
        .about: "概要", .career: "職歴", .education: "学歴", .projects: "プロジェクト", .skills: "スキル",
        .talks: "登壇", .awards: "受賞", .certificates: "資格", .languages: "語学",
        .volunteer: "ボランティア", .interests: "趣味", .references: "推薦者",
    ]
}

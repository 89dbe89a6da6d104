import ResumeModel

extension PageInfo {
    /// The short name on the page's tab, in English: its kind where it has one, else its
    /// title. The name `--page` always accepts, whatever the résumé's language.
    public var tabName: String { tabName(in: .english) }

    /// The short name on the page's tab in `language`: its kind's name there ("경력"),
    /// else its title as the résumé wrote it.
    public func tabName(in language: Language) -> String {
        kind.name(in: language) ?? title
    }
}

extension Layout {
    /// The index of the page called `name`: its tab name in any language or its title, in
    /// any case ("talks", "Career", "경력"), or its number from 1. English names work for a
    /// résumé in any language, so a command line written once works for every
    /// translation. Cheap: no layout is done.
    public static func pageIndex(named name: String, in pages: [PageInfo]) -> Int? {
        let wanted = name.lowercased()
        if let number = Int(wanted), number >= 1, number <= pages.count { return number - 1 }
        return pages.firstIndex { page in Language.allCases.contains { page.tabName(in: $0).lowercased() == wanted } }
            ?? pages.firstIndex { $0.title.lowercased() == wanted }
    }
}

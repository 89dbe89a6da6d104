extension PageInfo {
    /// The short name on the page's tab: its kind where it has one, else its title.
    public var tabName: String {
        switch kind {
        case .generic: return title
        default: return kind.rawValue.prefix(1).uppercased() + kind.rawValue.dropFirst()
        }
    }
}

extension Layout {
    /// The index of the page called `name`: its tab name or title in any case ("talks",
    /// "Career"), or its number from 1. Cheap: no layout is done.
    public static func pageIndex(named name: String, in pages: [PageInfo]) -> Int? {
        let wanted = name.lowercased()
        if let number = Int(wanted), number >= 1, number <= pages.count { return number - 1 }
        return pages.firstIndex { $0.tabName.lowercased() == wanted }
            ?? pages.firstIndex { $0.title.lowercased() == wanted }
    }
}

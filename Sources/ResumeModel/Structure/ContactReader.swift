extension Contact.Kind {
    /// The kind of a contact value: email (one @, no spaces), phone (digits, `+ - . ( )`
    /// and spaces, at least 7 digits), link (`http(s)://` or `www.`), else other.
    public init(value: String) {
        let lower = value.lowercased()
        if lower.hasPrefix("http://") || lower.hasPrefix("https://") || lower.hasPrefix("www.") {
            self = .link
        } else if value.filter({ $0 == "@" }).count == 1, !value.contains(where: \.isWhitespace),
                  value.first != "@", value.last != "@" {
            self = .email
        } else if value.allSatisfy({ ($0.isASCII && $0.isNumber) || "+-.() ".contains($0) }),
                  value.filter({ $0.isASCII && $0.isNumber }).count >= 7 {
            self = .phone
        } else {
            self = .other
        }
    }
}

/// Reads contact details from the lines people write them in: `Email: x@y.com`,
/// `📧 x@y.com`, `[GitHub](https://…)`, a bare address, `a | b | c` on one line, a
/// two-column table, or a `Name:` line that gives the person's name.
enum ContactReader {
    /// What one line or table row said.
    enum Found: Equatable {
        case contact(Contact)
        case name(String)
        case location(String)
    }

    /// Labels that introduce the person's name or address rather than a way to reach them.
    static let nameLabels: Set<String> = ["name", "full name", "이름", "성명", "姓名", "名前", "氏名", "名字"]
    static let locationLabels: Set<String> = [
        "location", "address", "city", "based in", "주소", "거주지", "위치", "地址", "所在地", "现居", "現居", "住所", "居住地",
        "城市", "所在城市", "現住所",
    ]
    static let websiteLabels: Set<String> = ["website", "homepage", "home page", "web", "site", "홈페이지", "个人网站", "個人網站", "ホームページ"]

    /// Everything one line says, or nil when it isn't contact details at all. On a line
    /// of several contacts (`a@b.com | +1 555-0100 | Portland, OR`) a short part that is
    /// none of them is where the person is.
    static func read(line runs: Inline) -> [Found]? {
        let parts = split(runs)
        var found: [Found] = []
        var unknown: [String] = []
        for part in parts {
            if let one = readPart(part) { found.append(one) } else { unknown.append(TitleText.clean(part.plainText)) }
        }
        let reaches = found.contains { if case .contact = $0 { return true } else { return false } }
        guard !found.isEmpty, unknown.isEmpty || (reaches && parts.count > 1 && unknown.count == 1 && isPlace(unknown[0])) else {
            return nil
        }
        return found + unknown.map { .location($0) }
    }

    /// A line that only names a place ("Seoul, Korea"), in the contact section.
    static func place(_ runs: Inline) -> String? {
        guard runs.allSatisfy({ $0.style == .plain || $0.style == .strong || $0.style == .emphasis }) else { return nil }
        let text = TitleText.clean(runs.plainText)
        return isPlace(text) ? text : nil
    }

    /// "Portland, OR", "Seoul", "東京都": short, no sentence in it.
    private static func isPlace(_ text: String) -> Bool {
        !text.isEmpty && text.count <= 40 && text.split(separator: " ").count <= 5
            && !text.contains(where: { ".!?。:@".contains($0) || $0.isNumber })
    }

    /// A row `| Email | x@y.com |` of a two-column table.
    static func read(row cells: [Inline]) -> Found? {
        guard cells.count == 2 else { return nil }
        let label = TitleText.clean(cells[0].plainText)
        guard !label.isEmpty, label.count <= 24 else { return nil }
        return found(label: label, value: cells[1])
    }

    // MARK: - Parts

    /// A line split at ` | `, ` · ` and ` / ` between contacts (`📧 a@b.com | ☎ 010-…`).
    private static func split(_ runs: Inline) -> [Inline] {
        var parts: [Inline] = [[]]
        for run in runs {
            guard run.style == .plain || run.style == .strong || run.style == .emphasis else {
                parts[parts.count - 1].append(run)
                continue
            }
            var rest = Substring(run.text)
            while let range = separatorRange(in: rest) {
                let before = String(rest[..<range.lowerBound])
                if !before.isEmpty { parts[parts.count - 1].append(InlineRun(before, run.style)) }
                parts.append([])
                rest = rest[range.upperBound...]
            }
            if !rest.isEmpty { parts[parts.count - 1].append(InlineRun(String(rest), run.style)) }
        }
        return parts.filter { !$0.plainText.trimmingSpaces().isEmpty }
    }

    /// `|`, `·`, `•` or `/` with space on both sides (any space: `&nbsp;|&nbsp;` too),
    /// or a fullwidth `｜`, with the spaces around it.
    private static func separatorRange(in text: Substring) -> Range<Substring.Index>? {
        var index = text.startIndex
        while index < text.endIndex {
            let ch = text[index]
            let next = text.index(after: index)
            let spacedBefore = index > text.startIndex && text[text.index(before: index)].isWhitespace
            let spacedAfter = next < text.endIndex && text[next].isWhitespace
            if ch == "｜" || ("|·•/".contains(ch) && spacedBefore && spacedAfter) {
                var lower = index
                while lower > text.startIndex, text[text.index(before: lower)].isWhitespace { lower = text.index(before: lower) }
                var upper = next
                while upper < text.endIndex, text[upper].isWhitespace { upper = text.index(after: upper) }
                return lower..<upper
            }
            index = next
        }
        return nil
    }

    /// One contact, a name or a location; nil when the part is just text.
    private static func readPart(_ runs: Inline) -> Found? {
        if let (label, value) = labelled(runs) {
            return found(label: label, value: value)
        }
        // No label: the value must say what it is (an address, a number, a link).
        let meaningful = runs.filter { !TitleText.clean($0.text).isEmpty }
        if meaningful.count == 1, case .link(let url) = meaningful[0].style, isAddress(url) {
            let text = TitleText.clean(meaningful[0].text)
            let value = url.lowercased().hasPrefix("mailto:") ? String(url.dropFirst(7)) : url
            var kind = Contact.Kind(value: value)
            // An address on no network people name (GitHub, LinkedIn) is the person's own site.
            if kind == .link, defaultLabel(.link, value: value) == "Website" { kind = .website }
            // Text that is the address itself ("www.example.com" for http://www.example.com) is no label.
            let label = text.isEmpty || url.hasSuffix(text) || value.hasSuffix(text) ? defaultLabel(kind, value: value) : text
            return .contact(Contact(kind: kind == .other ? .link : kind, label: label, value: value))
        }
        let value = TitleText.clean(runs.plainText)
        var kind = Contact.Kind(value: value)
        guard kind != .other else { return nil }
        if kind == .link, defaultLabel(.link, value: value) == "Website" { kind = .website }
        return .contact(Contact(kind: kind, label: defaultLabel(kind, value: value), value: value))
    }

    /// A way to reach someone: a web address, an email or a phone number, not a link
    /// into the page (`#skills`) or to a file (`./photo.png`).
    private static func isAddress(_ url: String) -> Bool {
        let lower = url.lowercased()
        return ["http://", "https://", "www.", "mailto:", "tel:"].contains { lower.hasPrefix($0) }
    }

    /// `Label: value` (also `Label : value` and a fullwidth `：`), unless the colon is a URL's.
    private static func labelled(_ runs: Inline) -> (String, Inline)? {
        var label = ""
        for (index, run) in runs.enumerated() {
            if case .link = run.style { return nil }
            guard let colon = run.text.firstIndex(where: { $0 == ":" || $0 == "：" }) else {
                label += run.text
                continue
            }
            label += run.text[..<colon]
            let after = run.text[run.text.index(after: colon)...]
            let cleanLabel = TitleText.clean(label)
            guard !cleanLabel.isEmpty, cleanLabel.count <= 24, !after.hasPrefix("//") else { return nil }
            var value: Inline = after.isEmpty ? [] : [InlineRun(String(after), run.style)]
            value.append(contentsOf: runs[(index + 1)...])
            return (cleanLabel, value)
        }
        return nil
    }

    private static func found(label: String, value runs: Inline) -> Found? {
        let lowerLabel = label.lowercased()
        let meaningful = runs.filter { !$0.text.allSatisfy(\.isWhitespace) }
        var value: String
        if meaningful.count == 1, case .link(let url) = meaningful[0].style {
            value = url.lowercased().hasPrefix("mailto:") ? String(url.dropFirst(7)) : url
            if url.lowercased().hasPrefix("tel:") { value = meaningful[0].text }
        } else {
            value = runs.plainText
        }
        value = value.trimmingSpaces()
        guard !value.isEmpty else { return nil }
        if nameLabels.contains(lowerLabel) { return .name(value) }
        if locationLabels.contains(lowerLabel) { return .location(value) }
        var kind = Contact.Kind(value: value)
        if kind == .link, websiteLabels.contains(lowerLabel) { kind = .website }
        return .contact(Contact(kind: kind, label: label, value: value))
    }

    /// A label for a value written without one: "Email", "Phone", or the site's name.
    private static func defaultLabel(_ kind: Contact.Kind, value: String) -> String {
        switch kind {
        case .email: return "Email"
        case .phone: return "Phone"
        case .website: return "Website"
        case .other: return ""
        case .link:
            let host = value.lowercased().replacingPrefix("https://").replacingPrefix("http://").replacingPrefix("www.")
            let known: [(String, String)] = [
                ("github.com", "GitHub"), ("gitlab.com", "GitLab"), ("linkedin.com", "LinkedIn"), ("twitter.com", "Twitter"),
                ("x.com", "X"), ("medium.com", "Medium"), ("velog.io", "Velog"), ("tistory.com", "Blog"), ("qiita.com", "Qiita"),
                ("zenn.dev", "Zenn"), ("zhihu.com", "Zhihu"), ("juejin.cn", "Juejin"), ("stackoverflow.com", "Stack Overflow"),
            ]
            for (domain, name) in known where host.hasPrefix(domain) || host.contains("." + domain) { return name }
            return "Website"
        }
    }
}

private extension String {
    func replacingPrefix(_ prefix: String) -> String {
        hasPrefix(prefix) ? String(dropFirst(prefix.count)) : self
    }
}

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

/// Reads `Label: value` lines of the contact section into contacts.
enum ContactReader {
    /// One contact from a line's runs, or nil for an empty line.
    ///
    /// The label is the text before the first colon (`Email: …`, `Email : …`), unless
    /// that colon belongs to a URL. The value is the rest; when it is just a link, the
    /// link's target is the value (an email without its `mailto:`).
    static func contact(from runs: Inline) -> Contact? {
        var label = ""
        var valueRuns: Inline = runs
        if let split = colonSplit(runs) {
            label = split.label
            valueRuns = split.value
        }
        let meaningful = valueRuns.filter { !$0.text.allSatisfy(\.isWhitespace) }
        var value: String
        if meaningful.count == 1, case .link(let url) = meaningful[0].style {
            value = url.lowercased().hasPrefix("mailto:") ? String(url.dropFirst("mailto:".count)) : url
        } else {
            value = valueRuns.plainText
        }
        value = value.trimmingSpaces()
        guard !value.isEmpty || !label.isEmpty else { return nil }
        return Contact(kind: Contact.Kind(value: value), label: label, value: value)
    }

    private static func colonSplit(_ runs: Inline) -> (label: String, value: Inline)? {
        var label = ""
        for (index, run) in runs.enumerated() {
            if case .link = run.style { return nil }
            if run.style == .code { label += run.text; continue }
            guard let colon = run.text.firstIndex(of: ":") else {
                label += run.text
                continue
            }
            label += run.text[..<colon]
            let after = run.text[run.text.index(after: colon)...]
            let trimmedLabel = label.trimmingSpaces()
            guard !trimmedLabel.isEmpty, !after.hasPrefix("//") else { return nil }
            var value: Inline = after.isEmpty ? [] : [InlineRun(String(after), run.style)]
            value.append(contentsOf: runs[(index + 1)...])
            return (trimmedLabel, value)
        }
        return nil
    }
}

/// Raw HTML in a résumé (`<br>`, `<div align="center">`, badges, comments) split into
/// tags, comments and text, so it can be shown as what it says rather than as markup.
///
/// This is not an HTML parser and needs not be one: the HTML here is what cmark left
/// as raw HTML, usually a tag or two, and the only thing we do with it is to show its
/// text, break lines where it breaks them, and follow a few tags' meaning.
enum HTMLToken: Equatable {
    case start(name: String, attributes: [String: String])
    case end(name: String)
    case text(String)
    case comment

    /// Tokens of `html`; `<` that opens no tag is text.
    static func tokens(_ html: String) -> [HTMLToken] {
        let chars = Array(html)
        var tokens: [HTMLToken] = []
        var text = ""
        var index = 0
        func flushText() {
            if !text.isEmpty { tokens.append(.text(HTMLEntities.decode(text))) }
            text = ""
        }
        while index < chars.count {
            guard chars[index] == "<", let (token, next, selfClosing) = tag(chars, at: index) else {
                text.append(chars[index])
                index += 1
                continue
            }
            flushText()
            tokens.append(token)
            // `<svg … />` opens nothing: without its end, a self-closed `<svg/>` or
            // `<iframe/>` would hide all that follows.
            if selfClosing, case .start(let name, _) = token { tokens.append(.end(name: name)) }
            index = next
        }
        flushText()
        return tokens
    }

    /// The tag, comment or declaration starting at `start` (a `<`), the index after it,
    /// and whether it closes itself (`<br/>`, `<svg … />`).
    private static func tag(_ chars: [Character], at start: Int) -> (HTMLToken, Int, Bool)? {
        var index = start + 1
        guard index < chars.count else { return nil }
        if chars[index] == "!" || chars[index] == "?" {
            // `<!-- … -->`, `<!DOCTYPE …>`, `<?xml …?>`: nothing to show.
            let isComment = chars[index...].starts(with: ["!", "-", "-"])
            let close: [Character] = isComment ? ["-", "-", ">"] : [">"]
            var end = index
            while end < chars.count, !chars[end...].starts(with: close) { end += 1 }
            // An unclosed comment hides the rest, as a browser would.
            return (.comment, min(end + close.count, chars.count), false)
        }
        let closing = chars[index] == "/"
        if closing { index += 1 }
        let nameStart = index
        while index < chars.count, chars[index].isASCII, chars[index].isLetter || chars[index].isNumber || chars[index] == "-" {
            index += 1
        }
        guard index > nameStart, chars[nameStart].isLetter else { return nil }
        let name = String(chars[nameStart..<index]).lowercased()
        var attributes: [String: String] = [:]
        while index < chars.count {
            var slash = false
            while index < chars.count, chars[index].isWhitespace || chars[index] == "/" {
                slash = chars[index] == "/"
                index += 1
            }
            guard index < chars.count else { return nil }
            if chars[index] == ">" {
                return (closing ? .end(name: name) : .start(name: name, attributes: attributes), index + 1, slash && !closing)
            }
            let keyStart = index
            while index < chars.count, !chars[index].isWhitespace, !"=>/".contains(chars[index]) { index += 1 }
            let key = String(chars[keyStart..<index]).lowercased()
            guard index > keyStart else { return nil }
            while index < chars.count, chars[index].isWhitespace { index += 1 }
            guard index < chars.count, chars[index] == "=" else {
                attributes[key] = ""
                continue
            }
            index += 1
            while index < chars.count, chars[index].isWhitespace { index += 1 }
            guard index < chars.count else { return nil }
            var value = ""
            if chars[index] == "\"" || chars[index] == "'" {
                let quote = chars[index]
                index += 1
                while index < chars.count, chars[index] != quote { value.append(chars[index]); index += 1 }
                index += 1
            } else {
                while index < chars.count, !chars[index].isWhitespace, chars[index] != ">" { value.append(chars[index]); index += 1 }
            }
            attributes[key] = HTMLEntities.decode(value)
        }
        return nil
    }
}

/// What some HTML elements mean for a résumé shown as text.
enum HTMLElement {
    /// Elements whose content is not text to show: code, styles, vector drawings.
    static let hidden: Set<String> = ["script", "style", "svg", "math", "head", "title", "noscript", "template", "object", "iframe"]
    /// Elements that start and end a block of text.
    static let blocks: Set<String> = [
        "p", "div", "section", "article", "header", "footer", "main", "nav", "aside", "center", "blockquote",
        "ul", "ol", "li", "dl", "dt", "dd", "table", "thead", "tbody", "tr", "details", "summary", "figure",
        "figcaption", "address", "h1", "h2", "h3", "h4", "h5", "h6", "pre", "hr",
    ]
    /// Elements with no closing tag.
    static let void: Set<String> = ["br", "hr", "img", "input", "meta", "link", "wbr", "source", "col", "area", "base", "embed"]

    /// The inline style an element gives its text, if any.
    static func style(_ name: String) -> InlineStyle? {
        switch name {
        case "b", "strong": return .strong
        case "i", "em", "cite": return .emphasis
        case "s", "del", "strike": return .strikethrough
        case "code", "kbd", "samp", "tt": return .code
        default: return nil
        }
    }

    static func headingLevel(_ name: String) -> Int? {
        guard name.count == 2, name.first == "h", let digit = name.last?.wholeNumberValue, (1...6).contains(digit) else { return nil }
        return digit
    }
}

/// HTML character references (`&nbsp;`, `&lt;`, `&#x1F600;`), decoded by cmark itself:
/// a reference alone is a Markdown document whose text is the decoded character, so
/// the full HTML5 entity table comes from the CommonMark reference implementation.
enum HTMLEntities {
    static func decode(_ text: String) -> String {
        guard text.contains("&") else { return text }
        let chars = Array(text)
        var out = ""
        var index = 0
        while index < chars.count {
            guard chars[index] == "&", let end = referenceEnd(chars, from: index) else {
                out.append(chars[index])
                index += 1
                continue
            }
            let reference = String(chars[index...end])
            out += decodeOne(reference) ?? reference
            index = end + 1
        }
        return out
    }

    /// The index of the `;` ending a reference that starts at `start`, if one does.
    private static func referenceEnd(_ chars: [Character], from start: Int) -> Int? {
        var index = start + 1
        // The longest HTML5 entity name is 31 characters; a numeric one is shorter.
        while index < chars.count, index - start <= 33 {
            let ch = chars[index]
            if ch == ";" { return index > start + 1 ? index : nil }
            guard ch.isASCII, ch.isLetter || ch.isNumber || ch == "#" else { return nil }
            index += 1
        }
        return nil
    }

    private static func decodeOne(_ reference: String) -> String? {
        CMarkDocument.parse(reference) { document -> String? in
            guard let paragraph = document?.children.first, paragraph.kind == .paragraph else { return nil }
            let text = paragraph.children.filter { $0.kind == .text }.map(\.literal).joined()
            return text.isEmpty || text == reference ? nil : text
        }
    }
}

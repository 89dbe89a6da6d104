/// Turns cmark's inline nodes, and the raw HTML among them, into styled runs.
///
/// A run has one style: nested bold and italic take the outermost one, a link or code
/// keeps its own. An image is its alt text (inside a link, a badge, it is the link's
/// text). HTML tags are followed for what they mean (`<br>`
/// breaks the line, `<b>` is bold, `<a href>` links) and otherwise dropped with their
/// attributes, so an `<svg>` path or a comment never shows as text.
struct InlineBuilder {
    private var runs: Inline = []
    /// Markdown and HTML nesting, outermost first.
    private var styles: [InlineStyle] = []
    /// Open HTML elements, and where their style sits in `styles` (nil: no style).
    private var openHTML: [(name: String, styleIndex: Int?)] = []
    /// Inside `<script>`, `<style>`, `<svg>` and such: their text is not shown.
    private var hiddenDepth = 0
    private var pendingSoftBreak = false
    /// How many times text was added: whether a link gave any text, without measuring
    /// all the runs again for each link (which made a paragraph of links quadratic).
    private var pushes = 0
    /// A comment or a hidden element was just dropped: "a <!-- x --> b" shows one space.
    private var joinsSpaces = false
    /// In a heading, pictures (a logo, a badge) are decoration, not words of the title.
    private var dropsPictures = false

    /// The runs of `node`'s inline children.
    static func inline(of node: CMarkNode) -> Inline {
        var builder = InlineBuilder()
        for child in node.children { builder.add(child) }
        return builder.finished()
    }

    /// The runs of a heading: without its pictures (`# ![logo](l.png) Jane Roe` is named
    /// "Jane Roe"), unless pictures are all it has.
    static func heading(of node: CMarkNode) -> Inline {
        var builder = InlineBuilder()
        builder.dropsPictures = true
        for child in node.children { builder.add(child) }
        let text = builder.finished()
        return text.isEmpty ? inline(of: node) : text
    }

    /// The runs of an HTML heading (`<h1><img src="…"> Jane Roe</h1>`), as `heading(of:)`.
    static func heading(ofHTML tokens: [HTMLToken]) -> Inline {
        var builder = InlineBuilder()
        builder.dropsPictures = true
        builder.addHTML(tokens, collapsingSpaces: true)
        let text = builder.finished()
        return text.isEmpty ? inline(ofHTML: tokens) : text
    }

    /// The runs of each line of a paragraph, split where the file breaks the line.
    static func lines(of node: CMarkNode) -> [Inline] {
        var lines: [Inline] = []
        var builder = InlineBuilder()
        for child in node.children {
            if child.kind == .softBreak || child.kind == .lineBreak {
                lines.append(builder.finished())
                builder = InlineBuilder()
            } else {
                builder.add(child)
            }
        }
        lines.append(builder.finished())
        return lines.filter { !$0.isEmpty }
    }

    /// Text split at its hard line breaks.
    static func lines(splitting text: Inline) -> [Inline] {
        var lines: [Inline] = [[]]
        for run in text {
            if run.style == .lineBreak { lines.append([]) } else { lines[lines.count - 1].append(run) }
        }
        return lines.filter { !$0.isEmpty }
    }

    /// The runs of a fragment of raw HTML (the text of an HTML block).
    static func inline(ofHTML tokens: [HTMLToken]) -> Inline {
        var builder = InlineBuilder()
        builder.addHTML(tokens, collapsingSpaces: true)
        return builder.finished()
    }

    // MARK: - Nodes

    mutating func add(_ node: CMarkNode) {
        switch node.kind {
        case .text: append(node.literal)
        case .softBreak: pendingSoftBreak = true
        case .lineBreak: lineBreak()
        case .code:
            // Code inside a link is part of the link's text.
            if case .link = currentStyle { append(node.literal) } else { appendStyled(node.literal, .code) }
        case .emphasis: nest(node, .emphasis)
        case .strong: nest(node, .strong)
        case .strikethrough: nest(node, .strikethrough)
        case .link: link(node)
        case .image:
            guard !dropsPictures else { return }
            image(url: node.url, alt: Self.inline(of: node).plainText)
        case .htmlInline: addHTML(HTMLToken.tokens(node.literal), collapsingSpaces: false)
        case .footnoteReference: append("[\(node.literal)]")
        default: for child in node.children { add(child) }
        }
    }

    private mutating func nest(_ node: CMarkNode, _ style: InlineStyle) {
        // `*****…` nests emphasis as deep as the stars go; past a sane depth the text is
        // kept, its styles no longer.
        guard styles.count < 32 else { return append(node.flattenedText) }
        styles.append(style)
        for child in node.children { add(child) }
        styles.removeLast()
    }

    private mutating func link(_ node: CMarkNode) {
        let url = node.url
        let children = node.children
        // A bare URL in Korean text ("https://x.com에서") is linked by GFM up to the next
        // space; the address ends at the first non-ASCII character, the rest is text.
        if children.count == 1, children[0].kind == .text, Self.isBareAutolink(text: children[0].literal, url: url),
           let cut = children[0].literal.firstIndex(where: { !$0.isASCII }) {
            let text = children[0].literal
            let rest = String(text[cut...])
            let address = url.hasSuffix(rest) ? String(url.dropLast(rest.count)) : url
            appendStyled(String(text[..<cut]), .link(url: address))
            append(rest)
            return
        }
        guard !url.isEmpty else {
            for child in children { add(child) }
            return
        }
        // A badge (`[![Build](img)](ci)`) in a heading is a picture too.
        if dropsPictures, children.allSatisfy({ $0.kind == .image || ($0.kind == .text && $0.literal.allSatisfy(\.isWhitespace)) }) {
            return
        }
        let before = pushes
        styles.append(.link(url: url))
        for child in children { add(child) }
        // A link with no text (`[](url)`, a badge without alt text) still shows its address.
        if pushes == before { append(url) }
        styles.removeLast()
    }

    private static func isBareAutolink(text: String, url: String) -> Bool {
        url == text || url == "http://" + text || url == "mailto:" + text
    }

    private mutating func image(url: String, alt: String) {
        if case .link = currentStyle {
            append(alt)
            return
        }
        guard !url.isEmpty || !alt.isEmpty else { return }
        guard !url.isEmpty else { return append(alt) }
        appendStyled(alt.isEmpty ? url : alt, .image(url: url))
    }

    // MARK: - Raw HTML

    mutating func addHTML(_ tokens: [HTMLToken], collapsingSpaces: Bool) {
        for token in tokens {
            switch token {
            case .comment:
                joinsSpaces = true
            case .text(let text):
                append(collapsingSpaces ? Self.collapsed(text) : text)
            case .start(let name, let attributes):
                startElement(name, attributes)
            case .end(let name):
                endElement(name)
            }
        }
    }

    private mutating func startElement(_ name: String, _ attributes: [String: String]) {
        if HTMLElement.hidden.contains(name) {
            hiddenDepth += 1
            joinsSpaces = true
            return
        }
        switch name {
        case "br": lineBreak()
        case "img":
            guard !dropsPictures else { return }
            image(url: attributes["src"] ?? "", alt: attributes["alt"] ?? "")
        case "a":
            if let href = attributes["href"], !href.isEmpty {
                openHTML.append((name, styles.count))
                styles.append(.link(url: href))
            } else {
                openHTML.append((name, nil))
            }
        default:
            guard !HTMLElement.void.contains(name) else { return }
            if let style = HTMLElement.style(name) {
                openHTML.append((name, styles.count))
                styles.append(style)
            } else {
                openHTML.append((name, nil))
            }
        }
    }

    private mutating func endElement(_ name: String) {
        if HTMLElement.hidden.contains(name) {
            hiddenDepth = max(0, hiddenDepth - 1)
            return
        }
        guard let open = openHTML.lastIndex(where: { $0.name == name }) else { return }
        if let index = openHTML[open].styleIndex, index < styles.count { styles.remove(at: index) }
        openHTML.removeSubrange(open...)
    }

    /// HTML's own rule: a run of spaces and line ends shows as one space.
    private static func collapsed(_ text: String) -> String {
        var out = ""
        var inSpace = false
        for ch in text {
            if ch.isWhitespace {
                if !inSpace { out.append(" ") }
                inSpace = true
            } else {
                out.append(ch)
                inSpace = false
            }
        }
        return out
    }

    // MARK: - Runs

    private var currentStyle: InlineStyle {
        if let link = styles.last(where: { if case .link = $0 { return true } else { return false } }) { return link }
        if styles.contains(.code) { return .code }
        return styles.first ?? .plain
    }

    private mutating func append(_ text: String) {
        appendStyled(text, currentStyle)
    }

    private mutating func appendStyled(_ text: String, _ style: InlineStyle) {
        guard hiddenDepth == 0, !text.isEmpty else { return }
        var text = text
        if joinsSpaces {
            joinsSpaces = false
            // What was dropped leaves the spaces on both sides of it: one is enough.
            if runs.last?.text.last?.isWhitespace ?? false, !pendingSoftBreak {
                text = String(text.drop { $0 == " " || $0 == "\t" })
                guard !text.isEmpty else { return }
            }
        }
        if pendingSoftBreak {
            pendingSoftBreak = false
            // A line end inside a paragraph is a space, except between two Chinese or
            // Japanese characters, which are written without one.
            let previous = runs.last?.text.last
            if !(previous.map(Script.isSpacelessCJK) ?? false && text.first.map(Script.isSpacelessCJK) ?? false) {
                push(" ", .plain)
            }
        }
        push(text, style)
    }

    private mutating func lineBreak() {
        guard hiddenDepth == 0 else { return }
        pendingSoftBreak = false
        push("\n", .lineBreak)
    }

    private mutating func push(_ text: String, _ style: InlineStyle) {
        pushes += 1
        if style != .lineBreak, let last = runs.indices.last, runs[last].style == style {
            runs[last].text += text
        } else {
            runs.append(InlineRun(text, style))
        }
    }

    /// The runs, tidied: no empty runs, no spaces at the edges of the text or inside the
    /// edges of bold and italic runs (they become plain), no line break at either end.
    func finished() -> Inline {
        var out: Inline = []
        func add(_ text: String, _ style: InlineStyle) {
            guard !text.isEmpty else { return }
            if style != .lineBreak, let last = out.indices.last, out[last].style == style {
                out[last].text += text
            } else {
                out.append(InlineRun(text, style))
            }
        }
        for run in runs {
            switch run.style {
            case .strong, .emphasis, .strikethrough:
                let core = run.text.trimmingSpaces()
                guard !core.isEmpty else {
                    add(run.text, .plain)
                    continue
                }
                let lead = run.text.prefix { $0.isWhitespace }
                let trail = String(run.text.reversed().prefix { $0.isWhitespace })
                add(String(lead), .plain)
                add(core, run.style)
                add(trail, .plain)
            default:
                add(run.text, run.style)
            }
        }
        // A line broken by hand (`<br>` then a line end) neither ends nor starts with a space.
        for index in out.indices where out[index].style == .lineBreak {
            if index > out.startIndex, out[index - 1].style == .plain {
                while let ch = out[index - 1].text.last, ch.isWhitespace { out[index - 1].text.removeLast() }
            }
            if index + 1 < out.endIndex, out[index + 1].style == .plain {
                out[index + 1].text = String(out[index + 1].text.drop { $0.isWhitespace })
            }
        }
        out.removeAll { $0.text.isEmpty }
        // Only plain spaces are trimmed: a code span of spaces is what its author wrote.
        func isBlank(_ run: InlineRun) -> Bool {
            run.style == .lineBreak || (run.style == .plain && run.text.allSatisfy(\.isWhitespace))
        }
        while let first = out.first, isBlank(first) { out.removeFirst() }
        while let last = out.last, isBlank(last) { out.removeLast() }
        if let first = out.indices.first, out[first].style == .plain {
            out[first].text = String(out[first].text.drop { $0.isWhitespace })
        }
        if let last = out.indices.last, out[last].style == .plain {
            while let ch = out[last].text.last, ch.isWhitespace { out[last].text.removeLast() }
        }
        return out
    }
}

/// The résumé as one self-contained HTML page: styles inline, no scripts, no fonts or
/// images to fetch, so it reads the same offline, in a mail attachment, or printed.
///
/// Links go only where they are safe to follow: `http`, `https`, `mailto` and `tel`
/// addresses become links; any other (`javascript:`, `data:`, a relative path) is
/// shown as text, so a résumé can't put a live script link in the page.
public enum HTMLWriter {
    /// `today` dates the tenure of an ongoing job, as in the terminal.
    public static func write(_ resume: Resume, today: CalendarDate) -> String {
        page(language: resume.language, title: resume.name, body: body(of: resume, today: today))
    }

    /// The résumé's header and sections, the page's body without the page around it.
    static func body(of resume: Resume, today: CalendarDate) -> String {
        let writer = Writer(language: resume.language, today: today)
        var body = "<header>\n<h1>\(escape(resume.name))</h1>\n"
        if let label = resume.label { body += "<p class=\"headline\">\(escape(label))</p>\n" }
        body += writer.blocks(resume.intro, paragraphClass: "headline")
        var contacts = resume.contacts.map { "<li><span class=\"label\">\(escape($0.label))</span> \(contactValue($0))</li>\n" }
        if let location = resume.location?.text, !location.isEmpty {
            contacts.append("<li><span class=\"label\">Location</span> \(escape(location))</li>\n")
        }
        if !contacts.isEmpty { body += "<ul class=\"contacts\">\n" + contacts.joined() + "</ul>\n" }
        body += "</header>\n"
        for section in resume.sections where !(section.kind == .contact && section.intro.isEmpty && section.entries.isEmpty) {
            body += "<section class=\"\(section.kind.rawValue)\">\n<h2>\(escape(section.title))</h2>\n"
            body += writer.blocks(section.intro)
            for entry in section.entries { body += writer.entry(entry) }
            body += "</section>\n"
        }
        return body
    }

    /// A whole page around `body`: in `language`, titled `title`, with the styles inline.
    static func page(language: Language, title: String, body: String, extraStyle: String = "") -> String {
        """
            <!DOCTYPE html>
            <html lang="\(language.rawValue)">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>\(escape(title))</title>
            <style>\(style)\(extraStyle)</style>
            </head>
            <body>
            \(body)</body>
            </html>

            """
    }

    private struct Writer {
        let language: Language
        let today: CalendarDate

        // MARK: - Entries

        func entry(_ entry: Entry) -> String {
            switch entry {
            case .job(let job):
                var html = "<article>\n<h3>\(link(escape(job.organization), to: job.url))"
                if let role = job.role { html += " <span class=\"role\">· \(escape(role))</span>" }
                html += "</h3>\n"
                var when = job.period.map { $0.text(in: language, today: today) } ?? job.periodText
                if let location = job.location { when = when.map { "\($0) · \(location)" } ?? location }
                if let when { html += "<p class=\"period\">\(escape(when))</p>\n" }
                if !job.facts.isEmpty {
                    html += "<dl>" + job.facts.map { "<dt>\(escape($0.label))</dt><dd>\(escape($0.value))</dd>" }.joined() + "</dl>\n"
                }
                html += blocks(job.summary)
                for group in job.groups { html += "<h4>\(escape(group.title))</h4>\n" + blocks(group.blocks) }
                return html + "</article>\n"
            case .talk(let talk):
                var heading = escape(talk.event)
                if let date = talk.date { heading += " " + escape(Period(start: date, end: .date(date)).text(in: language, today: today)) }
                if let role = talk.role { heading += " <span class=\"role\">· \(escape(role))</span>" }
                var html = "<article>\n<h3>\(heading)</h3>\n"
                if !talk.title.isEmpty { html += "<p class=\"title\">\(inline(talk.title))</p>\n" }
                if let url = talk.url { html += "<p>\(link(escape(url), to: url))</p>\n" }
                return html + blocks(talk.notes) + "</article>\n"
            case .skill(let group):
                var heading = escape(group.title)
                if let level = group.level { heading += " <span class=\"role\">· \(escape(level))</span>" }
                return "<article>\n<h3>\(heading)</h3>\n" + blocks(group.blocks) + "</article>\n"
            case .item(let item):
                var heading = link(escape(item.title), to: item.url)
                var details = item.subtitle.map { [$0] } ?? []
                if let date = item.date { details.append(Period(start: date, end: .date(date)).text(in: language, today: today)) }
                if !details.isEmpty { heading += " <span class=\"role\">· \(escape(details.joined(separator: " · ")))</span>" }
                var html = "<article>\n<h3>\(heading)</h3>\n" + blocks(item.blocks)
                for group in item.groups { html += "<h4>\(escape(group.title))</h4>\n" + blocks(group.blocks) }
                return html + "</article>\n"
            }
        }

        // MARK: - Blocks

        func blocks(_ blocks: [Block], paragraphClass: String? = nil) -> String {
            blocks.map { block in
                switch block {
                case .paragraph(let text):
                    let attribute = paragraphClass.map { " class=\"\($0)\"" } ?? ""
                    return "<p\(attribute)>\(inline(text))</p>\n"
                case .heading(let text): return "<h5>\(inline(text))</h5>\n"
                case .list(let items): return list(items)
                case .code(let code):
                    let attribute = code.language.map { " class=\"language-\(escape($0))\"" } ?? ""
                    return "<pre><code\(attribute)>\(escape(code.text, keepingLineEnds: true))</code></pre>\n"
                case .quote(let inner): return "<blockquote>\n\(self.blocks(inner))</blockquote>\n"
                case .table(let table): return self.table(table)
                case .rule: return "<hr>\n"
                }
            }.joined()
        }

        private func list(_ items: [ListItem]) -> String {
            let ordered = items.first?.number
            var html = ordered.map { $0 == 1 ? "<ol>\n" : "<ol start=\"\($0)\">\n" } ?? "<ul>\n"
            for item in items {
                var text = inline(item.text)
                if let checked = item.checked {
                    text = "<input type=\"checkbox\" disabled\(checked ? " checked" : "")> " + text
                }
                html += "<li>\(text)"
                if !item.blocks.isEmpty { html += "\n" + blocks(item.blocks) }
                html += "</li>\n"
            }
            return html + (ordered == nil ? "</ul>\n" : "</ol>\n")
        }

        private func table(_ table: Table) -> String {
            func cell(_ tag: String, _ text: Inline, _ column: Int) -> String {
                let alignment = column < table.alignments.count ? table.alignments[column] : .none
                let style = alignment == .none ? "" : " style=\"text-align:\(alignment.rawValue)\""
                return "<\(tag)\(style)>\(inline(text))</\(tag)>"
            }
            var html = "<table>\n"
            if !table.header.isEmpty {
                html += "<thead><tr>" + table.header.enumerated().map { cell("th", $1, $0) }.joined() + "</tr></thead>\n"
            }
            html += "<tbody>\n"
            for row in table.rows { html += "<tr>" + row.enumerated().map { cell("td", $1, $0) }.joined() + "</tr>\n" }
            return html + "</tbody>\n</table>\n"
        }

        // MARK: - Inline text

        func inline(_ runs: Inline) -> String {
            runs.map { run in
                switch run.style {
                case .plain: return figures(run.text)
                case .strong: return "<strong>\(escape(run.text))</strong>"
                case .emphasis: return "<em>\(escape(run.text))</em>"
                case .strikethrough: return "<del>\(escape(run.text))</del>"
                case .code: return "<code>\(escape(run.text))</code>"
                case .lineBreak: return "<br>"
                case .link(let url): return link(escape(run.text), to: url)
                // Nothing is fetched: the picture is a link to itself, named by its alt text.
                case .image(let url): return link(escape(run.text), to: url)
                }
            }.joined()
        }

        /// Plain text with its figures (1000개, reqps 7000) marked, as in the terminal.
        private func figures(_ text: String) -> String {
            var html = ""
            var rest = text[...]
            for range in Highlights.ranges(in: text) {
                html += escape(String(rest[..<range.lowerBound])) + "<b class=\"figure\">\(escape(String(text[range])))</b>"
                rest = text[range.upperBound...]
            }
            return html + escape(String(rest))
        }
    }

    /// `html` as a link to `url` when the address is one that is safe to follow.
    static func link(_ html: String, to url: String?) -> String {
        guard let url, isSafe(url) else { return html }
        return "<a href=\"\(escape(url))\">\(html)</a>"
    }

    /// `http`, `https`, `mailto` and `tel` only: nothing that runs code or reads files.
    static func isSafe(_ url: String) -> Bool {
        let lower = url.lowercased().drop { $0.isWhitespace }
        return ["http://", "https://", "mailto:", "tel:"].contains { lower.hasPrefix($0) && lower.count > $0.count }
    }

    private static func contactValue(_ contact: Contact) -> String {
        switch contact.kind {
        case .email: return link(escape(contact.value), to: "mailto:" + contact.value)
        case .phone: return link(escape(contact.value), to: "tel:" + contact.value.filter { $0 == "+" || $0.isNumber })
        case .link, .website:
            let url = contact.value.lowercased().hasPrefix("www.") ? "https://" + contact.value : contact.value
            return link(escape(contact.value), to: url)
        case .other: return escape(contact.value)
        }
    }

    /// Escapes text for HTML, and drops control characters (they have no place in a page).
    static func escape(_ text: String, keepingLineEnds: Bool = false) -> String {
        var out = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            case "\n" where keepingLineEnds: out += "\n"
            default:
                if scalar.properties.generalCategory == .control { continue }
                out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    private static let style = """
        body{font:16px/1.6 -apple-system,"Segoe UI","Noto Sans KR","Noto Sans CJK JP","Noto Sans SC","Apple SD Gothic Neo",\
        "Malgun Gothic",sans-serif;max-width:46rem;margin:2rem auto;padding:0 1rem;color:#222;background:#fff}\
        h1{margin:0;font-size:2rem}h2{border-bottom:2px solid #e8a33d;padding-bottom:.2rem;margin-top:2.5rem}\
        h3{margin:1.5rem 0 .2rem;color:#1d5d8c}h4{margin:1rem 0 .2rem;color:#7a4f12}h5{margin:.8rem 0 .2rem;font-size:1rem}\
        .headline{font-style:italic;color:#555}.period,.role{color:#3c7a3c}.contacts{list-style:none;padding:0}\
        .label{display:inline-block;min-width:4rem;font-weight:bold;color:#4a6070}.figure{color:#b35900}\
        a{color:#1a5fb4}code{background:#f3f3f3;padding:0 .2rem}pre{background:#f3f3f3;padding:.5rem;overflow-x:auto}\
        pre code{padding:0}blockquote{margin:0;padding-left:1rem;border-left:3px solid #ccc;color:#555}\
        table{border-collapse:collapse}th,td{border-bottom:1px solid #ddd;padding:.2rem .6rem;text-align:left}\
        dl{display:grid;grid-template-columns:max-content auto;gap:0 1rem}dt{font-weight:bold;color:#4a6070}dd{margin:0}\
        @media (prefers-color-scheme:dark){body{color:#ddd;background:#1b1b1b}h3{color:#7cc4f5}h4{color:#e0b070}\
        .headline{color:#aaa}a{color:#8ab4f8}.figure{color:#ffb454}code,pre{background:#333}}\
        @media print{body{margin:0;max-width:none}a{color:inherit}}
        """
}

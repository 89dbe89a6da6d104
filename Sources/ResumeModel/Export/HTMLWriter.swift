/// The résumé as one self-contained HTML page: styles inline, no scripts, no fonts or
/// images to fetch, so it reads the same offline, in a mail attachment, or printed.
public enum HTMLWriter {
    /// `today` dates the tenure of an ongoing job, as in the terminal.
    public static func write(_ resume: Resume, today: CalendarDate) -> String {
        var body = "<header>\n<h1>\(escape(resume.name))</h1>\n"
        for paragraph in resume.headline { body += "<p class=\"headline\">\(inline(paragraph))</p>\n" }
        if !resume.contacts.isEmpty {
            body += "<ul class=\"contacts\">\n"
            for contact in resume.contacts {
                body += "<li><span class=\"label\">\(escape(contact.label))</span> \(contactValue(contact))</li>\n"
            }
            body += "</ul>\n"
        }
        body += "</header>\n"
        for section in resume.sections where section.kind != .contact {
            body += "<section class=\"\(section.kind.rawValue)\">\n<h2>\(escape(section.title))</h2>\n"
            body += blocks(section.intro)
            for entry in section.entries { body += self.entry(entry, today: today) }
            body += "</section>\n"
        }
        return """
            <!DOCTYPE html>
            <html lang="ko">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>\(escape(resume.name))</title>
            <style>\(style)</style>
            </head>
            <body>
            \(body)</body>
            </html>

            """
    }

    // MARK: - Entries

    private static func entry(_ entry: Entry, today: CalendarDate) -> String {
        switch entry {
        case .job(let job):
            var html = "<article>\n<h3>\(escape(job.organization))</h3>\n"
            html += "<p class=\"period\">\(escape(period(job.period, today: today)))</p>\n"
            html += blocks(job.summary)
            for group in job.groups { html += "<h4>\(escape(group.title))</h4>\n" + blocks(group.blocks) }
            return html + "</article>\n"
        case .talk(let talk):
            var heading = escape(talk.event)
            if let year = talk.year { heading += " \(year)" }
            if let role = talk.role { heading += " <span class=\"role\">· \(escape(role))</span>" }
            var html = "<article>\n<h3>\(heading)</h3>\n"
            if !talk.title.isEmpty { html += "<p class=\"title\">\(inline(talk.title))</p>\n" }
            if let url = talk.url { html += "<p><a href=\"\(escape(url))\">\(escape(url))</a></p>\n" }
            return html + blocks(talk.notes) + "</article>\n"
        case .skill(let group):
            return "<article>\n<h3>\(escape(group.title))</h3>\n" + blocks(group.blocks) + "</article>\n"
        case .item(let item):
            var html = "<article>\n<h3>\(escape(item.title))</h3>\n" + blocks(item.blocks)
            for group in item.groups { html += "<h4>\(escape(group.title))</h4>\n" + blocks(group.blocks) }
            return html + "</article>\n"
        }
    }

    /// "2023.09 – 현재 · 3년 2개월", as the terminal shows it.
    static func period(_ period: Period, today: CalendarDate) -> String {
        let parts = period.displayParts(today: today)
        return "\(parts.start) – \(parts.end) · \(parts.tenure)"
    }

    // MARK: - Blocks and inline text

    private static func blocks(_ blocks: [Block]) -> String {
        blocks.map { block in
            switch block {
            case .paragraph(let text): return "<p>\(inline(text))</p>\n"
            case .list(let items): return list(items)
            }
        }.joined()
    }

    private static func list(_ items: [ListItem]) -> String {
        "<ul>\n" + items.map { "<li>\(inline($0.text))\($0.children.isEmpty ? "" : "\n" + list($0.children))</li>\n" }.joined() + "</ul>\n"
    }

    private static func inline(_ runs: Inline) -> String {
        runs.map { run in
            switch run.style {
            case .plain: return figures(run.text)
            case .strong: return "<strong>\(escape(run.text))</strong>"
            case .emphasis: return "<em>\(escape(run.text))</em>"
            case .code: return "<code>\(escape(run.text))</code>"
            case .link(let url): return "<a href=\"\(escape(url))\">\(escape(run.text))</a>"
            }
        }.joined()
    }

    /// Plain text with its figures (1000개, reqps 7000) marked, as in the terminal.
    private static func figures(_ text: String) -> String {
        var html = ""
        var rest = text[...]
        for range in Highlights.ranges(in: text) {
            html += escape(String(rest[..<range.lowerBound])) + "<b class=\"figure\">\(escape(String(text[range])))</b>"
            rest = text[range.upperBound...]
        }
        return html + escape(String(rest))
    }

    private static func contactValue(_ contact: Contact) -> String {
        switch contact.kind {
        case .email: return "<a href=\"mailto:\(escape(contact.value))\">\(escape(contact.value))</a>"
        case .phone: return "<a href=\"tel:\(escape(contact.value.filter { $0 == "+" || $0.isNumber }))\">\(escape(contact.value))</a>"
        case .link: return "<a href=\"\(escape(contact.value))\">\(escape(contact.value))</a>"
        case .other: return escape(contact.value)
        }
    }

    /// Escapes text for HTML, and drops control characters (they have no place in a page).
    static func escape(_ text: String) -> String {
        var out = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            default:
                if scalar.properties.generalCategory == .control { continue }
                out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    private static let style = """
        body{font:16px/1.6 -apple-system,"Segoe UI","Noto Sans KR","Apple SD Gothic Neo","Malgun Gothic",sans-serif;\
        max-width:46rem;margin:2rem auto;padding:0 1rem;color:#222;background:#fff}\
        h1{margin:0;font-size:2rem}h2{border-bottom:2px solid #e8a33d;padding-bottom:.2rem;margin-top:2.5rem}\
        h3{margin:1.5rem 0 .2rem;color:#1d5d8c}h4{margin:1rem 0 .2rem;color:#7a4f12}\
        .headline{font-style:italic;color:#555}.period,.role{color:#3c7a3c}.contacts{list-style:none;padding:0}\
        .label{display:inline-block;min-width:4rem;font-weight:bold;color:#4a6070}.figure{color:#b35900}\
        a{color:#1a5fb4}code{background:#f3f3f3;padding:0 .2rem}\
        @media (prefers-color-scheme:dark){body{color:#ddd;background:#1b1b1b}h3{color:#7cc4f5}h4{color:#e0b070}\
        .headline{color:#aaa}a{color:#8ab4f8}.figure{color:#ffb454}code{background:#333}}\
        @media print{body{margin:0;max-width:none}a{color:inherit}}
        """
}

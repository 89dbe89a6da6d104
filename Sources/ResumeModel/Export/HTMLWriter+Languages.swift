extension HTMLWriter {
    /// The résumé in each of its languages on one page, for `export --format html`.
    ///
    /// One `<div>` per language, each with its own `lang` (so a browser picks the right
    /// fonts and a screen reader the right voice) and an `id` that is its code, and a
    /// switch of plain links (`#en`, `#ko`) above them. Which one shows is CSS alone
    /// (`:target`, and `:has()` to hide the others), because the page carries no script:
    /// the first résumé shows until a link is followed, and a link to the page with
    /// `#en` opens it in English. Printing prints the one in view. A browser without
    /// `:has()` shows the chosen language below the first, so nothing is ever hidden
    /// that was asked for.
    ///
    /// With one résumé the page is exactly `write(_:today:)`'s.
    public static func write(_ resumes: [Resume], today: CalendarDate) -> String {
        var seen = Set<Language>()
        let resumes = resumes.filter { seen.insert($0.language).inserted }
        guard let first = resumes.first else { return "" }
        guard resumes.count > 1 else { return write(first, today: today) }
        var html = "<nav class=\"languages\">\n"
        for resume in resumes {
            let code = resume.language.rawValue
            html += "<a href=\"#\(code)\" hreflang=\"\(code)\" lang=\"\(code)\">\(escape(resume.language.nativeName))</a>\n"
        }
        html += "</nav>\n"
        for resume in resumes {
            let code = resume.language.rawValue
            html += "<div class=\"language\" id=\"\(code)\" lang=\"\(code)\">\n" + body(of: resume, today: today) + "</div>\n"
        }
        return page(language: first.language, title: first.name, body: html, extraStyle: languageStyle(resumes.map(\.language)))
    }

    /// Shows one language at a time: the one the address names, else the first; the
    /// switch marks it and is not printed.
    private static func languageStyle(_ languages: [Language]) -> String {
        var style = ".languages{display:flex;gap:1rem;justify-content:flex-end;font-size:.9rem}"
            + ".language{display:none}.language:first-of-type,.language:target{display:block}"
            + "body:has(.language:target) .language:not(:target){display:none}"
            + "body:not(:has(.language:target)) .languages a:first-child{font-weight:bold}"
        for language in languages {
            let code = language.rawValue
            style += "body:has(#\(code):target) .languages a[href=\"#\(code)\"]{font-weight:bold}"
        }
        return style + "@media print{.languages{display:none}}"
    }
}

/// Reads resume.md into a `Resume`, with diagnostics. It never traps, whatever the bytes.
///
/// # How resume.md is read
///
/// **Headings.** Exactly one `# Name` heading gives the person's name; the
/// paragraphs after it, before the first `##`, are the headline (one `Inline` per
/// paragraph). `## Title` starts a section, `### Title` an entry in it, `#### Title`
/// a group in an entry. A heading is 1–6 `#`, then a space, at most 3 spaces in.
///
/// **Section kinds** come from the `##` title, case-insensitively; the first match in
/// this order wins, English words at the start of a word, Korean ones anywhere:
/// contact ("contact", "연락"), career ("career", "experience", "work", "경력"), talks
/// ("talk", "conference", "speaking", "presentation", "발표"), skills ("skill", "기술"),
/// closing ("thank", "closing", "감사"); anything else is generic.
///
/// **Contact section.** Each line (a bullet or a plain line; lines are not joined
/// here) is `Label: value` (also `Label : value`). The value's kind: email (one @, no
/// spaces), phone (only digits, `+ - . ( )` and spaces, at least 7 digits), link
/// (`http(s)://` or `www.`), else other. A value that is only a link gives the link's
/// target. Contacts go to `Resume.contacts` and the section stays in `sections`.
///
/// **Career section.** `### Organization (PERIOD)`, the period being the last
/// parenthesised group: `START~END`, `START ~ END`, `START – END`, `START - END` or
/// `START, NOW`, then optionally `, TENURE`. END may be NOW, now, present, current,
/// 현재 or 재직중. Dates are `YYYY.MM.DD` or `YYYY.MM`, also with `-` or `/`.
/// Examples: `(2019.09.02~2023.06.02, 44개월)`, `(2023.09.02, NOW)`. Blocks before
/// the first `####` are the job's summary; each `#### Title` is a group. A stated
/// tenure is checked against the dates (see `Period.months(from:to:)`).
///
/// **Talks section.** `### EVENT YEAR, ROLE`, as in `### Pycon KR 2021, Speaker`: the
/// role (after the first comma) is optional, and the year is a trailing 4-digit number
/// before the comma. Under it, the first paragraph that is only a link (a bare URL,
/// `<url>` or `[x](url)`) is the URL, the first other paragraph is the title, and
/// everything else is notes.
///
/// **Skills section.** `### Title` and its blocks make a skill group.
/// **Closing and generic sections.** Intro blocks, then `###` entries with `####` groups.
/// Under a talk or a skill group, a `####` heading is kept as a bold line (warning).
///
/// **Blocks.** Paragraphs are consecutive non-blank lines joined by one space (a soft
/// line break). Bullets start with `- `, `* `, `+ ` or `1. `/`1)`; one indented 2 or
/// more spaces deeper than the bullet above is its child (16 levels at most); a line
/// right under a bullet, or an indented one after a blank line, continues it. An
/// ordered marker other than `1.` does not interrupt a paragraph. Other Markdown
/// (quotes, code blocks, tables) is read as paragraph text.
///
/// **Inline.** `**strong**`/`__strong__`, `*em*`/`_em_` (`_` only at word boundaries,
/// so `snake_case_name` is plain), `` `code` ``, `[text](url)`, `<https://…>`,
/// `<name@host>`, bare `http(s)://…` URLs (ending at a space or a non-ASCII character;
/// trailing `.` `,` `)` etc. are not part of them unless a `(` in the URL balances the
/// `)`), bare emails (`Email(las@magical.dev)로` links just the address) and
/// backslash escapes. A run has one style: nested bold/italic takes the outer one,
/// links and code keep theirs. Same-style neighbours merge; spaces at the edges of
/// bold/italic runs become plain text; there are no empty runs.
///
/// **Text.** UTF-8. A BOM is skipped, CRLF and lone CR end lines, a tab at the start
/// of a line counts as 4 spaces and elsewhere as one, control characters are kept
/// (the layout shows them inert) — each with a warning.
public enum ResumeParser {
    public static func parse(_ bytes: [UInt8]) -> ParseResult {
        let source = SourceDecoder.decode(bytes)
        var builder = DocumentBuilder()
        let resume = builder.build(source.lines)
        // Stable, so diagnostics at the same place keep the order they were found in.
        let diagnostics = (source.diagnostics + builder.diagnostics).enumerated().sorted {
            ($0.element.line, $0.element.column, $0.offset) < ($1.element.line, $1.element.column, $1.offset)
        }.map(\.element)
        return ParseResult(resume: resume, diagnostics: diagnostics)
    }

    public static func parse(_ text: String) -> ParseResult {
        parse(Array(text.utf8))
    }
}

/// What the inline scanner sees before emphasis is resolved.
enum InlineToken {
    /// Literal text, escapes already applied.
    case text(String)
    /// A run of `*` or `_` that may open or close emphasis.
    case delimiter(Delimiter)
    /// A finished run that emphasis cannot split: code or a link.
    case atom(InlineRun)
}

struct Delimiter {
    var char: Character
    var count: Int
    /// How many of the characters are still unused; leftovers are shown as typed.
    var remaining: Int
    var canOpen: Bool
    var canClose: Bool
    /// Offset of the run in the paragraph's text, for diagnostics.
    var offset: Int
}

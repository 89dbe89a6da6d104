/// Recognising bare URLs and emails in running text.
///
/// The rules favour Korean text: a URL ends at the first non-ASCII character, so
/// "https://x.com에서" links only "https://x.com", and an email may be glued to the
/// words around it, as in "Email(las@magical.dev)로".
enum Autolinks {
    /// `http://…` or `https://…` starting at `start`; returns the URL and the offset after it.
    static func bareURL(_ chars: [Character], at start: Int, upper: Int) -> (url: String, end: Int)? {
        guard let schemeEnd = schemeEnd(chars, at: start, upper: upper) else { return nil }
        var end = schemeEnd
        while end < upper, isURLCharacter(chars[end]) { end += 1 }
        end = trimTrailingPunctuation(chars, start: start, end: end)
        guard end > schemeEnd else { return nil }
        return (String(chars[start..<end]), end)
    }

    /// The offset after `http://` or `https://` (any case), or nil.
    private static func schemeEnd(_ chars: [Character], at start: Int, upper: Int) -> Int? {
        for scheme in ["https://", "http://"] {
            var index = start
            var matched = true
            for expected in scheme {
                guard index < upper, chars[index].lowercased() == String(expected) else { matched = false; break }
                index += 1
            }
            if matched { return index }
        }
        return nil
    }

    private static func isURLCharacter(_ ch: Character) -> Bool {
        guard ch.isASCII, !ch.isWhitespace else { return false }
        guard let scalar = ch.unicodeScalars.first, scalar.value > 0x20, scalar.value < 0x7F else { return false }
        return !"<>\"`\\".contains(ch)
    }

    /// Sentence punctuation after a URL is not part of it; a `)` is, when the URL opened one.
    private static func trimTrailingPunctuation(_ chars: [Character], start: Int, end: Int) -> Int {
        // Counted once and updated while trimming, so a long run of ")" stays linear.
        var parens = (open: 0, close: 0)
        var brackets = (open: 0, close: 0)
        for ch in chars[start..<end] {
            switch ch {
            case "(": parens.open += 1
            case ")": parens.close += 1
            case "[": brackets.open += 1
            case "]": brackets.close += 1
            default: break
            }
        }
        var end = end
        while end > start {
            let last = chars[end - 1]
            if ".,:;!?'*_~".contains(last) {
                end -= 1
            } else if last == ")", parens.close > parens.open {
                parens.close -= 1
                end -= 1
            } else if last == "]", brackets.close > brackets.open {
                brackets.close -= 1
                end -= 1
            } else {
                break
            }
        }
        return end
    }

    // MARK: - Email

    /// Characters that may precede an email's first character without being part of it.
    static func canStartEmail(after previous: Character?) -> Bool {
        guard let previous else { return true }
        return !(isASCIIAlphanumeric(previous) || ".%+-".contains(previous))
    }

    /// `name@domain.tld` starting at `start`; returns the email and the offset after it.
    ///
    /// On failure `failedUntil` is set to where the look-ahead stopped: any start
    /// before it would stop at the same place and fail the same way, so the scanner
    /// skips those, which keeps a long run like "_a_a_a…" linear.
    static func bareEmail(_ chars: [Character], at start: Int, upper: Int, failedUntil: inout Int) -> (email: String, end: Int)? {
        guard start < upper, isASCIIAlphanumeric(chars[start]) else { return nil }
        var at = start
        while at < upper, isLocalCharacter(chars[at]) { at += 1 }
        failedUntil = at
        guard at < upper, chars[at] == "@" else { return nil }
        var end = at + 1
        while end < upper, isASCIIAlphanumeric(chars[end]) || chars[end] == "." || chars[end] == "-" { end += 1 }
        while end > at + 1, chars[end - 1] == "." || chars[end - 1] == "-" { end -= 1 }
        guard isDomain(chars[(at + 1)..<end]) else { return nil }
        return (String(chars[start..<end]), end)
    }

    /// Whether the whole string is an email, as `<las@magical.dev>` must be.
    static func isEmail(_ text: String) -> Bool {
        let chars = Array(text)
        var ignored = 0
        guard let found = bareEmail(chars, at: 0, upper: chars.count, failedUntil: &ignored) else { return false }
        return found.end == chars.count
    }

    private static func isLocalCharacter(_ ch: Character) -> Bool {
        isASCIIAlphanumeric(ch) || "._%+-".contains(ch)
    }

    private static func isDomain(_ domain: ArraySlice<Character>) -> Bool {
        let labels = domain.split(separator: ".", omittingEmptySubsequences: false)
        guard labels.count >= 2, labels.allSatisfy({ !$0.isEmpty }), let tld = labels.last else { return false }
        return tld.count >= 2 && tld.allSatisfy { $0.isASCII && $0.isLetter }
    }

    static func isASCIIAlphanumeric(_ ch: Character) -> Bool {
        ch.isASCII && (ch.isLetter || ch.isNumber)
    }
}

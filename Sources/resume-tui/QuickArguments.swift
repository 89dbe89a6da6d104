/// The command lines most starts have, read without swift-argument-parser.
///
/// Building the parser's tree for five commands costs about a quarter of a start
/// (`perf record`: reflection and protocol-conformance scans), and every SSH visitor's
/// session is a start. So the shapes a person or the server usually gives (`resume-tui`,
/// `resume-tui --plain`, the server's `show --answer-wait 1500 --page 2 --lang en`) are
/// read here, and anything else, from `--help` to a typo or a value out of range,
/// returns nil and goes to swift-argument-parser, which says what it always said.
/// CommandLineTests holds the two readings equal.
enum QuickArguments {
    static func show(_ arguments: [String]) -> ShowRequest? {
        var rest = arguments[...]
        if rest.first == "show" { rest = rest.dropFirst() }
        var request = ShowRequest()
        var seen: Set<String> = []
        while let option = rest.popFirst() {
            // A repeated option, and every spelling but `--name value`, is left to the parser.
            guard seen.insert(option).inserted else { return nil }
            if option == "--plain" {
                request.plain = true
                continue
            }
            guard let value = rest.popFirst(), !value.isEmpty, !value.hasPrefix("-") else { return nil }
            switch option {
            case "--file": request.file = value
            case "--page": request.page = value
            case "--lang": guard let code = LanguageOptions.Code(rawValue: value) else { return nil }; request.language = code
            case "--theme": guard let theme = ThemeChoice(rawValue: value) else { return nil }; request.theme = theme
            case "--ambiguous": guard let choice = AmbiguousChoice(rawValue: value) else { return nil }; request.ambiguous = choice
            case "--width": guard let width = number(value, in: 1...10_000) else { return nil }; request.width = width
            case "--answer-wait": guard let wait = number(value, in: 0...10_000) else { return nil }; request.answerWait = wait
            default: return nil
            }
        }
        return request
    }

    /// Plain decimal digits only: the parser's `Int` also takes `+5` and `0x`-less oddities
    /// that are not worth matching here.
    private static func number(_ text: String, in range: ClosedRange<Int>) -> Int? {
        guard text.utf8.count <= 6, text.utf8.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }), let value = Int(text) else { return nil }
        return range.contains(value) ? value : nil
    }
}

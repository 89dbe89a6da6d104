/// Text that came from a client, made safe to print in a log line or send back: printable
/// ASCII only, no quote or backslash (log values are quoted), and bounded. A hostile
/// banner or algorithm name can then neither start a new log line nor send escapes to
/// whoever reads the log in a terminal.
enum ClientText {
    static func printable(_ text: String, limit: Int) -> String {
        var out = ""
        for scalar in text.unicodeScalars {
            guard out.utf8.count < limit else { return out + "..." }
            let safe = scalar.value >= 0x20 && scalar.value < 0x7F && scalar != "\"" && scalar != "\\"
            out.unicodeScalars.append(safe ? scalar : "?")
        }
        return out
    }
}

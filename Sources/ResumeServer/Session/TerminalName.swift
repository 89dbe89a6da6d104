import Foundation

/// Turns the TERM a client sends into one that is safe to hand to the UI.
///
/// The value reaches ncurses, which opens a file named after it, so only names that
/// look like terminfo names and really exist in the terminfo database are kept.
/// Anything else (empty, a path, a megabyte of text, invalid UTF-8) becomes a
/// well-known fallback so the visitor still gets a working screen.
public enum TerminalName {
    /// Where Debian and most Linux systems keep compiled terminfo entries.
    public static let defaultDatabaseDirectories = ["/etc/terminfo", "/lib/terminfo", "/usr/share/terminfo"]

    /// Longest name kept; real terminfo names are far shorter.
    public static let maximumLength = 64

    /// Returns `raw` if it is a plausible terminfo name present in the database, else a fallback.
    public static func sanitize(_ raw: String, databaseDirectories: [String] = defaultDatabaseDirectories) -> String {
        if isWellFormed(raw), exists(raw, in: databaseDirectories) { return raw }
        return fallback(databaseDirectories: databaseDirectories)
    }

    /// Only [A-Za-z0-9._+-], at most 64 characters, not starting with '.' or '-'
    /// (so no "..", no hidden files, nothing that looks like an option).
    package static func isWellFormed(_ name: String) -> Bool {
        let bytes = Array(name.utf8)
        guard !bytes.isEmpty, bytes.count <= maximumLength else { return false }
        guard let first = bytes.first, first != UInt8(ascii: "."), first != UInt8(ascii: "-") else { return false }
        return bytes.allSatisfy { byte in
            switch byte {
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
                 UInt8(ascii: "0")...UInt8(ascii: "9"),
                 UInt8(ascii: "."), UInt8(ascii: "_"), UInt8(ascii: "+"), UInt8(ascii: "-"):
                return true
            default:
                return false
            }
        }
    }

    /// ncurses looks in `dir/<first letter>/<name>` and, on some systems, `dir/<hex of first byte>/<name>`.
    static func exists(_ name: String, in directories: [String]) -> Bool {
        guard let first = name.utf8.first else { return false }
        let letter = String(UnicodeScalar(first))
        let hex = String(first, radix: 16)
        for directory in directories {
            for sub in [letter, hex] {
                var isDirectory: ObjCBool = false
                let path = "\(directory)/\(sub)/\(name)"
                if FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), !isDirectory.boolValue {
                    return true
                }
            }
        }
        return false
    }

    /// xterm-256color is what nearly every modern terminal emulates; vt100 is the last resort
    /// on a system with a minimal terminfo database.
    static func fallback(databaseDirectories: [String]) -> String {
        for candidate in ["xterm-256color", "xterm", "vt100"] where exists(candidate, in: databaseDirectories) {
            return candidate
        }
        return "xterm-256color"
    }
}

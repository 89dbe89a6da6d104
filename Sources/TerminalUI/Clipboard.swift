import FoundationEssentials
import CNCursesW
import Glibc

/// Puts text on the viewer's own clipboard with OSC 52, which the terminal emulator
/// handles; it works through SSH, tmux (`set-clipboard on`) and most modern terminals,
/// and terminals that don't know it ignore it.
enum Clipboard {
    static func copy(_ text: String) {
        // Only what the résumé says, made inert: a control character must not end the
        // sequence early and smuggle another one in.
        let clean = String(String.UnicodeScalarView(text.unicodeScalars.filter { $0.properties.generalCategory != .control }))
        var sequence = "\u{1B}]52;c;" + Data(clean.utf8).base64EncodedString() + "\u{07}"
        fflush(cn_stdout())  // after what ncurses has buffered
        sequence.withUTF8 { _ = write(STDOUT_FILENO, $0.baseAddress, $0.count) }
    }
}

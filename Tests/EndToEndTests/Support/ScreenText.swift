import Foundation
import Glibc

/// Measures text the way the terminal does, with glibc's `wcswidth` (an oracle that is
/// independent of the project's own width table).
enum ScreenText {
    static let localeReady: Bool = setlocale(LC_ALL, "C.UTF-8") != nil

    /// glibc's `wcswidth`, looked up at run time: the Glibc module does not export it.
    private static let wcswidth: @convention(c) (UnsafePointer<wchar_t>?, Int) -> Int32 = {
        guard let symbol = dlsym(nil, "wcswidth") else { fatalError("glibc has no wcswidth") }
        return unsafeBitCast(symbol, to: (@convention(c) (UnsafePointer<wchar_t>?, Int) -> Int32).self)
    }()

    static func cells(_ text: String) -> Int {
        _ = localeReady
        var wide = text.unicodeScalars.map { wchar_t(bitPattern: $0.value) }
        wide.append(0)
        return Int(wcswidth(wide, wide.count - 1))
    }

    /// Collapses all runs of white space into one space.
    static func squeeze(_ text: String) -> String {
        text.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
    }
}

import ResumeLayout
import ResumeViewer

/// What a terminal answered to the start-up questions (`TerminalProbe`), read from the
/// bytes it sent back. Anything else among them is a key typed meanwhile, and is kept for
/// the viewer: a visitor who types `q` before the first screen still quits.
struct ProbeAnswers: Equatable {
    /// The cursor's column (from 1) after the probe character, from `ESC [ row ; col R`.
    var cursorColumn: Int?
    /// The background colour, from `ESC ] 11 ; rgb:… (BEL | ESC \)`.
    var background: RGBColor?
    /// Whether the device attributes answer (`ESC [ ? … c`) came: terminals answer in
    /// order, so after it nothing more is coming.
    var complete = false
    /// The bytes that were not answers, in order: keys typed while the questions were out.
    var typedAhead: [UInt8] = []

    /// How the terminal drew the probe character, written at column 1: ending at column 2
    /// is one cell, at column 3 two. Any other answer says nothing.
    var ambiguous: AmbiguousWidth? {
        switch cursorColumn {
        case 2: return .narrow
        case 3: return .wide
        default: return nil
        }
    }

    init(cursorColumn: Int? = nil, background: RGBColor? = nil, complete: Bool = false) {
        self.cursorColumn = cursorColumn
        self.background = background
        self.complete = complete
    }

    /// Reads every answer in `bytes`. Whatever is not an answer (a key, an arrow key's
    /// sequence, a sequence cut off at the end) goes to `typedAhead` as it came.
    init(_ bytes: [UInt8]) {
        var index = 0
        while index < bytes.count {
            guard bytes[index] == 0x1B, index + 1 < bytes.count else {
                typedAhead.append(bytes[index])
                index += 1
                continue
            }
            switch bytes[index + 1] {
            case UInt8(ascii: "["):
                guard let end = bytes[(index + 2)...].firstIndex(where: { (0x40...0x7E).contains($0) }) else {
                    typedAhead += bytes[index...]
                    return
                }
                if !readControlSequence(Array(bytes[(index + 2)..<end]), final: bytes[end]) {
                    typedAhead += bytes[index...end]
                }
                index = end + 1
            case UInt8(ascii: "]"):
                guard let (body, next) = Self.stringBody(bytes, from: index + 2) else {
                    typedAhead += bytes[index...]
                    return
                }
                readOperatingSystemCommand(body)
                index = next
            default:
                typedAhead.append(bytes[index])
                index += 1
            }
        }
    }

    /// Reads an answer; false if the sequence is not one (a key such as `ESC [ A`).
    private mutating func readControlSequence(_ parameters: [UInt8], final: UInt8) -> Bool {
        let text = String(decoding: parameters, as: UTF8.self)
        if final == UInt8(ascii: "R") {
            let fields = text.split(separator: ";", omittingEmptySubsequences: false)
            guard fields.count == 2, let column = Int(fields[1]), column > 0 else { return false }
            cursorColumn = column
            return true
        }
        if final == UInt8(ascii: "c"), text.hasPrefix("?") || text.hasPrefix(">") {
            if text.hasPrefix("?") { complete = true }
            return true
        }
        return false
    }

    /// An OSC from the terminal is an answer whatever it says: no key sends one.
    private mutating func readOperatingSystemCommand(_ body: String) {
        guard body.hasPrefix("11;") else { return }
        background = RGBColor(osc11Reply: body.dropFirst(3)) ?? background
    }

    /// The text of a string sequence starting at `start`, up to BEL or ST, and the index
    /// after its end; nil if it has not ended yet.
    private static func stringBody(_ bytes: [UInt8], from start: Int) -> (String, Int)? {
        var index = start
        while index < bytes.count {
            if bytes[index] == 0x07 {
                return (String(decoding: bytes[start..<index], as: UTF8.self), index + 1)
            }
            if bytes[index] == 0x1B, index + 1 < bytes.count, bytes[index + 1] == UInt8(ascii: "\\") {
                return (String(decoding: bytes[start..<index], as: UTF8.self), index + 2)
            }
            index += 1
        }
        return nil
    }
}

import CNCursesW
import ResumeViewer

/// Turns what ncurses' `wgetch` returns (single bytes, and key codes for the escape
/// sequences it recognises) into keys, assembling UTF-8 itself.
///
/// Why not `get_wch`: given a byte that can't start or continue UTF-8, `get_wch` keeps
/// reading until its multibyte buffer gives up and then drops everything it read, so
/// the key typed after a stray byte (a terminal set to another encoding, a visitor's
/// garbage) is lost. Here a bad byte costs only itself: an unfinished sequence is
/// dropped the moment a byte arrives that can't continue it, and that byte is read anew.
package struct KeyReader {
    package init() {}

    private var pending: [UInt8] = []
    private var expected = 0
    /// Where we are in an escape sequence ncurses did not recognise as a key.
    private var sequence = Sequence.none
    private var sequenceLength = 0

    /// The terminal's answers to our start-up questions (a cursor position report, its
    /// background colour, its device attributes) may arrive after we stopped waiting for
    /// them; a visitor's terminal may send sequences for keys ncurses does not know. Either
    /// way they are control sequences, never keys: `ESC ] 11;rgb:…` read as keys would be
    /// Esc, `]` (next entry), `1` (page one)… So a sequence is read to its end and dropped.
    private enum Sequence {
        case none
        /// Esc, waiting to see whether a sequence follows.
        case escape
        /// CSI (`ESC [`): parameters and intermediates up to a final byte.
        case controlSequence
        /// SS3 (`ESC O`): one more byte.
        case singleShift
        /// OSC, DCS, APC, PM (`ESC ]`, `ESC P`, `ESC _`, `ESC ^`): up to BEL or ST.
        case string(sawEscape: Bool)
    }

    /// Longest sequence read before giving up on it (an answer is a few dozen bytes).
    private static let sequenceLimit = 512

    /// Whether a sequence is under way, so its next byte should already be on its way.
    package var isInsideSequence: Bool {
        if case .none = sequence { return false }
        return true
    }

    /// Called when no byte follows: an Esc on its own is the Esc key; an unfinished
    /// sequence is dropped.
    package mutating func flush() -> Key? {
        defer { sequence = .none }
        if case .escape = sequence { return .escape }
        return nil
    }

    /// The key that `code` completes, or nil when it is part of a sequence still
    /// unfinished, a control sequence (dropped whole) or a byte that can't be read as
    /// UTF-8 (dropped).
    package mutating func feed(_ code: Int32) -> Key? {
        // Above 0xFF: a key code (KEY_DOWN, KEY_RESIZE, KEY_MOUSE…), never part of text.
        if code > 0xFF || code < 0 {
            pending.removeAll()
            sequence = .none
            return KeyDecoder.decode(status: KEY_CODE_YES, value: UInt32(bitPattern: code))
        }
        let byte = UInt8(code)
        switch continueSequence(byte) {
        case .swallowed: return nil
        case .escapeKey: return .escape
        case .notInSequence: break
        }
        switch byte {
        case 0x1B:
            pending.removeAll()
            sequence = .escape
            sequenceLength = 0
            return nil
        case 0x00..<0x80:
            pending.removeAll()
            return KeyDecoder.decode(status: OK, value: UInt32(byte))
        case 0x80..<0xC0:
            guard !pending.isEmpty else { return nil }
            pending.append(byte)
            guard pending.count == expected else { return nil }
            defer { pending.removeAll() }
            // Overlong forms, surrogates and values past U+10FFFF fail here.
            var iterator = pending.makeIterator()
            var decoder = UTF8()
            guard case .scalarValue(let scalar) = decoder.decode(&iterator) else { return nil }
            return KeyDecoder.decode(status: OK, value: scalar.value)
        case 0xC2...0xDF, 0xE0...0xEF, 0xF0...0xF4:
            pending = [byte]
            expected = byte >= 0xF0 ? 4 : byte >= 0xE0 ? 3 : 2
            return nil
        default:  // 0xC0, 0xC1, 0xF5–0xFF never occur in UTF-8
            pending.removeAll()
            return nil
        }
    }

    private enum SequenceStep { case notInSequence, swallowed, escapeKey }

    /// Feeds `byte` to the sequence under way, if there is one.
    private mutating func continueSequence(_ byte: UInt8) -> SequenceStep {
        if case .none = sequence { return .notInSequence }
        sequenceLength += 1
        if sequenceLength > Self.sequenceLimit {
            sequence = .none
            return .notInSequence
        }
        switch sequence {
        case .none:
            return .notInSequence
        case .escape:
            switch byte {
            case UInt8(ascii: "["): sequence = .controlSequence
            case UInt8(ascii: "O"): sequence = .singleShift
            case UInt8(ascii: "]"), UInt8(ascii: "P"), UInt8(ascii: "_"), UInt8(ascii: "^"):
                sequence = .string(sawEscape: false)
            case 0x1B:
                // Esc Esc: the first is the Esc key; the second may start a sequence.
                sequenceLength = 0
                return .escapeKey
            default:
                // Esc and a key in one burst is how terminals send Alt+key: the key.
                sequence = .none
                return .notInSequence
            }
            return .swallowed
        case .controlSequence:
            // Parameters and intermediates are 0x20–0x3F; a final byte 0x40–0x7E ends it.
            // Anything else is not part of it and is read as usual.
            if (0x20...0x3F).contains(byte) { return .swallowed }
            sequence = .none
            return (0x40...0x7E).contains(byte) ? .swallowed : .notInSequence
        case .singleShift:
            sequence = .none
            return (0x20...0x7E).contains(byte) ? .swallowed : .notInSequence
        case .string(let sawEscape):
            if byte == 0x07 || (sawEscape && byte == UInt8(ascii: "\\")) {
                sequence = .none
            } else {
                sequence = .string(sawEscape: byte == 0x1B)
            }
            return .swallowed
        }
    }
}

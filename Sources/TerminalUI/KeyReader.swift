import CNCursesW

/// Turns what ncurses' `wgetch` returns (single bytes, and key codes for the escape
/// sequences it recognises) into keys, assembling UTF-8 itself.
///
/// Why not `get_wch`: given a byte that can't start or continue UTF-8, `get_wch` keeps
/// reading until its multibyte buffer gives up and then drops everything it read, so
/// the key typed after a stray byte (a terminal set to another encoding, a visitor's
/// garbage) is lost. Here a bad byte costs only itself: an unfinished sequence is
/// dropped the moment a byte arrives that can't continue it, and that byte is read anew.
struct KeyReader {
    private var pending: [UInt8] = []
    private var expected = 0

    /// The key that `code` completes, or nil when it is part of a sequence still
    /// unfinished or a byte that can't be read as UTF-8 (dropped).
    mutating func feed(_ code: Int32) -> Key? {
        // Above 0xFF: a key code (KEY_DOWN, KEY_RESIZE, KEY_MOUSE…), never part of text.
        if code > 0xFF || code < 0 {
            pending.removeAll()
            return KeyDecoder.decode(status: KEY_CODE_YES, value: UInt32(bitPattern: code))
        }
        let byte = UInt8(code)
        switch byte {
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

}

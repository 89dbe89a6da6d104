extension RGBColor {
    /// The colour in the body of a terminal's reply to OSC 11 ("what is your background?"),
    /// `rgb:R/G/B`, or nil when the body is anything else.
    ///
    /// The reply comes from outside (over SSH, from any terminal), so nothing in it is
    /// trusted: only `rgb:` and exactly three channels of 1–4 hex digits are read. The
    /// framing (`ESC ] 11 ;` before, BEL or `ESC \` after) is the caller's to strip.
    ///
    /// A channel's digits are a fraction of their own range, as X11's `XParseColor`
    /// reads them, since terminals answer with different lengths: xterm with four
    /// (`rgb:ffff/ffff/ffff` for white), others with two. `f`, `ff` and `ffff` are all
    /// 255; `80` and `8080` are 128, and `8` is 136 (8 of 15), never 8.
    ///
    /// Read as bytes, with no generic string code: it runs at every start, before the
    /// first frame, where each generic type first met costs the Swift runtime a scan of
    /// every conformance in the binary (bench/RESULTS.md, "Start-up").
    public init?(osc11Reply body: Substring) {
        let bytes = Array(body.utf8)
        let prefix = Array("rgb:".utf8)
        guard bytes.starts(with: prefix) else { return nil }
        let channels = bytes[prefix.count...].split(separator: UInt8(ascii: "/"), omittingEmptySubsequences: false)
        guard channels.count == 3,
              let red = RGBColor.scaledChannel(channels[0]),
              let green = RGBColor.scaledChannel(channels[1]),
              let blue = RGBColor.scaledChannel(channels[2])
        else { return nil }
        self.init(red, green, blue)
    }

    public init?(osc11Reply body: String) {
        self.init(osc11Reply: body[...])
    }

    /// 1–4 hex digits scaled to 0–255, rounded to the nearest. Only ASCII hex digits count:
    /// no sign, no fullwidth digits.
    private static func scaledChannel(_ digits: ArraySlice<UInt8>) -> UInt8? {
        guard (1...4).contains(digits.count) else { return nil }
        var value: UInt = 0
        for byte in digits {
            guard let digit = hexValue(byte) else { return nil }
            value = value << 4 | digit
        }
        let full: UInt = (1 << (4 * UInt(digits.count))) - 1
        return UInt8((value * 255 + full / 2) / full)
    }
}

private func hexValue(_ byte: UInt8) -> UInt? {
    switch byte {
    case UInt8(ascii: "0")...UInt8(ascii: "9"): UInt(byte - UInt8(ascii: "0"))
    case UInt8(ascii: "a")...UInt8(ascii: "f"): UInt(byte - UInt8(ascii: "a") + 10)
    case UInt8(ascii: "A")...UInt8(ascii: "F"): UInt(byte - UInt8(ascii: "A") + 10)
    default: nil
    }
}

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
    public init?(osc11Reply body: some StringProtocol) {
        guard body.hasPrefix("rgb:") else { return nil }
        let channels = body.dropFirst(4).split(separator: "/", omittingEmptySubsequences: false)
        guard channels.count == 3,
              let red = RGBColor.scaledChannel(channels[0]),
              let green = RGBColor.scaledChannel(channels[1]),
              let blue = RGBColor.scaledChannel(channels[2])
        else { return nil }
        self.init(red, green, blue)
    }

    /// 1–4 hex digits scaled to 0–255, rounded to the nearest.
    private static func scaledChannel(_ digits: some StringProtocol) -> UInt8? {
        // Checked byte by byte first: UInt(_:radix:) would also take a sign ("+f"), and
        // Character.isHexDigit takes fullwidth digits.
        let bytes = digits.utf8
        guard (1...4).contains(bytes.count), bytes.allSatisfy(isASCIIHexDigit),
              let value = UInt(digits, radix: 16)
        else { return nil }
        let full: UInt = (1 << (4 * UInt(bytes.count))) - 1
        return UInt8((value * 255 + full / 2) / full)
    }
}

private func isASCIIHexDigit(_ byte: UInt8) -> Bool {
    switch byte {
    case UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "a")...UInt8(ascii: "f"), UInt8(ascii: "A")...UInt8(ascii: "F"): true
    default: false
    }
}

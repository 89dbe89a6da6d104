import ResumeLayout
import XCTest

/// The body of a terminal's OSC 11 reply read as a colour: what terminals send, and what
/// a hostile or broken one might.
final class OSC11ReplyTests: XCTestCase {
    func testChannelsOfOneToFourDigitsAreScaledToTheirRange() {
        let cases: [(String, RGBColor)] = [
            // xterm and most others: four digits per channel.
            ("rgb:ffff/ffff/ffff", RGBColor(255, 255, 255)),
            ("rgb:0000/0000/0000", RGBColor(0, 0, 0)),
            ("rgb:1e1e/1e1e/1e1e", RGBColor(0x1e, 0x1e, 0x1e)),
            ("rgb:fdfd/f6f6/e3e3", RGBColor(0xfd, 0xf6, 0xe3)),
            ("rgb:0000/2b2b/3636", RGBColor(0x00, 0x2b, 0x36)),
            // Two digits (some emulators), then one and three.
            ("rgb:fd/f6/e3", RGBColor(0xfd, 0xf6, 0xe3)),
            ("rgb:f/f/f", RGBColor(255, 255, 255)),
            ("rgb:8/0/f", RGBColor(136, 0, 255)),
            ("rgb:fff/800/000", RGBColor(255, 128, 0)),
            // Half of each range is about 128, not the high byte nor the low one.
            ("rgb:8080/80/8", RGBColor(128, 128, 136)),
            // 0x7fff is 127.498 of 255: rounded, not truncated nor shifted.
            ("rgb:7fff/7fff/7fff", RGBColor(127, 127, 127)),
            ("rgb:8000/0080/00ff", RGBColor(128, 0, 1)),
            // Upper case digits, and channels of different lengths.
            ("rgb:FFFF/Ff/0", RGBColor(255, 255, 0)),
        ]
        for (body, expected) in cases {
            XCTAssertEqual(RGBColor(osc11Reply: body), expected, body)
        }
    }

    func testASubstringOfAReplyReads() {
        let reply = "\u{1B}]11;rgb:ffff/ffff/ffff\u{1B}\\"
        let body = reply.dropFirst(5).dropLast(2)
        XCTAssertEqual(RGBColor(osc11Reply: body), .white)
    }

    func testAnythingElseIsNil() {
        let malformed = [
            "", "rgb:", "rgb://", "rgb:ff/ff/", "rgb:/ff/ff", "rgb:ffff/ffff",
            "rgb:ffff/ffff/ffff/ffff",  // four channels: rgba is not asked for
            "rgb:fffff/0/0",  // five digits
            "rgb:gg/00/00", "rgb:+f/0/0", "rgb:-1/0/0", "rgb:f f/0/0",
            "rgb:ｆｆ/00/00",  // fullwidth digits
            "RGB:ff/ff/ff", "rgba:ffff/ffff/ffff/ffff", "#ffffff", "ffff/ffff/ffff",
            " rgb:ff/ff/ff", "rgb:ff/ff/ff ", "rgb:ff/ff/ff\u{7}",  // framing left on
            "\u{1B}]11;rgb:ffff/ffff/ffff\u{1B}\\",
            "rgb:ff/ff/f\u{301}",  // a combining mark after a digit
        ]
        for body in malformed {
            XCTAssertNil(RGBColor(osc11Reply: body), body.debugDescription)
        }
    }
}

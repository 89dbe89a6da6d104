import CNCursesW
import Foundation
import ResumeLayout
import ResumeModel
import XCTest
@testable import TerminalUI

/// What the key reader can hand the decoder when a visitor types or pastes hostile bytes:
/// nothing that can act on a terminal ever becomes text for the search prompt.
final class KeyDecoderHostileTests: XCTestCase {
    func testNoControlFormatOrInvalidValueDecodesAsText() {
        var values: [UInt32] = Array(0...0x1F) + Array(0x7F...0x9F)
        values += [0x061C, 0x200E, 0x200F, 0x2028, 0x2029, 0x202A, 0x202E, 0x2066, 0x2069, 0xFEFF, 0xFFF9,
                   0xD800, 0xDFFF, 0xE000, 0xE0001, 0xE007F, 0x110000, 0xFFFF_FFFF]
        for value in values {
            if case .char = KeyDecoder.decode(status: OK, value: value) {
                XCTFail("U+\(String(value, radix: 16)) decoded as text")
            }
        }
        XCTAssertEqual(KeyDecoder.decode(status: OK, value: 0x1B), .escape)
        XCTAssertEqual(KeyDecoder.decode(status: OK, value: 0x9B), .unknown)
        XCTAssertEqual(KeyDecoder.decode(status: OK, value: 0xD55C), .char("한"))
    }

    func testUnknownKeyCodesAreUnknown() {
        for code: Int32 in [0, -1, 0o777, KEY_F0, KEY_MAX, Int32.max, Int32.min] {
            XCTAssertEqual(KeyDecoder.decode(status: KEY_CODE_YES, value: UInt32(bitPattern: code)), .unknown, "\(code)")
        }
    }

    /// Regression inputs for the key fuzzer: each runs through `FuzzEntry.feed`, which traps
    /// on a broken invariant (a control in the query, an offset past the end).
    func testFuzzEntryOnHostileStreams() {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("resume.md")
        let resume = ResumeParser.parse([UInt8]((try? Data(contentsOf: url)) ?? Data())).resume
        XCTAssertNotNil(resume)
        let streams: [[UInt8]] = [
            Array("/\u{1B}[6n".utf8) + [0x9B, 0x07, 0x00] + Array("abc\u{7F}\u{7F}\n".utf8),
            [0xC0, 0x00, 0x00, 0x2F, 0x61, 0xC0, 0xFF, 0xFF, 0x6E, 0xC0, 0x01, 0x01, 0x4E],  // resizes to 0x0 and 255x255 around a search
            [0x2F, 0xE0, 0x00, 0xD8, 0x00, 0xE0, 0x11, 0x00, 0x00, 0xE0, 0x00, 0x20, 0x2E, 0x0A],
            [0xF0, 0x05, 0x00, 0xF1, 0x00, 0x00, 0xF2, 0xFF, 0xFF, 0x3F, 0x80, 0x01, 0x80, 0x0E, 0x47],
            Array(repeating: 0x6A, count: 500) + [0x47, 0x67, 0x5D, 0x5B, 0x74, 0x74, 0x74],
        ]
        for stream in streams { FuzzEntry.feed(stream, resume: resume) }
    }
}

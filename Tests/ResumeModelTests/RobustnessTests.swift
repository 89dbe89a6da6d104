import TestSupport
import XCTest
@testable import ResumeModel

/// No input may trap the parser, and every diagnostic points at a real place.
final class RobustnessTests: XCTestCase {
    /// Bytes that matter to the parser, so random input often hits real paths.
    private static let interesting: [[UInt8]] = [
        "#", "## ", "### ", "#### ", "- ", "  - ", "1. ", "*", "**", "_", "`", "[", "](", ")", "(", "<", ">", "\\",
        "https://", "@", "a@b.co", "~", ", NOW", "2019.09.02", "13", "개월", "년", "\n", "\r\n", "\r", "\t", " ",
        "한", "🚀", "\u{1B}", "\u{0}", "---\n", "name: x\n", "<!--", "-->", "<br>", "<svg>", "| a | b |\n|---|---|\n",
        "```", "> ", "- [x] ", "~~", "![a](b)", "&nbsp;", "年", "月", "現在", "2021. 03. - 현재",
    ].map { Array($0.utf8) } + [[0xFF], [0xC3], [0xEF, 0xBB, 0xBF], [0xE2, 0x82]]

    private func check(_ bytes: [UInt8], _ label: String) {
        let result = ResumeParser.parse(bytes)
        for diagnostic in result.diagnostics {
            XCTAssertGreaterThanOrEqual(diagnostic.line, 1, "\(label): \(diagnostic)")
            XCTAssertGreaterThanOrEqual(diagnostic.column, 1, "\(label): \(diagnostic)")
            XCTAssertFalse(diagnostic.message.isEmpty, label)
        }
        let lineCount = bytes.reduce(1) { $0 + ($1 == 0x0A || $1 == 0x0D ? 1 : 0) }
        if let last = result.diagnostics.last {
            XCTAssertLessThanOrEqual(last.line, lineCount, "\(label): \(last)")
        }
        if let resume = result.resume {
            // The writer must cope with whatever the parser produced.
            _ = MarkdownWriter.write(resume)
            _ = JSONResume(resume)
        }
    }

    func testRandomBytesAndMutatedResumes() throws {
        let resume = try TestFiles.resumeBytes()
        var random = SeededGenerator(seed: 20_240_917)
        for round in 0..<2_000 {
            var bytes: [UInt8]
            switch round % 3 {
            case 0:
                bytes = (0..<random.below(400)).map { _ in UInt8(truncatingIfNeeded: random.next()) }
            case 1:
                bytes = []
                for _ in 0..<random.below(120) {
                    bytes += Self.interesting[random.below(Self.interesting.count)]
                }
            default:
                bytes = resume
                for _ in 0..<(1 + random.below(12)) {
                    let at = random.below(bytes.count + 1)
                    switch random.below(4) {
                    case 0: if at < bytes.count { bytes.remove(at: at) }
                    case 1: bytes.insert(contentsOf: Self.interesting[random.below(Self.interesting.count)], at: at)
                    case 2: if at < bytes.count { bytes[at] = UInt8(truncatingIfNeeded: random.next()) }
                    default:
                        let length = random.below(200)
                        let from = random.below(bytes.count)
                        bytes.insert(contentsOf: bytes[from..<min(bytes.count, from + length)], at: at)
                    }
                }
            }
            check(bytes, "round \(round)")
        }
    }

    func testHostileShapesStayLinearAndSafe() {
        let long = 20_000
        let inputs: [String] = [
            "# N\n\n" + String(repeating: "[", count: long),
            "# N\n\n" + String(repeating: "[a](", count: long / 4),
            "# N\n\n" + String(repeating: "_a", count: long / 2),
            "# N\n\n" + String(repeating: "a* ", count: long / 3),
            "# N\n\n" + String(repeating: "**a ", count: long / 4),
            "# N\n\n" + String(repeating: "`", count: long) + " " + String(repeating: "``x", count: long / 3),
            "# N\n\n" + String(repeating: "<a", count: long / 2),
            "# N\n\nhttps://x" + String(repeating: ")", count: long),
            "# N\n\n" + String(repeating: "a@", count: long / 2),
            "# N\n\n## Career\n\n### X (" + String(repeating: "-", count: long) + ")\n",
            "# N\n\n## Career\n\n### X (99999999999999999999.01.01~99999999999999999999.01.01, 99999999999999999999개월)\n",
            "# N\n\n## Talks\n\n### Conf 99999999999999999999, Speaker\n",
            "# N\n\n" + (0..<600).map { String(repeating: " ", count: $0 * 2) + "- deep" }.joined(separator: "\n"),
            "# N\n\n" + String(repeating: "1234567890123. ", count: 100),
            String(repeating: "#", count: long),
            String(repeating: "\r", count: long),
        ]
        for (index, input) in inputs.enumerated() {
            check(Array(input.utf8), "hostile \(index)")
        }
    }

    /// Nesting as deep as a hostile file likes (quotes, lists) reads without running out
    /// of stack, and its innermost text is still there.
    func testDeepNestingKeepsTheText() throws {
        for (opener, name) in [(">", "quotes"), ("- ", "bullets"), ("1. ", "numbers")] {
            let depth = 5_000
            let line = String(repeating: opener, count: depth) + "innermost"
            let result = ResumeParser.parse("# N\n\n## S\n\n" + line + "\n")
            let texts = try XCTUnwrap(result.resume).inlineTexts.map(\.plainText)
            XCTAssertTrue(texts.contains { $0.contains("innermost") }, "\(name): the text at the bottom is lost")
        }
    }
}

import ArgumentParser
import ResumeModel
import ResumeServer
import ResumeViewer
import XCTest
@testable import resume_tui

/// The command line as a person types it, parsed in-process: what each command takes,
/// what it refuses and how it says so.
final class CommandLineTests: XCTestCase {
    func testNoArgumentsIsShow() throws {
        let command = try ResumeTUI.parseAsRoot([])
        XCTAssertTrue(command is Show)
    }

    func testShowOptions() throws {
        let show = try Show.parse(["--file", "cv.md", "--plain", "--width", "60", "--page", "talks", "--theme", "light"])
        XCTAssertEqual(show.source.file, "cv.md")
        XCTAssertTrue(show.plain)
        XCTAssertEqual(show.width.width, 60)
        XCTAssertEqual(show.page?.name, "talks")
        XCTAssertEqual(show.screen.theme, .light)
        XCTAssertEqual(show.screen.theme?.theme.name, "light")
        XCTAssertNil(try Show.parse([]).screen.theme, "no --theme: the terminal's background decides")
    }

    func testAmbiguousWidthIsGivenOrAskedOrTakenFromTheEnvironment() throws {
        XCTAssertEqual(try Show.parse(["--ambiguous", "wide"]).screen.ambiguousWidth([:]), .wide)
        XCTAssertEqual(try Show.parse(["--ambiguous", "narrow"]).screen.ambiguousWidth(["RUNEWIDTH_EASTASIAN": "1"]), .narrow)
        let auto = try Show.parse([]).screen
        XCTAssertNil(auto.ambiguousWidth([:]), "auto with nothing set asks the terminal")
        XCTAssertEqual(auto.ambiguousWidth(["RUNEWIDTH_EASTASIAN": "1"]), .wide)
        XCTAssertEqual(auto.ambiguousWidth(["RUNEWIDTH_EASTASIAN": "0"]), .narrow)
        XCTAssertThrowsError(try Show.parse(["--ambiguous", "double"]))
        XCTAssertThrowsError(try Show.parse(["--answer-wait", "20000"]))
    }

    func testEveryCommandReadsAnotherFile() throws {
        let commands: [ParsableCommand.Type] = [Show.self, TourCommand.self, Check.self, Export.self, Serve.self]
        for command in commands {
            XCTAssertTrue(command.helpMessage().contains("--file <path>"), "\(command) has no --file")
        }
        XCTAssertEqual(try Check.parse(["--file", "a.json"]).source.file, "a.json")
        XCTAssertEqual(try Export.parse(["--format", "json", "--file", "a.md"]).source.file, "a.md")
        XCTAssertEqual(try TourCommand.parse(["--file", "a.md"]).source.file, "a.md")
        XCTAssertEqual(try Serve.parse(["--file", "a.md"]).source.file, "a.md")
    }

    func testAThemeThatDoesNotExistIsRefusedWithTheChoices() {
        XCTAssertThrowsError(try Show.parse(["--theme", "blue"])) { error in
            let message = Show.message(for: error)
            XCTAssertTrue(message.contains("'blue'") && message.contains("'dark', 'light' or 'mono'"), message)
        }
        XCTAssertThrowsError(try TourCommand.parse(["--theme", "neon"]))
    }

    func testWidthOutOfRange() {
        for width in ["0", "10001", "-3"] {
            XCTAssertThrowsError(try Show.parse(["--width=\(width)"]), width) { error in
                XCTAssertEqual(Show.message(for: error), "--width must be between 1 and 10000", width)
            }
        }
        XCTAssertThrowsError(try Export.parse(["--format", "plain", "--width", "0"]))
        XCTAssertEqual(try Export.parse(["--format", "plain", "--width", "10000"]).width.width, 10000)
    }

    func testExportFormats() throws {
        for format in Export.Format.allCases {
            XCTAssertEqual(try Export.parse(["--format", format.rawValue]).format, format)
        }
        XCTAssertThrowsError(try Export.parse(["--format", "pdf"]))
        XCTAssertThrowsError(try Export.parse([]), "the format is required")
    }

    /// The limits default to what the README's security table says, and each can be set.
    func testServerLimits() throws {
        let host = SessionCapacity(byMemory: 5_342, byOpenFiles: 16_368, byPtys: 4_030)
        let defaults = try Serve.parse([]).limits.limits(capacity: host)
        XCTAssertEqual(defaults.maxSessions, 4_030, "without --max-sessions, what the host holds")
        XCTAssertEqual(defaults.maxPerAddress, 4)
        XCTAssertEqual(defaults.idleTimeout, 600)
        let set = try Serve.parse(["--max-sessions", "500", "--max-per-address", "8", "--handshake-timeout", "5",
                                   "--idle-timeout", "60", "--max-session", "120", "--max-startups", "64",
                                   "--max-rate-per-address", "0", "--keepalive-interval", "0", "--keepalive-count", "5"]).limits.limits(capacity: host)
        XCTAssertEqual(set.maxSessions, 500)
        XCTAssertEqual(set.maxPerAddress, 8)
        XCTAssertEqual(set.handshakeTimeout, 5)
        XCTAssertEqual(set.idleTimeout, 60)
        XCTAssertEqual(set.maxSessionDuration, 120)
        XCTAssertEqual(set.maxStartups, 64)
        XCTAssertEqual(set.maxRatePerAddress, 0)
        XCTAssertEqual(set.keepaliveInterval, 0)
        XCTAssertEqual(set.keepaliveCountMax, 5)
        for bad in [["--max-sessions", "0"], ["--idle-timeout", "0"], ["--keepalive-interval", "-1"], ["--port", "70000"]] {
            XCTAssertThrowsError(try Serve.parse(bad), bad.joined(separator: " "))
        }
    }

    /// `--page` takes any page the résumé has, by name or number, extra sections included.
    func testPagesByNameOrNumberIncludingExtraSections() throws {
        let resume = try XCTUnwrap(ResumeParser.parse("# N\n\n## Experience\n\n### A (2020 ~ 2021)\n\n## Open Source Work\n\nx\n\n## Misc\n\ny\n").resume)
        XCTAssertEqual(try pageIndex(PageChoice(argument: "career"), in: resume), 1)
        XCTAssertEqual(try pageIndex(PageChoice(argument: "Misc"), in: resume), 3)
        XCTAssertEqual(try pageIndex(PageChoice(argument: "3"), in: resume), 2)
        XCTAssertThrowsError(try pageIndex(PageChoice(argument: "talks"), in: resume)) { error in
            XCTAssertEqual((error as? Failure)?.message, "resume-tui: no page \"talks\"; the pages are: about, career, projects, misc")
        }
    }
}

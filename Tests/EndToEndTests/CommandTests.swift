import Foundation
import ResumeModel
import XCTest

/// `check`, `--file` and errors: what the owner of the résumé sees.
final class CommandTests: XCTestCase {
    private func temporaryFile(_ contents: String) throws -> String {
        let path = NSTemporaryDirectory() + "resume-\(UUID().uuidString).md"
        try contents.write(toFile: path, atomically: true, encoding: .utf8)
        addTeardownBlock { try? FileManager.default.removeItem(atPath: path) }
        return path
    }

    func testCheckOfACleanResumeReportsNothingButItsOutline() throws {
        for fixture in Fixture.both {
            let result = try Binary.run(["check", "--file", fixture.path])
            XCTAssertEqual(result.status, 0, result.stdout + result.stderr)
            XCTAssertTrue(result.stdout.contains("\(fixture.path): 0 errors, 0 warnings"), result.stdout)
            XCTAssertTrue(result.stdout.contains("name: \(fixture.name) (from the heading on line 1)"), result.stdout)
        }
    }

    /// A stated tenure that disagrees with the dates is the one warning, with its place.
    func testCheckReportsOnlyTheTenureThatDisagreesWithTheDates() throws {
        let text = Fixture.korean.text
        XCTAssertTrue(text.contains("(2018.07.01~2022.02.28, 43개월)"), "the fixture's period this test edits")
        let file = try temporaryFile(text.replacingOccurrences(of: "43개월)", with: "44개월)"))
        let result = try Binary.run(["check", "--file", file])
        XCTAssertEqual(result.status, 0, result.stdout + result.stderr)
        XCTAssertTrue(result.stdout.contains("warning: the stated tenure \"44개월\" does not match the dates"), result.stdout)
        XCTAssertTrue(result.stdout.contains("0 errors, 1 warning"), result.stdout)
    }

    /// A structural surprise is a warning with its place; the résumé still shows.
    func testCheckReportsAWarningWithItsLineAndTheResumeStillShows() throws {
        let file = try temporaryFile("# Kim\n\n## Career\n\n### ACME (2019.13.01~2020.01.01)\n\n- built things\n")
        let result = try Binary.run(["check", "--file", file])
        XCTAssertEqual(result.status, 0, result.stdout)
        XCTAssertTrue(result.stdout.contains("\(file):5:11: warning: the period \"2019.13.01~2020.01.01\" can't be read"), result.stdout)
        XCTAssertTrue(result.stdout.contains("name: Kim (from the heading on line 1)"), result.stdout)
        XCTAssertTrue(result.stdout.contains("Career  career, 1 entry, 0 with a period (line 3)"), result.stdout)
        let plain = try Binary.run(["--plain", "--file", file])
        XCTAssertEqual(plain.status, 0, plain.stderr)
        XCTAssertTrue(plain.stdout.contains("ACME\n2019.13.01~2020.01.01\n• built things"), plain.stdout)
    }

    /// What can't be read at all is an error with its line and column, and nothing shows.
    func testMalformedJSONIsAnErrorWithItsPlace() throws {
        let path = NSTemporaryDirectory() + "resume-\(UUID().uuidString).json"
        try "{\n  \"basics\": {\"name\": \"Kim\",}\n  \"work\": [\n".write(toFile: path, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(atPath: path) }
        let check = try Binary.run(["check", "--file", path])
        XCTAssertEqual(check.status, 1, check.stdout)
        XCTAssertTrue(check.stdout.contains("\(path):3:"), check.stdout)
        XCTAssertTrue(check.stdout.contains("error"), check.stdout)
        let plain = try Binary.run(["--plain", "--file", path])
        XCTAssertEqual(plain.status, 1)
        XCTAssertTrue(plain.stderr.contains("\(path):3:"), plain.stderr)
        XCTAssertEqual(plain.stdout, "")
    }

    func testAnEmptyFileHasNothingToShow() throws {
        let file = try temporaryFile("\n\n")
        let result = try Binary.run(["--plain", "--file", file])
        XCTAssertEqual(result.status, 1)
        XCTAssertTrue(result.stderr.contains("\(file): nothing to show"), result.stderr)
        XCTAssertEqual(result.stdout, "")
    }

    func testAMissingFileIsAClearError() throws {
        let result = try Binary.run(["--plain", "--file", "/nonexistent/resume.md"])
        XCTAssertEqual(result.status, 1)
        XCTAssertTrue(result.stderr.contains("cannot read /nonexistent/resume.md: No such file or directory"), result.stderr)
    }

    func testInvalidUTF8IsReportedNotCrashed() throws {
        let path = NSTemporaryDirectory() + "resume-\(UUID().uuidString).md"
        try Data("# Kim\n\n## Skills\n\n- ok \u{FF}".utf8.map { $0 } + [0xFF, 0x0A]).write(to: URL(fileURLWithPath: path))
        defer { try? FileManager.default.removeItem(atPath: path) }
        let result = try Binary.run(["check", "--file", path])
        XCTAssertEqual(result.status, 0, result.stdout)
        XCTAssertTrue(result.stdout.contains("\(path):5:7: warning: the file is not valid UTF-8"), result.stdout)
    }

    /// With no arguments (its own quick path past the command tree) it is `show`: in a
    /// pipe, the same plain text, and the same status.
    func testNoArgumentsIsShow() throws {
        let bare = try Binary.run([], environment: ["LANG": "C.UTF-8", "PATH": "/usr/bin:/bin"])
        let show = try Binary.run(["show", "--plain"], environment: ["LANG": "C.UTF-8", "PATH": "/usr/bin:/bin"])
        XCTAssertEqual(bare.status, 0, bare.stderr)
        XCTAssertFalse(bare.stdout.isEmpty)
        XCTAssertEqual(bare.stdout, show.stdout)
        XCTAssertEqual(bare.stderr, show.stderr)
    }

    /// The one test of the résumé built into the binary (a fork's, whatever it says): with
    /// no `--file`, from any folder, it shows the name the top-level resume.md has.
    func testWorksFromAnyFolderWithTheBuiltInResume() throws {
        let bytes = try Data(contentsOf: Binary.packageRoot.appendingPathComponent("resume.md"))
        let name = try XCTUnwrap(ResumeParser.parse(Array(bytes)).resume?.name, "resume.md has a name")
        let script = "cd / && exec " + TmuxSession.quote(Binary.url.path) + " --plain"
        let result = try Process.capture(URL(fileURLWithPath: "/bin/sh"), ["-c", script])
        XCTAssertEqual(result.status, 0, result.stderr)
        XCTAssertEqual(result.stdout.split(separator: "\n").first.map(String.init), name)
    }

    func testPlainPageShowsOnlyThatPage() throws {
        let fixture = Fixture.english
        let talks = try Binary.run(["--plain", "--page", "talks", "--file", fixture.path])
        XCTAssertEqual(talks.status, 0, talks.stderr)
        XCTAssertTrue(talks.stdout.contains(fixture.talks))
        XCTAssertFalse(talks.stdout.contains(fixture.career))
    }

    func testUnknownPageIsAClearError() throws {
        let result = try Binary.run(["--plain", "--page", "nowhere", "--file", Fixture.english.path])
        XCTAssertEqual(result.status, 2)
        XCTAssertTrue(result.stderr.contains("no page \"nowhere\""), result.stderr)
        XCTAssertTrue(result.stderr.contains("talks"), result.stderr)
    }
}

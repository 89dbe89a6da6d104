import Foundation
import XCTest

/// `check`, `--file` and errors: what the owner of the résumé sees.
final class CommandTests: XCTestCase {
    private func temporaryFile(_ contents: String) throws -> String {
        let path = NSTemporaryDirectory() + "resume-\(UUID().uuidString).md"
        try contents.write(toFile: path, atomically: true, encoding: .utf8)
        addTeardownBlock { try? FileManager.default.removeItem(atPath: path) }
        return path
    }

    func testCheckOfTheRealResumeReportsOnlyTheTenureWarning() throws {
        let result = try Binary.run(["check", "--file", Binary.packageRoot.appendingPathComponent("resume.md").path])
        XCTAssertEqual(result.status, 0, result.stdout + result.stderr)
        XCTAssertTrue(result.stdout.contains("44개월"), result.stdout)
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

    func testWorksFromAnyFolderWithTheBuiltInResume() throws {
        let script = "cd / && exec " + TmuxSession.quote(Binary.url.path) + " --plain"
        let result = try Process.capture(URL(fileURLWithPath: "/bin/sh"), ["-c", script])
        XCTAssertEqual(result.status, 0, result.stderr)
        XCTAssertTrue(result.stdout.contains("비바리퍼블리카"))
    }

    func testPlainPageShowsOnlyThatPage() throws {
        let talks = try Binary.run(["--plain", "--page", "talks"])
        XCTAssertEqual(talks.status, 0, talks.stderr)
        XCTAssertTrue(talks.stdout.contains("Pythonic Clean Architecture"))
        XCTAssertFalse(talks.stdout.contains("비바리퍼블리카"))
    }

    func testUnknownPageIsAClearError() throws {
        let result = try Binary.run(["--plain", "--page", "nowhere"])
        XCTAssertEqual(result.status, 2)
        XCTAssertTrue(result.stderr.contains("no page \"nowhere\""), result.stderr)
        XCTAssertTrue(result.stderr.contains("talks"), result.stderr)
    }
}

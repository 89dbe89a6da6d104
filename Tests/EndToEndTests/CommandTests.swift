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

    func testCheckReportsAnErrorWithItsLineAndFailsTheCommand() throws {
        let file = try temporaryFile("# Kim\n\n## Career\n\n### ACME (2019.13.01~2020.01.01)\n\n- built things\n")
        let result = try Binary.run(["check", "--file", file])
        XCTAssertEqual(result.status, 1)
        XCTAssertTrue(result.stdout.contains("\(file):5:"), result.stdout)
        XCTAssertTrue(result.stdout.contains("error"), result.stdout)
    }

    func testShowingABrokenFileExplainsAndExitsNonZero() throws {
        let file = try temporaryFile("no name heading here\n")
        let result = try Binary.run(["--plain", "--file", file])
        XCTAssertEqual(result.status, 1)
        XCTAssertTrue(result.stderr.contains(file), result.stderr)
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
        XCTAssertEqual(result.status, 1, result.stdout)
        XCTAssertTrue(result.stdout.contains("\(path):5:"), result.stdout)
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

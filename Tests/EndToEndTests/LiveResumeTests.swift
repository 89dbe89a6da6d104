import Foundation
import XCTest

/// `serve --file`: the owner edits resume.md while the server runs. An edit reaches the
/// next visitor; a save that can't be shown never does (visitors keep the last good
/// version and the owner reads why, with line numbers, in the log); a file that can't
/// be shown at start stops the server before it listens.
final class LiveResumeTests: XCTestCase {
    private let fixture = Fixture.english

    /// The fixture under another name, as the owner would edit it.
    private func resume(named name: String) throws -> String {
        let original = fixture.text
        XCTAssertTrue(original.contains("# \(fixture.name)\n"))
        return original.replacingOccurrences(of: "# \(fixture.name)\n", with: "# \(name)\n")
    }

    private func firstLine(_ server: SSHServerHarness, file: StaticString = #filePath, line: UInt = #line) throws -> String {
        let result = try server.ssh(["-T"], command: ["plain"])
        XCTAssertEqual(result.status, 0, result.stderr, file: file, line: line)
        XCTAssertEqual(result.stderr, "", "a visitor never sees the owner's errors", file: file, line: line)
        return result.stdout.split(separator: "\n").first.map(String.init) ?? ""
    }

    func testEditsGoLiveAndABrokenSaveNeverReachesAVisitor() throws {
        let folder = NSTemporaryDirectory() + "live-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let path = folder + "/resume.md"
        try resume(named: fixture.name).write(toFile: path, atomically: true, encoding: .utf8)
        let server = try SSHServerHarness(arguments: ["--file", path])
        XCTAssertEqual(try firstLine(server), fixture.name)

        try resume(named: "\(fixture.name), SRE").write(toFile: path, atomically: true, encoding: .utf8)
        XCTAssertEqual(try firstLine(server), "\(fixture.name), SRE", "the edit reaches the next visitor")

        // Half-way through a save: an editor that empties the file before writing it.
        // Twice, to see it logged once.
        try Data().write(to: URL(fileURLWithPath: path))
        XCTAssertEqual(try firstLine(server), "\(fixture.name), SRE", "visitors keep the last good version")
        XCTAssertEqual(try firstLine(server), "\(fixture.name), SRE")
        var log = server.log
        XCTAssertEqual(log.components(separatedBy: "résumé can't be shown").count - 1, 1, "logged once per bad version:\n\(log)")
        XCTAssertTrue(log.contains("\(path): nothing to show"), "the owner reads why:\n\(log)")

        // A JSON Resume cut off mid-write: the error says where.
        try Data("{\n  \"basics\": {\"name\": \"Cut\"".utf8).write(to: URL(fileURLWithPath: path))
        XCTAssertEqual(try firstLine(server), "\(fixture.name), SRE", "visitors keep the last good version")
        log = server.log
        XCTAssertTrue(log.contains("\(path):2:"), "the owner reads where the error is:\n\(log)")

        try resume(named: fixture.name).write(toFile: path, atomically: true, encoding: .utf8)
        XCTAssertEqual(try firstLine(server), fixture.name, "a fixed file goes live again")
        XCTAssertEqual(server.terminate(), 0)
    }

    func testAFileWithErrorsStopsTheServerBeforeItListens() throws {
        let folder = NSTemporaryDirectory() + "live-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let path = folder + "/resume.md"
        try "{\"basics\": {\"name\": ".write(toFile: path, atomically: true, encoding: .utf8)
        let result = try Binary.run(["serve", "--host", "127.0.0.1", "--port", "0", "--host-key", folder + "/key", "--file", path])
        XCTAssertEqual(result.status, 1)
        XCTAssertFalse(result.stdout.contains("listening"), result.stdout)
        XCTAssertTrue(result.stderr.contains("\(path):"), result.stderr)
        XCTAssertTrue(result.stderr.contains("error"), result.stderr)
    }
}

import Foundation
import XCTest

/// Over SSH, the visitor's language: what their client sends (LANG through SendEnv or
/// SetEnv), or a word in the command, which wins. Served from a copy of a résumé and
/// its translation, edited while the server runs.
final class ServerLanguageTests: XCTestCase {
    private static let source = Binary.packageRoot.appendingPathComponent("Tests/Fixtures/bilingual").path
    private let korean = "# 한소라", english = "# Sora Han"

    /// The pair in a folder of the test's own, so it can be edited.
    private func servedPair() throws -> (server: SSHServerHarness, folder: String) {
        let folder = NSTemporaryDirectory() + "served-pair-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        addTeardownBlock { try? FileManager.default.removeItem(atPath: folder) }
        for name in ["resume.md", "resume.en.md"] {
            try FileManager.default.copyItem(atPath: Self.source + "/" + name, toPath: folder + "/" + name)
        }
        return (try SSHServerHarness(arguments: ["--file", folder + "/resume.md"]), folder)
    }

    private func markdown(_ server: SSHServerHarness, _ command: [String], _ options: [String] = [],
                          environment: [String: String] = [:], file: StaticString = #filePath, line: UInt = #line) throws -> String {
        let result = try server.ssh(options, command: command, environment: environment)
        XCTAssertEqual(result.status, 0, result.stderr + server.log, file: file, line: line)
        return result.stdout
    }

    func testTheClientsLocaleChoosesAndTheCommandWins() throws {
        let (server, _) = try servedPair()
        // The harness sends LANG=C.UTF-8: no language said, so the résumé's first.
        XCTAssertTrue(try markdown(server, ["markdown"]).hasPrefix(korean))
        // SendEnv, as Debian's and macOS's ssh_config have it.
        XCTAssertTrue(try markdown(server, ["markdown"], environment: ["LANG": "en_US.UTF-8"]).hasPrefix(english))
        // SetEnv on the command line, and LC_ALL over LANG.
        XCTAssertTrue(try markdown(server, ["markdown"], ["-o", "SetEnv=LANG=en_GB.UTF-8"]).hasPrefix(english))
        XCTAssertTrue(try markdown(server, ["markdown"], environment: ["LANG": "en_US.UTF-8", "LC_ALL": "ko_KR.UTF-8"])
            .hasPrefix(korean))
        // A word in the command wins over the locale, either way.
        XCTAssertTrue(try markdown(server, ["markdown", "ko"], environment: ["LANG": "en_US.UTF-8"]).hasPrefix(korean))
        XCTAssertTrue(try markdown(server, ["en", "markdown"]).hasPrefix(english))
        XCTAssertTrue(try markdown(server, ["json", "en"]).contains(#""name" : "Sora Han""#)
                      || markdown(server, ["json", "en"]).contains(#""name": "Sora Han""#))
        XCTAssertTrue(server.log.contains("lang=en"), server.log)
        // The values are a hint: the child never sees them.
        XCTAssertFalse(try markdown(server, ["markdown"], environment: ["LANG": "en_US.UTF-8\u{1B}[2J"]).hasPrefix(english),
                       "what is no locale name is no hint")
    }

    func testTheOwnersDefaultServesVisitorsWhoSayNothing() throws {
        let folder = Self.source
        let server = try SSHServerHarness(arguments: ["--file", folder + "/resume.md", "--lang", "en"])
        XCTAssertTrue(try markdown(server, ["markdown"]).hasPrefix(english), "no hint: the owner's choice")
        XCTAssertTrue(try markdown(server, ["markdown"], environment: ["LANG": "ko_KR.UTF-8"]).hasPrefix(korean), "a hint wins")
    }

    func testTheInteractiveScreenOpensInTheVisitorsLanguageOnThePageAsked() throws {
        let (server, _) = try servedPair()
        let tmux = try SSHTmux("LANG=en_US.UTF-8 \(server.sshCommandLine) -tt 127.0.0.1 2", width: 80, height: 24)
        XCTAssertTrue(SSHServerHarness.eventually(timeout: 10) { (try? tmux.screen())?.contains("Baramgyeol Pay") ?? false },
                      (try? tmux.screen()) ?? "")
        try tmux.send("q")
        XCTAssertEqual(tmux.exitStatus(timeout: 10), 0)
    }

    func testAnEditedTranslationGoesLiveAndABrokenOneNeverDoes() throws {
        let (server, folder) = try servedPair()
        let path = folder + "/resume.en.md"
        let original = try String(contentsOfFile: path, encoding: .utf8)
        try original.replacingOccurrences(of: english, with: "# Sora Han, SRE").write(toFile: path, atomically: true, encoding: .utf8)
        XCTAssertTrue(try markdown(server, ["en", "markdown"]).hasPrefix("# Sora Han, SRE"), "the edit reaches the next visitor")
        // Emptied mid-save: the last good English copy is still served.
        try Data().write(to: URL(fileURLWithPath: path))
        XCTAssertTrue(try markdown(server, ["en", "markdown"]).hasPrefix("# Sora Han, SRE"))
        XCTAssertTrue(try markdown(server, ["markdown"]).hasPrefix(korean), "the résumé itself is untouched")
    }
}

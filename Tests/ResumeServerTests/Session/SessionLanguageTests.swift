@testable import ResumeServer
import XCTest

/// The visitor's language: a word in the command, else what the client's LANG and LC_*
/// say, reaching the child only as `--lang ko` or `--lang en`.
final class SessionLanguageTests: XCTestCase {
    private func hint(_ pairs: [(String, String)]) -> String? {
        var hint = LanguageHint()
        for (name, value) in pairs { hint.take(name: name, value: value) }
        return hint.language
    }

    func testALocaleIsReadAsALanguage() {
        XCTAssertEqual(hint([("LANG", "ko_KR.UTF-8")]), "ko")
        XCTAssertEqual(hint([("LANG", "en_US.UTF-8")]), "en")
        XCTAssertEqual(hint([("LANG", "de_DE@euro")]), "en", "any other named locale reads English")
        XCTAssertEqual(hint([("LANG", "ja_JP.UTF-8")]), "en")
        XCTAssertNil(hint([]), "none: the résumé's first language")
        XCTAssertNil(hint([("LANG", "C.UTF-8")]))
        XCTAssertNil(hint([("LANG", "POSIX")]))
        XCTAssertNil(hint([("LANG", "")]))
    }

    func testPrecedenceIsSetlocales() {
        XCTAssertEqual(hint([("LANG", "en_US.UTF-8"), ("LC_MESSAGES", "ko_KR.UTF-8")]), "ko")
        XCTAssertEqual(hint([("LC_ALL", "en_GB.UTF-8"), ("LC_MESSAGES", "ko_KR.UTF-8"), ("LANG", "ko_KR.UTF-8")]), "en")
        XCTAssertEqual(hint([("LC_ALL", ""), ("LANG", "ko_KR.UTF-8")]), "ko", "an empty LC_ALL is unset")
        XCTAssertNil(hint([("LC_CTYPE", "ko_KR.UTF-8")]), "the character set says nothing of the language")
    }

    func testWhatIsNoLocaleIsForgotten() {
        XCTAssertNil(hint([("LANG", "ko_KR.UTF-8\u{1B}[31m")]))
        XCTAssertNil(hint([("LANG", "../../etc/passwd")]))
        XCTAssertNil(hint([("LANG", String(repeating: "k", count: 65))]))
        XCTAssertNil(hint([("PATH", "ko_KR")]))
    }

    func testALanguageWordInTheCommand() {
        XCTAssertTrue(SessionCommand.parse(exec: "en", hasTerminal: true) == (.show(page: nil), "en"))
        XCTAssertTrue(SessionCommand.parse(exec: "en talks", hasTerminal: true) == (.show(page: "talks"), "en"))
        XCTAssertTrue(SessionCommand.parse(exec: "talks KO", hasTerminal: true) == (.show(page: "talks"), "ko"))
        XCTAssertTrue(SessionCommand.parse(exec: "json en", hasTerminal: false) == (.export(format: "json"), "en"))
        XCTAssertTrue(SessionCommand.parse(exec: "en", hasTerminal: false) == (.show(page: nil), "en"), "plain text in English")
        XCTAssertTrue(SessionCommand.parse(exec: "plain", hasTerminal: false) == (.plain, nil))
        XCTAssertTrue(SessionCommand.parse(exec: "fr", hasTerminal: false) == (.unknown("fr"), nil))
    }

    func testTheCommandWinsOverTheHintAndTheHintOverNothing() {
        var hinted = Machine.waiting(terminal: xterm)
        XCTAssertEqual(hinted.feed(.environment(name: "LANG", value: "ko_KR.UTF-8", wantReply: false)), [],
                       "SendEnv wants no reply")
        XCTAssertEqual(hinted.feed(.shell(wantReply: true)).last, .start(.show(page: nil), terminal: xterm, language: "ko"))

        var explicit = Machine.waiting(terminal: xterm)
        _ = explicit.feed(.environment(name: "LANG", value: "ko_KR.UTF-8", wantReply: false))
        XCTAssertEqual(explicit.feed(.exec("en talks", wantReply: true)).last,
                       .start(.show(page: "talks"), terminal: xterm, language: "en"))

        var none = Machine.waiting()
        XCTAssertEqual(none.feed(.environment(name: "LANG", value: "C", wantReply: true)), [.reply(success: false)],
                       "the variable is not set, and the client is told so")
        XCTAssertEqual(none.feed(.exec("json", wantReply: false)).last, .start(.export(format: "json"), terminal: nil, language: nil))
    }

    func testTheLanguageReachesTheChildAsAnArgumentOnly() throws {
        let korean = try XCTUnwrap(ChildInvocation(command: .show(page: nil), terminal: "xterm", language: "ko",
                                                   executable: "/r", resumeFile: nil))
        XCTAssertEqual(korean.arguments, ["show", "--answer-wait", "1500", "--lang", "ko"])
        XCTAssertFalse(korean.environment.contains { $0.hasPrefix("LC_") }, "\(korean.environment)")
        XCTAssertTrue(korean.environment.contains("LANG=C.UTF-8"))
        let json = try XCTUnwrap(ChildInvocation(command: .export(format: "json"), terminal: nil, language: "en",
                                                 executable: "/r", resumeFile: "/f.md"))
        XCTAssertEqual(json.arguments, ["export", "--format", "json", "--lang", "en", "--file", "/f.md"])
        let odd = try XCTUnwrap(ChildInvocation(command: .plain, terminal: nil, language: "--file=/etc/shadow",
                                                executable: "/r", resumeFile: nil))
        XCTAssertFalse(odd.arguments.contains("--file=/etc/shadow"), "only a known language word is passed on")
    }
}

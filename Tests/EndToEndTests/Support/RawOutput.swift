import Foundation
import XCTest

extension TmuxSession {
    /// Every byte `resume-tui --file FIXTURE ARGUMENTS` writes to its terminal, from its
    /// first: it runs in tmux, starts once the pane is piped to a file, shows its first
    /// frame (waited for by its footer) and gets `q`.
    ///
    /// Why not a plain pty (`script`) with `q` typed after a pause: the program asks the
    /// terminal questions at start-up, a bare pty answers none, and what is typed while
    /// it waits for the answers is not read as keys; tmux answers, and `q` is sent only
    /// once the first frame is whole.
    static func recordOutput(_ fixture: Fixture, arguments: String = "", term: String = "xterm-256color",
                             environment: [String: String] = [:], file: StaticString = #filePath, line: UInt = #line) throws -> String {
        let raw = NSTemporaryDirectory() + "resume-tui-raw-\(UUID().uuidString.prefix(8))"
        defer { try? FileManager.default.removeItem(atPath: raw) }
        let command = "read _; " + quote(Binary.url.path) + " " + fixture.fileArgument + " " + arguments
        let session = try TmuxSession(command, width: 80, height: 24, term: term, environment: environment)
        try tmux(session.socket, ["pipe-pane", "-O", "-t", session.name, "cat > \(quote(raw))"])
        try session.send("Enter")
        try session.waitForFooter("the first frame", file: file, line: line) { $0.position != nil }
        try session.send("q")
        XCTAssertEqual(session.exitStatus(), 0, file: file, line: line)
        // The pane's output reaches the file through tmux and `cat`, later than the exit
        // status: the shell's "[exited]" after the program is the last of it.
        var output = ""
        let copied = SSHServerHarness.eventually(timeout: 10) {
            output = String(decoding: FileManager.default.contents(atPath: raw) ?? Data(), as: UTF8.self)
            return output.contains("[exited]")
        }
        XCTAssertTrue(copied, "the pane's output was not all copied", file: file, line: line)
        return output
    }
}

/// The questions the program asks the terminal before its screen opens (`TerminalProbe`:
/// a cursor position request after a probe character, the background colour, device
/// attributes). They are its own fixed bytes, written before the alternate screen; the
/// tests that look for foreign escapes take exactly these out of exactly that part.
enum StartupQuestions {
    static let sequences = ["\u{1B}[6n", "\u{1B}]11;?\u{1B}\\", "\u{1B}[c"]

    /// `output` with each question taken out once from what precedes the first switch
    /// to the alternate screen (`ESC [ ? 1049 h`); nothing after it is touched.
    static func removed(from output: String) -> String {
        guard let screen = output.range(of: "\u{1B}[?1049h") else { return output }
        var prelude = String(output[..<screen.lowerBound])
        for question in sequences {
            if let found = prelude.range(of: question) { prelude.removeSubrange(found) }
        }
        return prelude + output[screen.lowerBound...]
    }
}

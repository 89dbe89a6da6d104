import Foundation
import Logging
import Synchronization

/// `serve --file`: the résumé file as visitors get it.
///
/// An owner edits the file while the server runs, and expects the next visitor to see
/// the edit; but a save that can't be shown (JSON cut off mid-write, a file an editor
/// has just emptied) must never reach a visitor as an error message instead of a
/// résumé. So each new session asks for the résumé here: when the file's bytes have
/// changed, they are read again, and only a version that shows is served, from a
/// private copy in a folder of the server's own (0700) that the sessions read. A
/// version that doesn't is logged once, with its line numbers, and the last good copy
/// goes on being served. (Markdown is read leniently: what it says always shows, and
/// `check` lists what was odd about it.)
final class LiveResume: Sendable {
    private let source: String
    private let folder: String
    private let logger: Logger
    private let state: Mutex<State>

    private struct State {
        var served: [UInt8]
        var copy: String
        var generation = 0
        /// The last version refused, so it is logged once, not at every session.
        var refused: [UInt8]?
    }

    /// Reads and checks `source`; a file that can't be shown stops the server before it listens.
    init(source: String, logger: Logger) throws {
        self.source = source
        self.logger = logger
        let loaded = try ResumeSource.load(file: source)
        _ = try loaded.parse()
        var template = Array((NSTemporaryDirectory() + "resume-tui-serve.XXXXXX").utf8CString)
        guard let made = mkdtemp(&template) else {
            throw Failure("resume-tui: cannot make a folder for the résumé's copy: \(String(cString: strerror(errno)))", status: 1)
        }
        folder = String(cString: made)
        let copy = try Self.copy(loaded.bytes, to: folder + "/resume-0.md")
        state = Mutex(State(served: loaded.bytes, copy: copy))
    }

    /// The path each session's child reads: the newest version of the file that shows.
    func current() -> String {
        guard let bytes = try? ResumeSource.load(file: source).bytes else {
            // Moved or being replaced: keep serving what was served.
            return state.withLock { $0.copy }
        }
        return state.withLock { state in
            if bytes == state.served || bytes == state.refused { return state.copy }
            do {
                _ = try ResumeSource(bytes: bytes, displayName: source).parse()
                state.generation += 1
                let copy = try Self.copy(bytes, to: folder + "/resume-\(state.generation).md")
                // The copy before last is no longer handed out; a child given it has long read it.
                if state.generation >= 2 { unlink(folder + "/resume-\(state.generation - 2).md") }
                state.served = bytes
                state.copy = copy
                state.refused = nil
                logger.info("résumé reloaded", metadata: ["file": "\(source)"])
            } catch let failure as Failure {
                state.refused = bytes
                logger.error("résumé can't be shown; visitors still get the last version that could",
                             metadata: ["file": "\(source)"])
                // One record per error, each with its line and column, as `check` prints them.
                for line in failure.message.split(separator: "\n") { logger.error("\(line)") }
            } catch {
                logger.error("cannot copy the résumé; visitors still get the last copy",
                             metadata: ["file": "\(source)", "error": "\(error)"])
            }
            return state.copy
        }
    }

    /// Removes the private copies (when the server stops).
    func removeCopies() {
        let generation = state.withLock { $0.generation }
        for old in max(generation - 1, 0)...generation { unlink(folder + "/resume-\(old).md") }
        rmdir(folder)
    }

    /// A new file in the server's private folder (0700, so the file's own mode matters less).
    private static func copy(_ bytes: [UInt8], to path: String) throws -> String {
        do {
            try Data(bytes).write(to: URL(fileURLWithPath: path), options: .withoutOverwriting)
        } catch {
            throw Failure("resume-tui: cannot write \(path): \(error.localizedDescription)", status: 1)
        }
        return path
    }
}

import Foundation
import Logging
import Synchronization

/// `serve --file`: the résumé file, and its translations, as visitors get them.
///
/// An owner edits the file while the server runs, and expects the next visitor to see
/// the edit; but a save that can't be shown (JSON cut off mid-write, a file an editor
/// has just emptied) must never reach a visitor as an error message instead of a
/// résumé. So each new session asks for the résumé here: when the files' bytes have
/// changed, they are read again, and only versions that show are served, from private
/// copies in a folder of the server's own (0700) that the sessions read. A version of
/// the main file that doesn't show is logged once, with its line numbers, and the last
/// good copy goes on being served; a translation that doesn't show keeps its last good
/// copy too. (Markdown is read leniently: what it says always shows, and `check` lists
/// what was odd about it.)
///
/// Each version is a folder (`1/resume.md`, `1/resume.en.md`, …) with the files under
/// their own names, so the child finds the translations beside the résumé as it would
/// beside the owner's file, and a file named for its language keeps saying it.
final class LiveResume: Sendable {
    private let source: String
    private let folder: String
    private let logger: Logger
    private let state: Mutex<State>

    private struct State {
        /// The bytes last read of each file, by name: unchanged files are not read again.
        var seen: [String: [UInt8]]
        /// The bytes copied of each file, by name: the versions that show.
        var served: [String: [UInt8]]
        var copy: String
        var generation = 0
        /// The last version of the main file refused, so it is logged once, not at every session.
        var refused: [UInt8]?
    }

    /// Reads and checks `source`; a file that can't be shown stops the server before it listens.
    init(source: String, logger: Logger) throws {
        self.source = source
        self.logger = logger
        let files = try ResumeFiles.load(file: source)
        _ = try files.main.parse()
        var template = Array((NSTemporaryDirectory() + "resume-tui-serve.XXXXXX").utf8CString)
        guard let made = mkdtemp(&template) else {
            throw Failure("resume-tui: cannot make a folder for the résumé's copy: \(String(cString: strerror(errno)))", status: 1)
        }
        folder = String(cString: made)
        let found = Self.byName(files)
        let served = found.filter { name, bytes in name == Self.name(of: source) || Self.shows(bytes, name) }
        let copy = try Self.copy(served, main: Self.name(of: source), to: folder + "/0")
        state = Mutex(State(seen: found, served: served, copy: copy))
    }

    /// The path each session's child reads: the newest version of the file that shows.
    func current() -> String {
        guard let files = try? ResumeFiles.load(file: source) else {
            // Moved or being replaced: keep serving what was served.
            return state.withLock { $0.copy }
        }
        let main = Self.name(of: source)
        let found = Self.byName(files)
        return state.withLock { state in
            if found == state.seen || found[main] == state.refused { return state.copy }
            state.seen = found
            do {
                _ = try files.main.parse()
            } catch let failure as Failure {
                state.refused = found[main]
                logger.error("résumé can't be shown; visitors still get the last version that could",
                             metadata: ["file": "\(source)"])
                // One record per error, each with its line and column, as `check` prints them.
                for line in failure.message.split(separator: "\n") { logger.error("\(line)") }
                return state.copy
            } catch {
                return state.copy
            }
            // A translation that doesn't show now keeps the copy that did.
            var served: [String: [UInt8]] = [:]
            for (name, bytes) in found {
                served[name] = name == main || Self.shows(bytes, name) ? bytes : state.served[name]
            }
            guard served != state.served else { return state.copy }
            do {
                let copy = try Self.copy(served, main: main, to: folder + "/\(state.generation + 1)")
                state.generation += 1
                // The version before last is no longer handed out; a child given it has long read it.
                if state.generation >= 2 { Self.remove(folder + "/\(state.generation - 2)") }
                state.served = served
                state.copy = copy
                state.refused = nil
                logger.info("résumé reloaded", metadata: ["file": "\(source)"])
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
        for old in max(generation - 1, 0)...generation { Self.remove(folder + "/\(old)") }
        rmdir(folder)
    }

    private static func name(of path: String) -> String {
        path.split(separator: "/").last.map(String.init) ?? path
    }

    private static func byName(_ files: ResumeFiles) -> [String: [UInt8]] {
        var found = [name(of: files.main.path): files.main.bytes]
        for translation in files.translations { found[name(of: translation.path)] = translation.bytes }
        return found
    }

    private static func shows(_ bytes: [UInt8], _ name: String) -> Bool {
        (try? ResumeSource(bytes: bytes, displayName: name).parse()) != nil
    }

    /// A new folder in the server's private one (0700, so the files' own modes matter
    /// less) holding `files`; returns the main file's path in it.
    private static func copy(_ files: [String: [UInt8]], main: String, to version: String) throws -> String {
        guard mkdir(version, 0o700) == 0 else {
            throw Failure("resume-tui: cannot make \(version): \(String(cString: strerror(errno)))", status: 1)
        }
        for (name, bytes) in files {
            do {
                try Data(bytes).write(to: URL(fileURLWithPath: version + "/" + name), options: .withoutOverwriting)
            } catch {
                throw Failure("resume-tui: cannot write \(version)/\(name): \(error.localizedDescription)", status: 1)
            }
        }
        return version + "/" + main
    }

    private static func remove(_ version: String) {
        for name in (try? FileManager.default.contentsOfDirectory(atPath: version)) ?? [] { unlink(version + "/" + name) }
        rmdir(version)
    }
}

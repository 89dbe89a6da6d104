import Foundation
import Logging
import NIOCore

/// The session's log lines: one when it starts, one when it ends. They say who, with
/// what terminal, for how long and how it ended; never the résumé, never a keystroke.
struct SessionLog {
    let logger: Logger
    let connection: ConnectionContext

    func start(_ command: SessionCommand, terminal: TerminalRequest?, language: String?) {
        logger.info("session start", metadata: metadata(terminal: terminal, extra: [
            "command": "\(command)", "lang": "\(language ?? "-")",
        ]))
    }

    func end(terminal: TerminalRequest?, started: NIODeadline, how: String) {
        let seconds = Double((NIODeadline.now() - started).nanoseconds) / 1e9
        logger.info("session end", metadata: metadata(terminal: terminal, extra: [
            "duration": "\(String(format: "%.1f", seconds))s", "ended": "\(how)",
        ]))
    }

    /// A session the server answered itself (help, usage, busy): no child was started.
    func answered(terminal: TerminalRequest?, how: String) {
        logger.info("session", metadata: metadata(terminal: terminal, extra: ["ended": "\(how)"]))
    }

    private func metadata(terminal: TerminalRequest?, extra: Logger.Metadata) -> Logger.Metadata {
        var metadata: Logger.Metadata = [
            "address": "\(connection.address)",
            "client": "\(connection.clientVersion)",
            "term": "\(terminal?.term ?? "-")",
            "size": "\(terminal.map { $0.size.description } ?? "-")",
        ]
        metadata.merge(extra) { _, new in new }
        return metadata
    }
}

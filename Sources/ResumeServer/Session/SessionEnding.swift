import Logging
import NIOCore
import NIOSSH

/// How a session channel ends: its goodbye lines, and the exit status followed by the
/// close, sent only after what was written has gone out.
enum SessionEnding {
    /// Over a limit: the one line a visitor reads before the connection closes.
    static let busyLine = "resume-tui: busy, try again in a minute"
    static let spawnFailedLine = "resume-tui: could not start the session"

    static func idleFarewell(_ seconds: Double) -> String {
        "resume-tui: no input for \(duration(seconds)); goodbye.\n"
    }

    static func durationFarewell(_ seconds: Double) -> String {
        "resume-tui: sessions last at most \(duration(seconds)); goodbye.\n"
    }

    static func duration(_ seconds: Double) -> String {
        seconds >= 120 ? "\(Int(seconds / 60)) minutes" : "\(Int(seconds)) seconds"
    }

    /// Sends exit-status (or exit-signal) once `lastWrite` completes, then closes the
    /// channel, and the connection too when `closeConnection`.
    static func sendExitAndClose(_ exit: ChildExit, context: ChannelHandlerContext, after lastWrite: EventLoopFuture<Void>?,
                                 backstop: TimeAmount, logger: Logger, address: String, closeConnection: Bool) {
        context.flush()
        let channel = context.channel
        let event: any Sendable
        switch exit {
        case .exited(let code):
            event = SSHChannelRequestEvent.ExitStatus(exitStatus: Int(code))
        case .signaled(let signal):
            event = SSHChannelRequestEvent.ExitSignal(signalName: ChildExit.signalName(signal), errorMessage: "",
                                                      language: "", dumpedCore: false)
        }
        // Only after everything written has gone out: closing earlier could drop the tail.
        // But a visitor that stopped reading never opens its window again, and the write
        // never completes: after `backstop` (the kill grace plus a second), close the
        // connection anyway, so a slow reader holds nothing past its session's end.
        context.eventLoop.assumeIsolated().scheduleTask(in: backstop) {
            guard channel.isActive else { return }
            logger.info("connection closed: visitor not reading", metadata: ["address": "\(address)"])
            channel.close(promise: nil)
            channel.parent?.close(promise: nil)
        }
        let written = lastWrite ?? context.eventLoop.makeSucceededVoidFuture()
        written.assumeIsolated().whenComplete { _ in
            channel.triggerUserOutboundEvent(event).assumeIsolated().whenComplete { _ in
                channel.close(promise: nil)
                // The client disconnects by itself once its channel closes; closing first
                // would add "Connection closed by remote host" under the one-line message.
                // The delay only matters for clients that linger.
                if closeConnection, let parent = channel.parent {
                    parent.eventLoop.scheduleTask(in: .seconds(1)) { parent.close(promise: nil) }
                }
            }
        }
    }
}

import ArgumentParser
import Foundation
import Logging
import ResumeServer

/// `resume-tui serve`: the résumé over SSH. Wiring only; the server is `ResumeSSHServer`.
struct Serve: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Serve the résumé over SSH: `ssh -p 2222 HOST` shows it, with no account, key or prompt."
    )

    @Option(help: "Address to listen on.")
    var host = "0.0.0.0"

    @Option(help: "Port to listen on (0 picks a free one; the chosen port is printed).")
    var port = 2222

    @Option(help: ArgumentHelp("Ed25519 host key in OpenSSH format; created on first start (mode 0600, with a .pub).",
                               valueName: "path"))
    var hostKey: String?

    @Option(help: "Serve this résumé file instead of the built-in one.")
    var file: String?

    @Option(help: "Sessions at once, over all visitors.")
    var maxSessions = ServerConfiguration.Limits().maxSessions

    @Option(help: "Connections at once from one IP address.")
    var maxPerAddress = ServerConfiguration.Limits().maxPerAddress

    @Option(help: "Seconds a connection may take to log in.")
    var handshakeTimeout = ServerConfiguration.Limits().handshakeTimeout

    @Option(help: "Seconds without input before a session ends.")
    var idleTimeout = ServerConfiguration.Limits().idleTimeout

    @Option(name: .customLong("max-session"), help: "Longest a session may last, in seconds.")
    var maxSession = ServerConfiguration.Limits().maxSessionDuration

    @Option(help: "Connections still logging in at once, over all visitors; more are closed at once (like MaxStartups).")
    var maxStartups = ServerConfiguration.Limits().maxStartups

    @Option(help: "New connections per second from one address (0: no limit); more are closed at once.")
    var maxRatePerAddress = ServerConfiguration.Limits().maxRatePerAddress

    @Option(help: "Seconds between keepalives to a logged-in client (0: none).")
    var keepaliveInterval = ServerConfiguration.Limits().keepaliveInterval

    @Option(help: "Unanswered keepalives after which the client is taken as gone.")
    var keepaliveCount = ServerConfiguration.Limits().keepaliveCountMax

    @Flag(help: "Expect a PROXY protocol v2 header on every connection (behind HAProxy, a cloud load balancer).")
    var proxyProtocol = false

    /// A test seam: run this program for every session instead of this binary. The
    /// end-to-end tests use a script that lingers or ignores SIGHUP, to prove sessions
    /// leave no process behind. Hidden: an owner has no reason to set it.
    @Option(help: .hidden)
    var sessionProgram: String?

    func validate() throws {
        guard (0...65535).contains(port) else { throw ValidationError("--port must be 0...65535") }
        guard maxSessions > 0, maxPerAddress > 0 else { throw ValidationError("limits must be at least 1") }
        guard handshakeTimeout > 0, idleTimeout > 0, maxSession > 0 else {
            throw ValidationError("timeouts must be positive")
        }
        guard maxStartups > 0, keepaliveCount > 0 else { throw ValidationError("limits must be at least 1") }
        guard maxRatePerAddress >= 0, keepaliveInterval >= 0 else {
            throw ValidationError("--max-rate-per-address and --keepalive-interval must be 0 or more")
        }
    }

    /// Default host key location: `$XDG_CONFIG_HOME/resume-tui/host_ed25519`, else
    /// `~/.config/resume-tui/host_ed25519`. Not the working directory: the fingerprint
    /// visitors pin must not change with the folder the server was started from, and a
    /// private key must never land in a git checkout by accident.
    static func defaultHostKeyPath() -> String {
        let environment = ProcessInfo.processInfo.environment
        let base = environment["XDG_CONFIG_HOME"].flatMap { $0.isEmpty ? nil : $0 }
            ?? (environment["HOME"].flatMap { $0.isEmpty ? nil : $0 } ?? NSHomeDirectory()) + "/.config"
        return base + "/resume-tui/host_ed25519"
    }

    /// The running binary: each session runs it again as `show`/`export`.
    static func executablePath() -> String {
        (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe")) ?? CommandLine.arguments[0]
    }

    func run() throws {
        LoggingSystem.bootstrap(StreamLogHandler.standardError)
        var configuration = ServerConfiguration(hostKeyPath: hostKey ?? Self.defaultHostKeyPath(),
                                                executablePath: sessionProgram ?? Self.executablePath())
        configuration.host = host
        configuration.port = port
        var live: LiveResume?
        if let file {
            // Checked now: a file with errors stops the server before it listens.
            try reportingFailures {
                live = try LiveResume(source: URL(fileURLWithPath: file).standardizedFileURL.path,
                                      logger: Logger(label: "resume-tui.server"))
            }
        }
        defer { live?.removeCopies() }
        if let live { configuration.resumeFile = { live.current() } }
        configuration.limits.maxSessions = maxSessions
        configuration.limits.maxPerAddress = maxPerAddress
        configuration.limits.handshakeTimeout = handshakeTimeout
        configuration.limits.idleTimeout = idleTimeout
        configuration.limits.maxSessionDuration = maxSession
        configuration.limits.maxStartups = maxStartups
        configuration.limits.maxRatePerAddress = maxRatePerAddress
        configuration.limits.keepaliveInterval = keepaliveInterval
        configuration.limits.keepaliveCountMax = keepaliveCount
        configuration.proxyProtocol = proxyProtocol

        let server: ResumeSSHServer
        do {
            server = try ResumeSSHServer(configuration: configuration)
        } catch let error as HostKeyError {
            throw ValidationError(error.description)
        }
        let key = server.hostKey
        print("host key \(configuration.hostKeyPath)\(key.created ? " (created)" : "")")
        print(key.fingerprintLine)
        try server.run { address in
            print("listening on \(address.ipAddress ?? host):\(address.port ?? port)")
            fflush(nil)  // all streams: tests and scripts read the port from a pipe
        }
    }
}

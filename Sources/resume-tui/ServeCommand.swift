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

    @OptionGroup var source: SourceOptions

    /// The language of sessions whose client sends no locale; `show` and `export` in
    /// each session's child choose from the résumé's languages with it.
    @OptionGroup var language: LanguageOptions

    @OptionGroup(title: "Limits") var limits: LimitOptions

    @Flag(help: "Expect a PROXY protocol v2 header on every connection (behind HAProxy, a cloud load balancer).")
    var proxyProtocol = false

    /// A test seam: run this program for every session instead of this binary. The
    /// end-to-end tests use a script that lingers or ignores SIGHUP, to prove sessions
    /// leave no process behind. Hidden: an owner has no reason to set it.
    @Option(help: .hidden)
    var sessionProgram: String?

    @Flag(help: ArgumentHelp("Start each session's process afresh from the binary (a new address layout every time) instead of forking it from a started copy; slower to start."))
    var execSessions = false

    func validate() throws {
        guard (0...65535).contains(port) else { throw ValidationError("--port must be 0...65535") }
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
        if let file = source.file {
            // Checked now: a file with errors stops the server before it listens.
            try reportingFailures {
                live = try LiveResume(source: URL(fileURLWithPath: file).standardizedFileURL.path,
                                      logger: Logger(label: "resume-tui.server"))
            }
        }
        defer { live?.removeCopies() }
        if let live { configuration.resumeFile = { live.current() } }
        // Before the first visitor: each holds descriptors, and 1024 runs out first.
        let files = OpenFileLimit.raise()
        let capacity = SessionCapacity.ofThisHost(openFiles: files)
        configuration.limits = limits.limits(capacity: capacity)
        configuration.proxyProtocol = proxyProtocol
        configuration.defaultLanguage = language.lang?.rawValue
        // Sessions fork from a started copy of this binary: half the cost of each start.
        // Not with a stand-in program (tests), nor when asked to exec each one.
        if sessionProgram == nil, !execSessions {
            configuration.sessionStarter = SessionStarter.launch(executable: configuration.executablePath,
                                                                 logger: Logger(label: "resume-tui.server"))
        }
        defer { configuration.sessionStarter?.stop() }

        let server: ResumeSSHServer
        do {
            server = try ResumeSSHServer(configuration: configuration)
        } catch let error as HostKeyError {
            throw ValidationError(error.description)
        }
        let key = server.hostKey
        print("host key \(configuration.hostKeyPath)\(key.created ? " (created)" : "")")
        print(key.fingerprintLine)
        if let files { print(files.description) }
        print(capacity.description)
        if let pid = configuration.sessionStarter?.pid {
            print("sessions: forked from a session starter (pid \(pid)); --exec-sessions starts each one afresh")
        }
        if limits.maxSessions != nil, capacity.sessions < configuration.limits.maxSessions {
            print("warning: --max-sessions \(configuration.limits.maxSessions) is more than this host holds (\(capacity.bound))")
        }
        try server.run { address in
            print("listening on \(address.ipAddress ?? host):\(address.port ?? port)")
            fflush(nil)  // all streams: tests and scripts read the port from a pipe
        }
    }
}

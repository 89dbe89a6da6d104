/// Everything `ResumeSSHServer` needs; `resume-tui serve` fills it from its options.
///
/// The defaults suit a small public host: a résumé gets a handful of visitors at a time,
/// and each session costs one child process (about 20 MB RSS, mostly shared pages).
public struct ServerConfiguration: Sendable {
    /// Address to listen on. Default 0.0.0.0: the point of the server is to be reachable.
    public var host: String = "0.0.0.0"
    /// Port to listen on. Default 2222: above 1024 so no root is needed, and clear of the
    /// host's own sshd on 22. 0 picks a free port (tests); the chosen one is reported.
    public var port: Int = 2222
    /// The Ed25519 host key file (created on first start).
    public var hostKeyPath: String
    /// The program each session runs as its UI: this same binary.
    public var executablePath: String
    /// A résumé file passed to each child as `--file`, or nil for the built-in one.
    public var resumeFile: String?
    public var limits: Limits = Limits()

    public init(hostKeyPath: String, executablePath: String) {
        self.hostKeyPath = hostKeyPath
        self.executablePath = executablePath
    }

    /// Bounds on what visitors can take. swift-nio-ssh has none of its own.
    public struct Limits: Sendable {
        /// Sessions (child processes) running at once, over all visitors. Default 64:
        /// about 1.3 GB of RSS in the worst case, far above a résumé's real traffic, yet a
        /// flood cannot exhaust a small VM's memory or process table.
        public var maxSessions: Int = 64
        /// Connections at once from one IP address. Default 4: a person rarely has more
        /// than a couple of windows open; a script looping `ssh` is stopped early.
        public var maxPerAddress: Int = 4
        /// Seconds a connection may take to finish key exchange and log in. Default 10:
        /// a real client on a slow link needs well under a second (login needs no typing);
        /// sockets that never speak SSH must not pile up.
        public var handshakeTimeout: Double = 10
        /// Seconds without any input from the visitor before the session ends. Default
        /// 600 (10 min): long enough to read every page slowly, short enough that
        /// forgotten terminals give their process back.
        public var idleTimeout: Double = 600
        /// Longest a session may last, in seconds, active or not. Default 3600 (60 min):
        /// no one reads a résumé for an hour; this bounds what a busy robot can hold.
        public var maxSessionDuration: Double = 3600
        /// Session channels at once on one connection (OpenSSH multiplexing). Default 4,
        /// matching the per-address limit; OpenSSH's sshd allows 10.
        public var maxChannelsPerConnection: Int = 4
        /// Seconds between SIGHUP and SIGKILL for a child whose visitor is gone. Default 2:
        /// ncurses restores the terminal and exits in milliseconds; more means it is stuck.
        public var killGrace: Double = 2

        public init() {}

        /// Open TCP connections (in handshake, busy or served) above which a new one is
        /// closed at once without a handshake: twice the sessions, so busy visitors can
        /// still be told so, while a flood of raw sockets cannot grow without bound.
        public var maxConnections: Int { max(2 * maxSessions, maxPerAddress) }
    }
}

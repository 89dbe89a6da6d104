import NIOCore

/// What the handlers of one TCP connection know about it. Lives on the connection's
/// event loop; the session channels of the connection share the same loop.
final class ConnectionContext {
    let address: String
    let admission: ServerState.Admission
    /// The client's SSH version line ("SSH-2.0-OpenSSH_9.2p1 ..."), once seen; for logs.
    var clientVersion = "?"
    var authenticated = false
    /// Session channels open right now on this connection.
    var openSessionChannels = 0

    init(address: String, admission: ServerState.Admission) {
        self.address = address
        self.admission = admission
    }
}

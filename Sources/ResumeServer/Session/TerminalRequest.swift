/// What a pty-req asked for, after sanitizing: the name the child gets as TERM and the
/// size its pty starts with.
struct TerminalRequest: Equatable {
    var term: String
    var size: WindowSize
}

/// What the reducer asks the outside world to do: things a value can't do itself.
/// The app performs them after the frame is drawn; the reducer never stores them as flags.
public enum Effect: Equatable, Sendable {
    /// End the session: the terminal is given back and the program exits.
    case quit
    /// Put text on the viewer's clipboard (through the terminal, OSC 52).
    case copyToClipboard(String)
    /// Draw every cell again, not only those that changed: after a resize, whatever the
    /// terminal kept of the old screen may be wrong.
    case redrawAll
}

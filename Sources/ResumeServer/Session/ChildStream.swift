/// Which of the child's outputs a relay carries; stderr becomes SSH extended data.
enum ChildStream: Hashable {
    /// A pty master (both ways) or the stdout pipe.
    case output
    /// The stderr pipe.
    case errors
    /// The stdin pipe: write only. Kept apart from stdout so that a write failing
    /// (the child stopped reading) cannot cut off output it has not yet delivered.
    case input
}

extension Substring {
    /// Without the whitespace at either end (spaces, tabs, ideographic spaces, newlines).
    func trimmingSpaces() -> Substring {
        var slice = self
        while let first = slice.first, first.isWhitespace { slice = slice.dropFirst() }
        while let last = slice.last, last.isWhitespace { slice = slice.dropLast() }
        return slice
    }
}

extension String {
    /// Without the whitespace at either end (spaces, tabs, ideographic spaces, newlines).
    func trimmingSpaces() -> String { String(Substring(self).trimmingSpaces()) }
}

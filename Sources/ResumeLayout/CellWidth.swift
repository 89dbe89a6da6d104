/// Placeholder until the cell-width table lands.
public enum CellWidth {
    public static func of(_ text: String) -> Int { text.count }
}

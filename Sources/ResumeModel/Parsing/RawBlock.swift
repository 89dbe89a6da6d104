/// A block before its inline text is parsed: the text still knows where it came from.
enum RawBlock {
    case paragraph(SourceText)
    case list([RawItem])
}

struct RawItem {
    var text: SourceText
    var children: [RawItem] = []
}

import CMarkGFM

/// A node of cmark-gfm's syntax tree, valid while `CMarkDocument.parse`'s closure runs.
///
/// The tree is read once, into Swift values, and freed: nothing here outlives a parse.
struct CMarkNode {
    let pointer: OpaquePointer

    enum Kind: Equatable {
        case document, blockQuote, list, item, codeBlock, htmlBlock, paragraph, heading, thematicBreak
        case footnoteDefinition, table, tableRow, tableCell
        case text, softBreak, lineBreak, code, htmlInline, emphasis, strong, strikethrough, link, image
        case footnoteReference
        case other
    }

    var kind: Kind {
        let type = cmark_node_get_type(pointer)
        switch type {
        case CMARK_NODE_DOCUMENT: return .document
        case CMARK_NODE_BLOCK_QUOTE: return .blockQuote
        case CMARK_NODE_LIST: return .list
        case CMARK_NODE_ITEM: return .item
        case CMARK_NODE_CODE_BLOCK: return .codeBlock
        case CMARK_NODE_HTML_BLOCK: return .htmlBlock
        case CMARK_NODE_PARAGRAPH: return .paragraph
        case CMARK_NODE_HEADING: return .heading
        case CMARK_NODE_THEMATIC_BREAK: return .thematicBreak
        case CMARK_NODE_FOOTNOTE_DEFINITION: return .footnoteDefinition
        case CMARK_NODE_TEXT: return .text
        case CMARK_NODE_SOFTBREAK: return .softBreak
        case CMARK_NODE_LINEBREAK: return .lineBreak
        case CMARK_NODE_CODE: return .code
        case CMARK_NODE_HTML_INLINE: return .htmlInline
        case CMARK_NODE_EMPH: return .emphasis
        case CMARK_NODE_STRONG: return .strong
        case CMARK_NODE_LINK: return .link
        case CMARK_NODE_IMAGE: return .image
        case CMARK_NODE_FOOTNOTE_REFERENCE: return .footnoteReference
        case cm_node_table(): return .table
        case cm_node_table_row(): return .tableRow
        case cm_node_table_cell(): return .tableCell
        case cm_node_strikethrough(): return .strikethrough
        default: return .other
        }
    }

    var children: [CMarkNode] {
        var nodes: [CMarkNode] = []
        var child = cmark_node_first_child(pointer)
        while let node = child {
            nodes.append(CMarkNode(pointer: node))
            child = cmark_node_next(node)
        }
        return nodes
    }

    /// The text of a text, code, HTML or code block node.
    var literal: String {
        guard let text = cmark_node_get_literal(pointer) else { return "" }
        return String(cString: text)
    }

    /// Every text under this node, in order, a space between blocks; walked with a stack,
    /// not recursion, because a hostile file nests without limit.
    var flattenedText: String {
        var words: [String] = []
        var stack = [self]
        while let node = stack.popLast() {
            switch node.kind {
            case .text, .code, .codeBlock: words.append(node.literal.trimmingSpaces())
            default: stack.append(contentsOf: node.children.reversed())
            }
        }
        return words.filter { !$0.isEmpty }.joined(separator: " ")
    }

    var headingLevel: Int { Int(cmark_node_get_heading_level(pointer)) }
    var isOrderedList: Bool { cmark_node_get_list_type(pointer) == CMARK_ORDERED_LIST }
    var listStart: Int { Int(cmark_node_get_list_start(pointer)) }
    /// No blank line between the list's items (nor inside them).
    var isTightList: Bool { cmark_node_get_list_tight(pointer) != 0 }

    var url: String {
        guard let text = cmark_node_get_url(pointer) else { return "" }
        return String(cString: text)
    }

    /// A fenced code block's info string (` ```swift title="x" ` gives `swift title="x"`).
    var fenceInfo: String {
        guard let text = cmark_node_get_fence_info(pointer) else { return "" }
        return String(cString: text)
    }

    /// A GFM task list item's check box: nil when the item is not a task.
    var taskChecked: Bool? {
        guard let name = cmark_node_get_type_string(pointer), String(cString: name) == "tasklist" else { return nil }
        return cmark_gfm_extensions_get_tasklist_item_checked(pointer)
    }

    var isTableHeaderRow: Bool { cmark_gfm_extensions_get_table_row_is_header(pointer) != 0 }

    /// Column alignments of a table: `l`, `c`, `r` or 0 per column.
    var tableAlignments: [Table.Alignment] {
        let count = Int(cmark_gfm_extensions_get_table_columns(pointer))
        guard count > 0, let raw = cmark_gfm_extensions_get_table_alignments(pointer) else { return [] }
        return (0..<count).map { index in
            switch raw[index] {
            case UInt8(ascii: "l"): return .left
            case UInt8(ascii: "c"): return .center
            case UInt8(ascii: "r"): return .right
            default: return .none
            }
        }
    }

    var startLine: Int { Int(cmark_node_get_start_line(pointer)) }
    var startColumn: Int { Int(cmark_node_get_start_column(pointer)) }
}

/// Parses Markdown with cmark-gfm and its table, strikethrough, autolink and task list
/// extensions, as GitHub does.
enum CMarkDocument {
    private static let extensionNames = ["table", "strikethrough", "autolink", "tasklist"]

    /// The extensions register themselves in a process-wide list once; Swift's lazy
    /// static initialisation makes that happen exactly once, whatever thread parses first.
    private static let registered: Bool = {
        cmark_gfm_core_extensions_ensure_registered()
        return true
    }()

    /// Parses `text` and hands the document node to `body` (nil only if cmark could not
    /// allocate memory); the tree is freed after.
    static func parse<T>(_ text: String, _ body: (CMarkNode?) -> T) -> T {
        _ = registered
        // Raw HTML is kept in the tree (we strip it to text ourselves, it is never sent
        // anywhere as HTML); source positions feed the diagnostics.
        let options = cm_opt_sourcepos() | cm_opt_unsafe() | cm_opt_footnotes()
        guard let parser = cmark_parser_new(options) else { return body(nil) }
        defer { cmark_parser_free(parser) }
        for name in extensionNames {
            if let ext = cmark_find_syntax_extension(name) { cmark_parser_attach_syntax_extension(parser, ext) }
        }
        var utf8 = TableCellBound.apply(text)
        utf8.withUTF8 { buffer in
            buffer.withMemoryRebound(to: CChar.self) { chars in
                cmark_parser_feed(parser, chars.baseAddress, chars.count)
            }
        }
        guard let document = cmark_parser_finish(parser) else { return body(nil) }
        defer { cmark_node_free(document) }
        return body(CMarkNode(pointer: document))
    }
}

extension Resume {
    /// Every piece of inline text in the résumé, in reading order: the headline, then
    /// each section's paragraphs and bullets (nested ones included), talk titles and
    /// notes. One walk, for everything that looks through the whole text.
    public var inlineTexts: [Inline] {
        var texts = headline
        func add(_ blocks: [Block]) {
            for block in blocks {
                switch block {
                case .paragraph(let inline): texts.append(inline)
                case .list(let items): items.forEach(addItem)
                }
            }
        }
        func addItem(_ item: ListItem) {
            texts.append(item.text)
            item.children.forEach(addItem)
        }
        for section in sections {
            add(section.intro)
            for entry in section.entries {
                switch entry {
                case .job(let job):
                    add(job.summary)
                    job.groups.forEach { add($0.blocks) }
                case .talk(let talk):
                    texts.append(talk.title)
                    add(talk.notes)
                case .skill(let group):
                    add(group.blocks)
                case .item(let item):
                    add(item.blocks)
                    item.groups.forEach { add($0.blocks) }
                }
            }
        }
        return texts
    }
}

/// The viewer's words for a Chinese résumé, in Simplified Chinese. Han characters take
/// two cells each, so, as in Korean, the hints are one or two characters and the footer
/// keeps its position and `? 帮助` at 24 columns. Quotation marks are ASCII: “ ” are
/// East Asian Ambiguous and would be one cell in some terminals and two in others.
extension Words {
    static let chinese = Words(
        languageName: "中文",
        browseKeysTitle: "按键", searchKeysTitle: "输入搜索词时", helpKeysTitle: "在本帮助画面",
        nextPage: "下一页", previousPage: "上一页",
        scrollDownLine: "向下滚动一行", scrollUpLine: "向上滚动一行",
        pageDown: "向下翻一屏", pageUp: "向上翻一屏", halfPageDown: "向下翻半屏", halfPageUp: "向上翻半屏",
        topOfPage: "页首", bottomOfPage: "页尾",
        nextEntry: "下一条 (工作、演讲、技能)", previousEntry: "上一条",
        searchAllPages: "搜索所有页面",
        nextMatch: "下一个结果", previousMatch: "上一个结果",
        closeHelpOrSearch: "关闭帮助或搜索，清除高亮", thisHelp: "本帮助",
        cycleTheme: "主题：深色、浅色、黑白", copyEmail: "把邮箱地址复制到剪贴板",
        redraw: "重绘屏幕", quit: "退出", goToPage: "跳到第 N 页",
        switchLanguage: "切换到简历的另一种语言 (保持阅读位置)",
        wheelScrollUp: "向上滚动", wheelScrollDown: "向下滚动", clickTab: "在标签上：打开那一页",
        typeQuery: "输入搜索词，边输入边显示结果",
        jumpToFirstMatch: "跳到从这里起的第一个结果",
        deleteCharacter: "删除一个字；搜索词为空时关闭", cancelSearch: "取消搜索",
        top: "顶部", bottom: "底部", closeHelp: "关闭帮助",
        anyCharacter: "任意字符", wheelUp: "滚轮向上", wheelDown: "滚轮向下", click: "点击",
        anyOtherKey: "其他任意键",
        hintPages: "翻页", hintScroll: "滚动", hintSearch: "搜索", hintHelp: "帮助", hintQuit: "退出",
        hintJump: "跳转", hintCancel: "取消", hintCloses: "关闭",
        helpName: "帮助",
        matchCount: { $0 == 0 ? "无结果" : "\($0) 个结果" },
        tourTakeOver: "按任意键接手操作",
        theme: { "主题：" + (themeNames[$0] ?? $0) },
        noEmail: "这份简历没有邮箱地址",
        copied: { "已把 \($0) 复制到剪贴板" },
        lastEntry: "已是最后一条",
        noMatch: "无结果",
        noMatchFor: { "没有找到 \"\($0)\"" },
        wrappedToFirstPage: "已从第一页重新搜索",
        wrappedToFirstMatch: "已回到第一个结果",
        wrappedToLastMatch: "已回到最后一个结果",
        noSearchYet: "还没有搜索：按 / 开始",
        onlyOneLanguage: "只有一种语言",
        handedOver: "现在由你操作：按 ? 查看按键",
        tourEnded: "导览结束：现在由你操作",
        tooSmall: { width, height in [
            "请把窗口调大 (至少 \(width)x\(height))。按 q 退出。",
            "请把窗口调大。",
            "窗口太小",
            "太小",
        ] },
        tourOpening: { "\($0)：简历的自我介绍" },
        keyFigure: { "关键数字：" + $0 },
        initialsSearch: { "搜索支持韩文初声：\($0) → \($1)" },
        contacts: "联系方式", thanks: "感谢观看")

    /// The themes as `t` names them (`Theme.name` is the English key the options use).
    private static let themeNames = ["dark": "深色", "light": "浅色", "mono": "黑白"]
}

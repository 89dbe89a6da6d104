/// The viewer's words for a Japanese résumé. Kana and kanji take two cells each, so the
/// hints are short and the footer keeps its position and `? ヘルプ` at 24 columns. A
/// quoted query sits in 「」, which are always two cells wide.
extension Words {
    static let japanese = Words(
        languageName: "日本語",
        browseKeysTitle: "キー操作", searchKeysTitle: "検索語の入力中", helpKeysTitle: "このヘルプ画面で",
        nextPage: "次のページ", previousPage: "前のページ",
        scrollDownLine: "1行下へ", scrollUpLine: "1行上へ",
        pageDown: "1画面下へ", pageUp: "1画面上へ", halfPageDown: "半画面下へ", halfPageUp: "半画面上へ",
        topOfPage: "ページの先頭", bottomOfPage: "ページの末尾",
        nextEntry: "次の項目 (職歴、講演、スキル)", previousEntry: "前の項目",
        searchAllPages: "全ページを検索",
        nextMatch: "次の検索結果", previousMatch: "前の検索結果",
        closeHelpOrSearch: "ヘルプや検索を閉じ、強調を消す", thisHelp: "このヘルプ",
        cycleTheme: "テーマ：ダーク、ライト、モノクロ", copyEmail: "メールアドレスをクリップボードにコピー",
        redraw: "画面を描き直す", quit: "終了", goToPage: "N ページ目へ",
        switchLanguage: "履歴書のもう一つの言語に切り替え (読んでいる位置のまま)",
        wheelScrollUp: "上へスクロール", wheelScrollDown: "下へスクロール", clickTab: "タブの上で：そのページを開く",
        typeQuery: "検索語を入力、入力に合わせて結果を表示",
        jumpToFirstMatch: "ここから最初の結果へ移動",
        deleteCharacter: "1文字消す、検索語が空なら閉じる", cancelSearch: "検索をやめる",
        top: "先頭", bottom: "末尾", closeHelp: "ヘルプを閉じる",
        anyCharacter: "任意の文字", wheelUp: "ホイール上", wheelDown: "ホイール下", click: "クリック",
        anyOtherKey: "その他のキー",
        hintPages: "ページ", hintScroll: "スクロール", hintSearch: "検索", hintHelp: "ヘルプ", hintQuit: "終了",
        hintJump: "移動", hintCancel: "取消", hintCloses: "閉じる",
        helpName: "ヘルプ",
        matchCount: { $0 == 0 ? "該当なし" : "\($0) 件" },
        tourTakeOver: "キーを押すと操作できます",
        theme: { "テーマ：" + (themeNames[$0] ?? $0) },
        noEmail: "この履歴書にはメールアドレスがありません",
        copied: { "\($0) をクリップボードにコピーしました" },
        lastEntry: "最後の項目です",
        noMatch: "該当なし",
        noMatchFor: { "「\($0)」は見つかりません" },
        wrappedToFirstPage: "最初のページから検索し直しました",
        wrappedToFirstMatch: "最初の結果に戻りました",
        wrappedToLastMatch: "最後の結果に戻りました",
        noSearchYet: "まだ検索していません：/ で検索",
        onlyOneLanguage: "言語は一つだけです",
        handedOver: "操作できます：? でキー一覧",
        tourEnded: "ツアー終了：ここからは操作できます",
        tooSmall: { width, height in [
            "ウィンドウを大きくしてください (最小 \(width)x\(height))。q で終了。",
            "ウィンドウを大きくしてください。",
            "ウィンドウが小さすぎます",
            "小さすぎ",
        ] },
        tourOpening: { "\($0)：履歴書が自己紹介します" },
        keyFigure: { "注目の数字：" + $0 },
        initialsSearch: { "韓国語の初声で検索：\($0) → \($1)" },
        contacts: "連絡先", thanks: "ご覧いただきありがとうございました")

    /// The themes as `t` names them (`Theme.name` is the English key the options use).
    private static let themeNames = ["dark": "ダーク", "light": "ライト", "mono": "モノクロ"]
}

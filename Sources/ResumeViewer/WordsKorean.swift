/// The viewer's words for a Korean résumé. Hangul takes two cells a character, so the
/// hints are kept short: the footer must still hold its position and `? 도움말` at 24
/// columns.
extension Words {
    static let korean = Words(
        languageName: "한국어",
        browseKeysTitle: "단축키", searchKeysTitle: "검색어 입력 중", helpKeysTitle: "이 도움말 화면에서",
        nextPage: "다음 페이지", previousPage: "이전 페이지",
        scrollDownLine: "한 줄 아래로", scrollUpLine: "한 줄 위로",
        pageDown: "한 화면 아래로", pageUp: "한 화면 위로", halfPageDown: "반 화면 아래로", halfPageUp: "반 화면 위로",
        topOfPage: "페이지 맨 위", bottomOfPage: "페이지 맨 아래",
        nextEntry: "다음 항목 (경력, 발표, 기술)", previousEntry: "이전 항목",
        searchAllPages: "모든 페이지에서 검색 (초성 검색 가능: ㄹㄷㅅ)",
        nextMatch: "다음 검색 결과", previousMatch: "이전 검색 결과",
        closeHelpOrSearch: "도움말이나 검색 닫기, 강조 지우기", thisHelp: "이 도움말",
        cycleTheme: "테마: 어둡게, 밝게, 흑백", copyEmail: "이메일 주소를 클립보드에 복사",
        redraw: "화면 다시 그리기", quit: "종료", goToPage: "N번째 페이지로",
        switchLanguage: "이력서의 다른 언어로 전환 (보던 곳 유지)",
        wheelScrollUp: "위로 스크롤", wheelScrollDown: "아래로 스크롤", clickTab: "탭 위에서: 그 페이지 열기",
        typeQuery: "검색어 입력 (한글, 초성 가능), 입력하는 대로 결과 표시",
        jumpToFirstMatch: "여기서부터 첫 결과로 이동",
        deleteCharacter: "한 글자 지우기, 검색어가 비었으면 닫기", cancelSearch: "검색 취소",
        top: "맨 위", bottom: "맨 아래", closeHelp: "도움말 닫기",
        anyCharacter: "아무 글자", wheelUp: "휠 위로", wheelDown: "휠 아래로", click: "클릭",
        anyOtherKey: "그 밖의 키",
        hintPages: "페이지", hintScroll: "스크롤", hintSearch: "검색", hintHelp: "도움말", hintQuit: "종료",
        hintJump: "이동", hintCancel: "취소", hintCloses: "닫기",
        helpName: "도움말",
        matchCount: { $0 == 0 ? "결과 없음" : "\($0)건" },
        tourTakeOver: "아무 키나 누르면 직접 조작",
        theme: { "테마: " + (themeNames[$0] ?? $0) },
        noEmail: "이 이력서에는 이메일 주소가 없습니다",
        copied: { "\($0) 주소를 클립보드에 복사했습니다" },
        lastEntry: "마지막 항목입니다",
        noMatch: "결과 없음",
        noMatchFor: { "\"\($0)\" 검색 결과 없음" },
        wrappedToFirstPage: "첫 페이지부터 다시 찾았습니다",
        wrappedToFirstMatch: "첫 결과로 돌아왔습니다",
        wrappedToLastMatch: "마지막 결과로 돌아왔습니다",
        noSearchYet: "검색어가 없습니다: /를 눌러 검색",
        onlyOneLanguage: "한 가지 언어만 있습니다",
        handedOver: "이제 직접 조작하세요: ?로 키 보기",
        tourEnded: "둘러보기 끝: 이제 직접 조작하세요",
        tooSmall: { width, height in [
            "창을 더 크게 해 주세요 (최소 \(width)x\(height)). q로 종료.",
            "창을 더 크게 해 주세요.",
            "창이 너무 작습니다",
            "너무 작음",
        ] },
        tourOpening: { "\($0): 이력서가 직접 소개합니다" },
        keyFigure: { "핵심 수치: " + $0 },
        initialsSearch: { "초성 검색: \($0) → \($1)" },
        contacts: "연락처", thanks: "봐 주셔서 감사합니다")

    /// The themes as `t` names them (`Theme.name` is the English key the options use).
    private static let themeNames = ["dark": "어둡게", "light": "밝게", "mono": "흑백"]
}

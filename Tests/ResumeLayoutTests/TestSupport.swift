import ResumeModel
@testable import ResumeLayout

/// The date the snapshots and tenure tests are taken on.
let snapshotToday = CalendarDate(year: 2026, month: 11, day: 24)

func plain(_ text: String) -> Inline { [InlineRun(text)] }

/// A small résumé whose layout the search tests can count by hand.
func smallResume() -> Resume {
    Resume(
        name: "Test Person",
        intro: [.paragraph(plain("레디스 좋아하는 개발자"))],
        contacts: [Contact(kind: .email, label: "Email", value: "me@example.com")],
        language: .korean,
        sections: [
            Section(title: "Contact", kind: .contact),
            Section(title: "Career", kind: .career, entries: [
                .job(Job(
                    organization: "회사",
                    period: Period(start: CalendarDate(year: 2023, month: 9, day: 2), end: .ongoing),
                    summary: [.paragraph(plain("redis 운영"))],
                    groups: [Group(title: "레디스 운영", blocks: [.list([
                        ListItem(plain("레디스 노드 운영")),
                        ListItem(plain("프로파일링을 통한 개선")),
                    ])])]
                )),
            ]),
            Section(title: "Talks", kind: .talks, entries: [
                .talk(Talk(event: "Pycon KR", date: CalendarDate(year: 2020), role: "Speaker", title: plain("REDIS 이야기"),
                           url: "https://example.com/talk")),
            ]),
            Section(title: "Thanks", kind: .closing, intro: [.paragraph(plain("읽어주셔서 감사합니다."))]),
        ]
    )
}

/// A résumé built to be hard to lay out: CJK, emoji, combining marks, long URLs and
/// words, controls, nested bullets, empty sections and entries.
func awkwardResume() -> Resume {
    let longURL = "https://example.com/" + String(repeating: "very-long-path-segment/", count: 8) + "?q=레디스&x=1"
    return Resume(
        name: "김철수 👩‍💻 Kim",
        intro: [.paragraph([InlineRun("漢字と"), InlineRun("한국어", .strong), InlineRun(" and "), InlineRun("code()", .code),
                            InlineRun(" e\u{301}te\u{301} 🏳️‍🌈 \u{1B}]52;c;AAAA\u{07} end")])],
        contacts: [
            Contact(kind: .email, label: "Email", value: "someone@example.com"),
            Contact(kind: .link, label: "GitHub Profile", value: longURL),
            Contact(kind: .phone, label: "Phone", value: "+82 10-0000-0000"),
        ],
        language: .korean,
        sections: [
            Section(title: "Contact", kind: .contact),
            Section(title: "Career Experience", kind: .career, entries: [
                .job(Job(
                    organization: "초장문회사이름이아주길어서한줄에들어가지않는회사주식회사",
                    period: Period(start: CalendarDate(year: 2019, month: 9, day: 2),
                                   end: .date(CalendarDate(year: 2023, month: 6, day: 2)), statedTenure: "44개월"),
                    summary: [.paragraph([InlineRun("See "), InlineRun("the docs", .link(url: longURL))])],
                    groups: [
                        Group(title: "Empty group"),
                        Group(title: "🚀 성능", blocks: [.list([
                            ListItem(plain("레디스 " + String(repeating: "가", count: 70)), children: [
                                ListItem(plain("nested 😀😀😀 item with a long tail of words to wrap"), children: [
                                    ListItem(plain("deeper \u{202E}reversed\u{202C} text")),
                                ]),
                            ]),
                        ])]),
                    ]
                )),
                .job(Job(organization: "Now Inc", period: Period(start: CalendarDate(year: 2026, month: 11), end: .ongoing))),
            ]),
            Section(title: "Talks", kind: .talks, entries: [
                .talk(Talk(event: "Conf", title: [], url: longURL)),
            ]),
            Section(title: "Skills", kind: .skills),
            Section(title: "프로젝트 Projects", kind: .generic, entries: [
                .item(Item(title: "도구", blocks: [.paragraph(plain("ｆｕｌｌｗｉｄｔｈ ＡＢＣ text"))],
                           groups: [Group(title: "세부", blocks: [.paragraph(plain("끝"))])])),
            ]),
        ]
    )
}

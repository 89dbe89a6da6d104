import ResumeModel

/// A made-up résumé of any size, for benchmarks and scale tests (never part of the
/// product: the tests and `resume-bench` share it).
///
/// Deterministic, mixes Korean and English, and uses every construct the parser
/// knows (jobs with periods and correct tenures, groups, nested bullets, inline
/// markup, talks with URLs, skills), so it parses without a single diagnostic.
public enum SyntheticResume {
    /// A résumé of roughly `lines` lines (at least a few dozen).
    public static func markdown(lines: Int) -> String {
        var out: [String] = [
            "# 홍길동 Gildong Hong", "",
            "분산 시스템과 **성능 분석**을 좋아하는 개발자입니다. I like `perf` and reading source code.", "",
            "## Contact", "",
            "- Email: gildong@example.com",
            "- Phone: +82 10-1234-5678",
            "- GitHub: https://github.com/example", "",
            "## Career Experience", "",
        ]
        let target = max(lines, 60)
        // Roughly: jobs take 70%, talks 15%, skills the rest.
        var job = 0
        // At least one of each, however small the target.
        repeat {
            out.append(contentsOf: jobLines(job))
            job += 1
        } while out.count < target * 7 / 10
        out.append(contentsOf: ["## 외부 컨퍼런스 발표", ""])
        var talk = 0
        repeat {
            out.append(contentsOf: talkLines(talk))
            talk += 1
        } while out.count < target * 85 / 100
        out.append(contentsOf: ["## Skills", ""])
        var skill = 0
        repeat {
            out.append(contentsOf: skillLines(skill))
            skill += 1
        } while out.count < target - 4
        out.append(contentsOf: ["## Thanks for Reading!!", "", "읽어주셔서 감사합니다. Mail me at gildong@example.com any time."])
        return out.joined(separator: "\n") + "\n"
    }

    private static let companies = ["버즈빌", "Toss", "카카오", "Example Corp", "네이버", "Line Plus", "당근", "Startup (Seoul)"]
    private static let topics = ["레디스 운영", "Event sourcing", "검색 품질 개선", "API gateway", "결제 시스템", "Observability"]

    private static func jobLines(_ index: Int) -> [String] {
        // Each job ends before the next older one starts: 2 years each, going back from
        // 2024 and round again after 30 years, so every date is one a résumé could hold.
        let endYear = 2024 - (index % 15) * 2
        let start = CalendarDate(year: endYear - 2, month: 1 + index % 12, day: 1 + index % 28)
        let end = CalendarDate(year: endYear, month: 1 + (index * 5) % 12, day: 1 + (index * 3) % 28)
        let months = Period.months(from: start, to: end)
        let tenure = index % 2 == 0 ? "\(months)개월" : Period.describeEnglish(months: months)
        let company = companies[index % companies.count]
        let period = index % 7 == 0 ? "\(start), NOW" : "\(start)~\(end), \(tenure)"
        var lines = ["### \(company) \(index) (\(period))", "",
                     "Backend 팀에서 서버 개발을 담당하였습니다. Team of \(index % 9 + 3).", ""]
        for group in 0..<2 {
            lines.append(contentsOf: [
                "#### \(topics[(index + group) % topics.count])", "",
                "1000개가 넘는 노드를 *안정적으로* 운영.", "",
                "- perf, pidstat, `tcpdump`등을 이용한 성능 이슈 분석",
                "- reqps 150에서 **reqps 7000**으로 개선, see https://example.com/post/\(index)",
                "  - 하위 항목: snake_case_name 은 그대로",
                "  - nested bullet with a [link](https://example.com/\(group))",
                "- 긴 문장이 이어집니다 and it continues",
                "  on the next line as the same bullet.", "",
            ])
        }
        return lines
    }

    private static func talkLines(_ index: Int) -> [String] {
        ["### Pycon KR \(2000 + index % 25), Speaker", "",
         "발표 제목 \(index): Python에서 함수형 프로그래밍", "",
         "https://www.youtube.com/watch?v=video\(index)", ""]
    }

    private static func skillLines(_ index: Int) -> [String] {
        ["### Skill group \(index) 성능 분석", "",
         "여러 도구를 사용하여 분석하고 최적화할 수 있습니다.", "",
         "- async-profiler를 사용하여 CPU 사용량 최적화",
         "- APM 도구(eg. Datadog, pinpoint)로 병목 파악", ""]
    }
}

import ResumeContent
import ResumeModel

/// The résumé this binary embeds, parsed; nil when it does not parse.
enum RealResume {
    static func load() -> Resume? {
        ResumeParser.parse(ResumeContent.bytes).resume
    }
}

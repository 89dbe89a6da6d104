import ResumeContent
import ResumeModel

/// The résumé this binary embeds, parsed.
enum RealResume {
    static func load() -> Resume? {
        nil
    }
}

import ResumeModel

/// A résumé built into a module the way the program's own is (the EmbedResume plugin
/// reads the resume.md beside this file), using every construct the model has, so
/// `EmbeddedResumeTests` can hold what the build embeds equal to a parse at run time.
public enum EmbeddedFixture {
    public static var bytes: [UInt8] { embeddedBytes }
    public static var parsed: Resume? { embeddedResume }
    public static var translations: [(code: String, bytes: [UInt8], parsed: Resume?)] { embeddedTranslations }
}

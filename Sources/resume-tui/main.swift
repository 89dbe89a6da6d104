import ResumeContent
print(String(decoding: ResumeContent.bytes, as: UTF8.self), terminator: "")

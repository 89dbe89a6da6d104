import ResumeModel

/// "2023.09": the month a period starts or ends, as the period line shows it.
func yearMonth(_ date: CalendarDate) -> String {
    date.month < 10 ? "\(date.year).0\(date.month)" : "\(date.year).\(date.month)"
}

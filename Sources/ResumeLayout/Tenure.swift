import ResumeModel

// The model branch was to add tenure helpers on Period/CalendarDate; until they are on
// this branch these small private ones do the arithmetic the period line needs.

/// Whole months from `start` to `end`: a month counts once its day of the month is
/// reached (2023.09.02 → 2026.11.02 is 38 months; → 2026.11.01 is 37). A date written
/// without a day counts as the 1st.
func monthsBetween(_ start: CalendarDate, _ end: CalendarDate) -> Int {
    var months = (end.year - start.year) * 12 + (end.month - start.month)
    if (end.day ?? 1) < (start.day ?? 1) { months -= 1 }
    return max(months, 0)
}

/// A length of time in Korean, as résumés write it: "3년 2개월", "2년", "5개월"
/// (44 months is "3년 8개월"); under a month, "1개월 미만".
func koreanTenure(months: Int) -> String {
    if months <= 0 { return "1개월 미만" }
    let years = months / 12
    let rest = months % 12
    if years == 0 { return "\(rest)개월" }
    return rest == 0 ? "\(years)년" : "\(years)년 \(rest)개월"
}

/// "2023.09": the month a period starts or ends, as the period line shows it.
func yearMonth(_ date: CalendarDate) -> String {
    date.month < 10 ? "\(date.year).0\(date.month)" : "\(date.year).\(date.month)"
}

/// The dates every record may carry (a factor's night, a lab's or a tick's date), the same
/// span an episode may start in: from 1 January 2000 to today. An earlier date is a typing slip
/// (2016 for 2026), and in comparisons it would count years of unlogged nights as good ones.
public enum RecordDate {
  /// The first date accepted, as for episodes (`EpisodeRules.earliestStart`).
  public static let earliest = CivilDate(year: 2000, month: 1, day: 1)!

  /// The problem with `date` for `field`, or nil when it lies from 2000 to `latest` (today, or
  /// tonight's night for factors).
  public static func problem(_ date: CivilDate, field: String, latest: CivilDate) -> FieldError? {
    if date < earliest {
      return FieldError(field: field, message: "\(date) is before the year 2000; check the year")
    }
    if date > latest {
      return FieldError(
        field: field,
        message: "\(date) is in the future (today is \(latest)); use \(latest) or an earlier date")
    }
    return nil
  }
}

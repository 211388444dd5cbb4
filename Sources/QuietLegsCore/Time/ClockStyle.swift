/// How the program writes a time of day: `24h` (`02:10`, `14:30`) or `12h` (`2:10 am`, `2:30 pm`).
/// Every time shown to a person goes through `text(hour:minute:)`; exports stay ISO 8601.
public enum ClockStyle: String, Sendable, CaseIterable {
  case twentyFourHour = "24h"
  case twelveHour = "12h"

  /// `02:10` or `2:10 am`; midnight is `12:00 am` and noon `12:00 pm` on the 12-hour clock.
  public func text(hour: Int, minute: Int) -> String {
    let m = minute < 10 ? "0\(minute)" : "\(minute)"
    switch self {
    case .twentyFourHour:
      return (hour < 10 ? "0\(hour)" : "\(hour)") + ":" + m
    case .twelveHour:
      let twelve = hour % 12 == 0 ? 12 : hour % 12
      return "\(twelve):\(m) " + (hour < 12 ? "am" : "pm")
    }
  }

  /// `text` for minutes counted from midnight (wrapping past 24 h, as an onset at 01:15 of the next day).
  public func text(minutesAfterMidnight minutes: Int) -> String {
    let m = ((minutes % 1440) + 1440) % 1440
    return text(hour: m / 60, minute: m % 60)
  }
}

/// What the locale says about clocks and calendars, read from the environment the POSIX way:
/// `LC_ALL`, else `LC_TIME`, else `LANG` (the first one set and not empty).
///
/// The 12-hour clock is used where it is the everyday custom: territories US, CA (English only;
/// `fr_CA` keeps 24 hours), AU, NZ, PH, IN, PK, BD, EG and SA. Weeks start on Sunday in the
/// territories where CLDR says so (US, CA, MX, BR, JP, KR, TW, HK, IL, PH, IN, ZA and others
/// listed in `sundayTerritories`). Anything else, `C`, `POSIX` or nothing set: 24 hours and Monday.
public struct LocaleDefaults: Sendable, Equatable {
  public var clock: ClockStyle
  public var weekStart: WeekStart

  public init(clock: ClockStyle = .twentyFourHour, weekStart: WeekStart = .monday) {
    self.clock = clock
    self.weekStart = weekStart
  }

  /// The ISO defaults, for tests and when nothing is known: 24 hours, Monday.
  public static let standard = LocaleDefaults()

  /// The defaults for the locale named in `environment`.
  public init(environment: [String: String]) {
    let name = ["LC_ALL", "LC_TIME", "LANG"].lazy.compactMap { environment[$0] }.first { !$0.isEmpty } ?? ""
    self.init(locale: name)
  }

  /// The defaults for a POSIX locale name such as `en_US.UTF-8` or `de_DE@euro`.
  public init(locale name: String) {
    let base = name.split(whereSeparator: { $0 == "." || $0 == "@" }).first.map(String.init) ?? ""
    let parts = base.split(separator: "_").map(String.init)
    let language = parts.first?.lowercased() ?? ""
    let territory = parts.count > 1 ? parts[1].uppercased() : ""
    let twelve =
      territory == "CA" ? language == "en" : Self.twelveHourTerritories.contains(territory)
    self.init(
      clock: twelve ? .twelveHour : .twentyFourHour,
      weekStart: Self.sundayTerritories.contains(territory) ? .sunday : .monday)
  }

  /// Territories whose everyday clock has 12 hours.
  static let twelveHourTerritories: Set<String> = [
    "US", "CA", "AU", "NZ", "PH", "IN", "PK", "BD", "EG", "SA",
  ]

  /// Territories whose calendars start the week on Sunday (CLDR `firstDay`).
  static let sundayTerritories: Set<String> = [
    "AG", "AS", "BD", "BR", "BS", "BT", "BW", "BZ", "CA", "CO", "DM", "DO", "ET", "GT", "GU", "HK", "HN",
    "ID",
    "IL", "IN", "JM", "JP", "KE", "KH", "KR", "LA", "MH", "MM", "MO", "MT", "MX", "MZ", "NI", "NP", "PA",
    "PE",
    "PH", "PK", "PR", "PT", "PY", "SA", "SG", "SV", "TH", "TT", "TW", "UM", "US", "VE", "VI", "WS", "YE",
    "ZA",
    "ZW",
  ]
}

import Foundation

/// A medicine or supplement a person takes, as they wrote it: QuietLegs never suggests a dose,
/// a change or a stop.
public struct Medicine: Sendable, Equatable, Identifiable {
  /// Row id in the journal; nil until saved.
  public var id: Int64?
  /// Stable identity across export and import.
  public var uuid: String
  /// Free text: `sertraline`, `Pramipexole 0.25 mg`, `iron tablets`.
  public var name: String
  /// The dose as the person writes it (`0.25 mg`, `1 tablet`); empty when not given.
  public var dose: String
  /// Taken only when needed (each dose is logged with its time) rather than regularly.
  public var asNeeded: Bool
  /// For a regular medicine, the usual time of day (`HH:MM`), if given.
  public var usualTime: ClockTime?
  /// The first day it was taken.
  public var since: CivilDate
  /// The day it was stopped, if it was.
  public var until: CivilDate?
  /// Free text.
  public var note: String

  public init(
    id: Int64? = nil, uuid: String = UUID().uuidString.lowercased(), name: String, dose: String = "",
    asNeeded: Bool = false, usualTime: ClockTime? = nil, since: CivilDate, until: CivilDate? = nil,
    note: String = ""
  ) {
    self.id = id
    self.uuid = uuid
    self.name = name
    self.dose = dose
    self.asNeeded = asNeeded
    self.usualTime = usualTime
    self.since = since
    self.until = until
    self.note = note
  }

  /// Whether it was being taken on `day` (from `since` through `until`, when stopped).
  public func isTaken(on day: CivilDate) -> Bool {
    since <= day && (until.map { day <= $0 } ?? true)
  }

  /// `regular at 21:00`, `regular` or `as needed`.
  public var scheduleText: String { scheduleText(.twentyFourHour) }

  /// `scheduleText` on `clock`'s clock: `regular at 9:00 pm`.
  public func scheduleText(_ clock: ClockStyle) -> String {
    asNeeded
      ? "as needed"
      : usualTime.map { "regular at \(clock.text(hour: $0.hour, minute: $0.minute))" } ?? "regular"
  }

  /// The drug group its name belongs to, when the name holds a known drug name.
  public var group: DrugGroup? { DrugGroups.group(ofMedicineNamed: name)?.group }
}

/// A dose of an as-needed medicine, logged with its time.
public struct MedicineDose: Sendable, Equatable, Identifiable {
  public var id: Int64?
  public var uuid: String
  /// The uuid of the medicine taken.
  public var medicineUUID: String
  /// When it was taken (whole seconds).
  public var takenAt: Date
  /// The UTC offset in force where it was logged, in seconds.
  public var utcOffsetSeconds: Int
  /// The night it belongs to.
  public var night: CivilDate

  public init(
    id: Int64? = nil, uuid: String = UUID().uuidString.lowercased(), medicineUUID: String, takenAt: Date,
    utcOffsetSeconds: Int, night: CivilDate
  ) {
    self.id = id
    self.uuid = uuid
    self.medicineUUID = medicineUUID
    self.takenAt = takenAt
    self.utcOffsetSeconds = utcOffsetSeconds
    self.night = night
  }
}

/// A wall-clock time of day, `HH:MM`.
public struct ClockTime: Sendable, Hashable, Comparable, CustomStringConvertible {
  public let hour: Int
  public let minute: Int

  public init?(hour: Int, minute: Int) {
    guard (0...23).contains(hour), (0...59).contains(minute) else { return nil }
    self.hour = hour
    self.minute = minute
  }

  /// Reads `21:00` or `7:30`; nil for anything else.
  public init?(_ text: String) {
    let parts = text.trimmingCharacters(in: .whitespaces).split(
      separator: ":", omittingEmptySubsequences: false)
    guard parts.count == 2, (1...2).contains(parts[0].count), parts[1].count == 2,
      parts.allSatisfy({ $0.allSatisfy(\.isASCII) && $0.allSatisfy(\.isNumber) }),
      let hour = Int(parts[0]), let minute = Int(parts[1])
    else { return nil }
    self.init(hour: hour, minute: minute)
  }

  public var description: String { String(format: "%02d:%02d", hour, minute) }

  public static func < (a: ClockTime, b: ClockTime) -> Bool { (a.hour, a.minute) < (b.hour, b.minute) }
}

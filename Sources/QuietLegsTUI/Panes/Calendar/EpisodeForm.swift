import Foundation
import QuietLegsCore

/// The quick-log, add and edit forms: every episode field, which one has the focus, and the
/// message for each field that does not validate. Nothing leaves it unless it validates.
struct EpisodeForm: Equatable {
  /// Why the form is open.
  enum Purpose: Equatable {
    case quickLog, add
    case edit(Episode)
  }

  /// What a key did to the form.
  enum Outcome: Equatable {
    case editing, submit, cancel
  }

  let purpose: Purpose
  /// The night whose clock times the time field names.
  let night: CivilDate
  let fields: [EpisodeFormField]
  private(set) var focus: EpisodeFormField
  private(set) var kind: EpisodeKind
  private(set) var side: Side?
  private(set) var site: Site?
  private(set) var woke: Bool
  private(set) var time: TextField
  private(set) var severity: TextField
  private(set) var duration: TextField
  private(set) var helped: TextField
  private(set) var note: TextField
  /// Messages of the fields that do not validate.
  private(set) var errors: [EpisodeFormField: String] = [:]
  /// Set by `validate` when the typed time was there twice that night (clocks went back): which
  /// of the two was taken.
  private(set) var timeNote: String?
  /// The start the form opened with, kept to the second while the time field is unchanged.
  private let openingStart: Date
  private let openingTime: String
  /// How times are written: `02:10` or `2:10 am` (`clock` in config.toml).
  let clock: ClockStyle
  /// The offset of an edited episode logged in another offset than the zone now in use has: the
  /// time field shows and reads the clock of that offset. Nil when the zone now in use is the episode's.
  let loggedOffset: Int?

  private init(
    purpose: Purpose, night: CivilDate, fields: [EpisodeFormField], start: Date, draft: EpisodeDraft,
    nights zoneNow: NightCalendar, clock: ClockStyle, loggedOffset: Int? = nil
  ) {
    self.purpose = purpose
    self.night = night
    self.fields = fields
    focus = fields[0]
    kind = draft.kind
    side = draft.side
    site = draft.site
    woke = draft.woke
    self.clock = clock
    self.loggedOffset = loggedOffset
    let shown = Self.timeClock(zoneNow, loggedOffset: loggedOffset).clockTime(of: start)
    openingStart = start
    openingTime = clock.text(hour: shown.hour, minute: shown.minute)
    time = TextField(openingTime, limit: 8)
    severity = TextField(String(draft.severity), limit: 3)
    duration = TextField(draft.durationSeconds.map(DurationParser.format) ?? "", limit: 12)
    helped = TextField(draft.helped.joined(separator: ", "), limit: TextLimits.helpedText)
    note = TextField(draft.note, limit: EpisodeRules.maxNoteLength)
  }

  /// The quick-log form: now, with the kind, side, site and severity of the latest episode.
  static func quickLog(
    now: Date, latest: Episode?, nights: NightCalendar, clock: ClockStyle = .twentyFourHour
  ) -> EpisodeForm {
    EpisodeForm(
      purpose: .quickLog, night: nights.night(of: now), fields: EpisodeFormField.quickLog, start: now,
      draft: seed(start: now, latest: latest), nights: nights, clock: clock)
  }

  /// The full form for a new episode on `night`: now when it is tonight, otherwise 03:00 that night.
  static func add(
    night: CivilDate, now: Date, latest: Episode?, nights: NightCalendar, clock: ClockStyle = .twentyFourHour
  ) -> EpisodeForm {
    let start = nights.night(of: now) == night ? now : nights.instant(in: night, hour: 3, minute: 0)
    return EpisodeForm(
      purpose: .add, night: night, fields: EpisodeFormField.allCases, start: start,
      draft: seed(start: start, latest: latest), nights: nights, clock: clock)
  }

  /// The full form holding an existing episode, its time on the clock where it was logged.
  static func edit(_ episode: Episode, nights: NightCalendar, clock: ClockStyle = .twentyFourHour)
    -> EpisodeForm
  {
    EpisodeForm(
      purpose: .edit(episode), night: episode.night, fields: EpisodeFormField.allCases, start: episode.start,
      draft: EpisodeDraft(episode), nights: nights, clock: clock,
      loggedOffset: LoggedTime(episode, nights: nights).offsetLabel == nil ? nil : episode.utcOffsetSeconds)
  }

  private static func seed(start: Date, latest: Episode?) -> EpisodeDraft {
    EpisodeDraft(
      kind: latest?.kind ?? .cramp, start: start, severity: latest?.severity ?? 5, side: latest?.side,
      site: latest?.site)
  }

  /// The text field behind a typed field.
  func textField(_ field: EpisodeFormField) -> TextField? {
    switch field {
    case .time: time
    case .severity: severity
    case .duration: duration
    case .helped: helped
    case .note: note
    default: nil
    }
  }

  /// The hint beside a field: for the time, how to write it on this clock, and the logged
  /// offset (`UTC+01:00`) when the time is read on the episode's own clock.
  func hint(_ field: EpisodeFormField) -> String {
    guard field == .time else { return field.hint }
    let form = clock == .twelveHour ? "e.g. 2:10 am" : field.hint
    return form + (loggedOffset.map { " at UTC" + WallClock.offsetText($0) } ?? "")
  }

  /// The calendar the time field is read on: `zoneNow`, or a zone fixed at the logged offset.
  func timeClock(_ zoneNow: NightCalendar) -> NightCalendar {
    Self.timeClock(zoneNow, loggedOffset: loggedOffset)
  }

  private static func timeClock(_ zoneNow: NightCalendar, loggedOffset: Int?) -> NightCalendar {
    loggedOffset.map(zoneNow.fixed(offsetSeconds:)) ?? zoneNow
  }

  /// The value a choice field shows.
  func choiceText(_ field: EpisodeFormField) -> String {
    switch field {
    case .kind: kind.label
    case .side: side?.rawValue ?? "not given"
    case .site: site?.rawValue ?? "not given"
    case .woke: woke ? "yes" : "no"
    default: ""
    }
  }

  /// Applies a key: Enter submits, Esc cancels, ↑/↓/Tab move between fields, ←/→/Space change a
  /// choice, anything else edits the focused text field.
  mutating func handle(_ key: Key) -> Outcome {
    switch CalendarPane.formKeys.action(for: key) {
    case .save?: return .submit
    case .cancel?: return .cancel
    case .nextField?: moveFocus(by: 1)
    case .previousField?: moveFocus(by: -1)
    case .change?, nil:
      // ←/→/Space change a choice field; in a text field they, and every unbound key, edit.
      if focus.isChoice {
        if key == .left {
          changeChoice(forward: false)
        } else if key == .right || key == .character(" ") {
          changeChoice(forward: true)
        }
      } else {
        edit(focus) { _ = $0.handle(key) }
      }
    }
    return .editing
  }

  /// Checks every field against `now`, keeps the messages, and returns the draft when all is valid.
  /// A typed time is read on the episode's logged clock when it has one, else in `nights`' zone.
  @discardableResult
  mutating func validate(now: Date, nights zoneNow: NightCalendar) -> EpisodeDraft? {
    let nights = timeClock(zoneNow)
    var problems: [EpisodeFormField: String] = [:]
    var start: Date?
    timeNote = nil
    if time.text == openingTime {
      start = openingStart
    } else if let typed = WhenParser.clockTime(time.text.trimmingCharacters(in: .whitespaces)) {
      // A time skipped by a clock change is refused, naming the gap; a time there twice takes
      // the first, and `timeNote` says so.
      do {
        let (hour, minute) = typed
        let reading = try WhenParser.reading(
          nights.wallClock(in: night, hour: hour, minute: minute), text: time.text,
          date: hour < nights.boundaryHour ? night.adding(days: 1) : night, hour: hour,
          minute: minute, nights: nights, clock: clock)
        start = reading.date
        timeNote = reading.note
      } catch {
        problems[.time] = error.message
      }
    } else {
      problems[.time] =
        clock == .twelveHour
        ? "not a time; use 2:10 am, 11:45 pm or 23:45" : "not a time; use HH:MM, 00:00 to 23:59"
    }
    let severityValue = NumberText.wholeNumber(severity.text)
    if severityValue.map(EpisodeRules.severityRange.contains) != true {
      problems[.severity] = "use a whole number from 1 to 10"
    }
    var seconds: Int?
    if !duration.text.trimmingCharacters(in: .whitespaces).isEmpty {
      do {
        seconds = try DurationParser.parse(duration.text)
      } catch {
        problems[.duration] = error.message
      }
    }
    var draft: EpisodeDraft?
    if problems.isEmpty, let start, let severityValue {
      let candidate = EpisodeDraft(
        kind: kind, start: start, severity: severityValue, side: side, site: site, durationSeconds: seconds,
        woke: woke, helped: EpisodeRules.parseHelped(helped.text), note: note.text)
      if let problem = EpisodeRules.validate(candidate, now: now) {
        problems[EpisodeFormField(ruleField: problem.field)] = problem.message
      } else {
        draft = candidate
      }
    }
    errors = problems
    return draft
  }

  private mutating func moveFocus(by step: Int) {
    let index = fields.firstIndex(of: focus) ?? 0
    focus = fields[(index + step + fields.count) % fields.count]
    // Short values are retyped whole: at 3 a.m. `7` on a severity of 5 means 7, not 57.
    if [.time, .severity, .duration].contains(focus) { edit(focus) { $0.selectAll() } }
  }

  private mutating func changeChoice(forward: Bool) {
    switch focus {
    case .kind: kind = Self.cycle(kind, forward: forward)
    case .side: side = Self.cycle(side, forward: forward)
    case .site: site = Self.cycle(site, forward: forward)
    case .woke: woke.toggle()
    default: break
    }
  }

  private mutating func edit(_ field: EpisodeFormField, _ change: (inout TextField) -> Void) {
    switch field {
    case .time: change(&time)
    case .severity: change(&severity)
    case .duration: change(&duration)
    case .helped: change(&helped)
    case .note: change(&note)
    default: break
    }
  }

  /// The next or previous case, wrapping around.
  private static func cycle<Value: CaseIterable & Equatable>(_ value: Value, forward: Bool) -> Value {
    let all = Array(Value.allCases)
    let index = all.firstIndex(of: value) ?? 0
    return all[(index + (forward ? 1 : all.count - 1)) % all.count]
  }

  /// The next or previous case with "not given" (nil) between the last and the first.
  private static func cycle<Value: CaseIterable & Equatable>(_ value: Value?, forward: Bool) -> Value? {
    let all: [Value?] = [nil] + Value.allCases.map { $0 }
    let index = all.firstIndex(of: value) ?? 0
    return all[(index + (forward ? 1 : all.count - 1)) % all.count]
  }
}

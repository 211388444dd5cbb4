import QuietLegsCore

/// What the panes read and write, gathered by the composition root: the journal, the rules for
/// nights, the settings and the catalogues.
public struct AppServices {
  public let journal: Journal
  public let nights: NightCalendar
  public let settings: Settings
  private let catalogSource: LazyValue<CauseCatalog>
  private let routineSource: LazyValue<RoutineLibrary>
  /// Whether routines ring the bell (`bell` in config.toml, off with `--quiet`).
  public let bell: Bool
  /// The sound at each change and the command at a routine's end (RoutineSignals.swift).
  public var signals = RoutineSignals()
  /// Bedtime reminders, for the status line at their time (ReminderFeed.swift).
  public var reminders = ReminderFeed.none
  /// The wall clock, for panes that load data when the journal changes.
  public let clock: Clock

  /// The cause catalogue, parsed the first time it is asked for.
  public var catalog: CauseCatalog { catalogSource.value }

  /// The routines, read (built-ins parsed, user files loaded) the first time they are asked for.
  public var routines: RoutineLibrary { routineSource.value }

  public init(
    journal: Journal, nights: NightCalendar, settings: Settings,
    catalog: @escaping @autoclosure () -> CauseCatalog = .builtIn,
    routines: @escaping @autoclosure () -> RoutineLibrary, bell: Bool, clock: Clock = .system
  ) {
    self.journal = journal
    self.nights = nights
    self.settings = settings
    self.catalogSource = LazyValue(catalog)
    self.routineSource = LazyValue(routines)
    self.bell = bell
    self.clock = clock
  }
}

/// A value made on first use and then kept (start-up reads only what the first screen needs).
final class LazyValue<Value> {
  private var make: (() -> Value)?
  private var made: Value?

  init(_ make: @escaping () -> Value) { self.make = make }

  var value: Value {
    if let made { return made }
    let value = make!()
    made = value
    make = nil
    return value
  }
}

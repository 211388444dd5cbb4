import QuietLegsCore

/// What the panes read and write, gathered by the composition root: the journal, the rules for
/// nights, the settings and the catalogues.
public struct AppServices {
  public let journal: Journal
  public let nights: NightCalendar
  public let settings: Settings
  public let catalog: CauseCatalog
  public let routines: RoutineLibrary
  /// Whether routines ring the bell (`bell` in config.toml, off with `--quiet`).
  public let bell: Bool
  /// The wall clock, for panes that load data when the journal changes.
  public let clock: Clock

  public init(
    journal: Journal, nights: NightCalendar, settings: Settings, catalog: CauseCatalog = .builtIn,
    routines: RoutineLibrary, bell: Bool, clock: Clock = .system
  ) {
    self.journal = journal
    self.nights = nights
    self.settings = settings
    self.catalog = catalog
    self.routines = routines
    self.bell = bell
    self.clock = clock
  }
}

/// Every source in the catalogue with what cites it: causes, routines, red flags, lab lines,
/// questions and results, evening factors. `quietlegs sources` prints it; tests use it to prove
/// that every cited id resolves and that no source sits unused.
public enum SourceCitations {
  /// One source and the things that cite it, in words (e.g. "cause: Low iron").
  public struct Entry: Sendable, Equatable {
    public let source: Source
    public let citedBy: [String]
  }

  /// Everything that cites a source, as (what, ids) pairs; ids may repeat across pairs.
  public static func citing(catalog: CauseCatalog, routines: [Routine]) -> [(what: String, ids: [String])] {
    var out: [(String, [String])] = []
    out += catalog.causes.map { ("cause: \($0.title)", $0.sources) }
    out += routines.map { ("routine: \($0.name)", $0.sources) }
    out += RedFlagSigns.all.map { ("red flag: \($0.rule)", $0.sources) }
    out.append(
      ("red flag: more than 3 bad nights in a week (rule of thumb)", JournalRedFlags.badNightsSources))
    out += LabReference.all.map { ("lab line: \($0.test.label) \($0.label)", $0.sources) }
    out += CrampOrRLSQuestionnaire.questions.map { ("question: \($0.text)", $0.sources) }
    out += CrampOrRLSQuestionnaire.Outcome.allCases.map {
      ("questionnaire result: \($0.headline)", $0.sources)
    }
    out += EveningFactor.builtIn.map { ("evening factor: \($0.label)", $0.sources) }
    out.append(("evening factor: \(EveningFactor.routine.label)", EveningFactor.routine.sources))
    return out
  }

  /// Each source of the catalogue, in catalogue order, with what cites it.
  public static func entries(
    catalog: CauseCatalog = .builtIn,
    routines: [Routine] = RoutineLibrary().routines.filter { $0.origin == .builtIn }
  ) -> [Entry] {
    let citing = citing(catalog: catalog, routines: routines)
    return catalog.sources.map { source in
      Entry(source: source, citedBy: citing.filter { $0.ids.contains(source.id) }.map(\.what))
    }
  }
}

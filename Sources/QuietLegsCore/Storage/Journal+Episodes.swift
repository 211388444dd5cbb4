import Foundation
import GRDB

/// Saving, changing and reading episodes.
extension Journal {
  /// Validates and saves a new episode; returns it with its id and night.
  @discardableResult
  public func add(_ draft: EpisodeDraft, nights: NightCalendar, now: Date) throws(JournalError)
    -> Episode
  {
    if let problem = EpisodeRules.validate(draft, now: now) { throw .invalid(problem) }
    var episode = Journal.episode(from: draft, nights: nights)
    return try write { db in
      try episode.insert(db)
      return episode
    }
  }

  /// Validates and saves changes to an episode; returns the old and the new version.
  @discardableResult
  public func update(id: Int64, with draft: EpisodeDraft, nights: NightCalendar, now: Date)
    throws(JournalError) -> (old: Episode, new: Episode)
  {
    if let problem = EpisodeRules.validate(draft, now: now) { throw .invalid(problem) }
    return try write { db in
      guard let old = try Episode.fetchOne(db, key: id) else { throw JournalError.notFound(id: id) }
      var new = Journal.episode(from: draft, nights: nights)
      new.id = old.id
      new.uuid = old.uuid
      // The night was fixed when the episode was logged. Changing another field (after the night
      // boundary setting changed, say) must not move it; only a new start places it again.
      if draft.start == old.start {
        new.night = old.night
        new.utcOffsetSeconds = old.utcOffsetSeconds
      }
      try new.update(db)
      return (old, new)
    }
  }

  /// Deletes an episode and returns it (so it can be restored by undo).
  @discardableResult
  public func delete(id: Int64) throws(JournalError) -> Episode {
    try write { db in
      guard let old = try Episode.fetchOne(db, key: id) else { throw JournalError.notFound(id: id) }
      _ = try Episode.deleteOne(db, key: id)
      return old
    }
  }

  /// Puts back a deleted episode exactly as it was (same id and uuid): the undo of a delete.
  public func restore(_ episode: Episode) throws(JournalError) {
    try write { db in
      var copy = episode
      try copy.save(db)
    }
  }

  /// Saves the fields a form changed, and only those: `base` is the episode as the form opened
  /// it, `draft` what the person made of it. Fields the person left alone keep whatever the
  /// journal holds now (another terminal may have changed them). When a field the person changed
  /// was also changed elsewhere since, to a different value, `choice` decides: `.ask` saves
  /// nothing and throws `.editConflict`, `.keepMine` writes the person's value over the other
  /// one they were shown (a value changed yet again is asked about anew), `.takeTheirs` keeps
  /// the other value. Returns the episode before and after; equal when nothing changed.
  @discardableResult
  public func update(
    id: Int64, from base: Episode, to draft: EpisodeDraft, choice: ConflictChoice = .ask,
    nights: NightCalendar, now: Date
  ) throws(JournalError) -> (old: Episode, new: Episode) {
    if let problem = EpisodeRules.validate(draft, now: now) { throw .invalid(problem) }
    var mine = Journal.episode(from: draft, nights: nights)
    if draft.start == base.start {
      mine.night = base.night
      mine.utcOffsetSeconds = base.utcOffsetSeconds
    }
    let changed = EpisodeField.differences(base, mine)
    return try write { db in
      guard let current = try Episode.fetchOne(db, key: id) else { throw JournalError.notFound(id: id) }
      let clashes = changed.filter { !$0.same(current, base) && !$0.same(current, mine) }
      let unseen: [EpisodeField] =
        switch choice {
        case .ask: clashes
        case .keepMine(let seen): clashes.filter { !$0.same(current, seen) }
        case .takeTheirs: []
        }
      if !unseen.isEmpty {
        throw JournalError.editConflict(EditConflict(fields: clashes, current: current))
      }
      var merged = current
      for field in changed where !(choice == .takeTheirs && clashes.contains(field)) {
        field.copy(from: mine, into: &merged)
      }
      guard merged != current else { return (current, current) }
      if let problem = EpisodeRules.validate(EpisodeDraft(merged), now: now) {
        throw JournalError.invalid(problem)
      }
      try merged.update(db)
      return (current, merged)
    }
  }

  /// Takes back an edit made in this session: `before` and `after` are the episode before and
  /// after it. Only the fields the edit changed are put back; a field changed elsewhere since
  /// (another terminal) makes it refuse with `.changedSince`, writing nothing. Throws `.notFound`
  /// when the episode is gone: undoing an edit never brings back an episode somebody deleted.
  public func revertEdit(from after: Episode, to before: Episode) throws(JournalError) {
    guard let id = before.id else { throw .notFound(id: 0) }
    let edited = EpisodeField.differences(before, after)
    try write { db in
      guard var current = try Episode.fetchOne(db, key: id) else { throw JournalError.notFound(id: id) }
      let since = edited.filter { !$0.same(current, after) }
      if !since.isEmpty {
        throw JournalError.changedSince(id: id, fields: since.map(\.label))
      }
      for field in edited { field.copy(from: before, into: &current) }
      try current.update(db)
    }
  }

  /// One episode by id.
  public func episode(id: Int64) throws(JournalError) -> Episode? {
    try read { db in try Episode.fetchOne(db, key: id) }
  }

  /// Episodes of the nights from `first` through `last`, in time order (a range on the night index).
  public func episodes(from first: CivilDate, through last: CivilDate) throws(JournalError)
    -> [Episode]
  {
    try read { db in
      try Episode.fetchAll(
        db,
        sql:
          "SELECT \(EpisodeColumn.selectList) FROM episode WHERE night BETWEEN ? AND ? ORDER BY startEpoch, id",
        arguments: [first.description, last.description])
    }
  }

  /// Every episode, in time order.
  public func allEpisodes() throws(JournalError) -> [Episode] {
    try read { db in
      try Episode.fetchAll(db, sql: "SELECT \(EpisodeColumn.selectList) FROM episode ORDER BY startEpoch, id")
    }
  }

  /// The most recently started episode, whose fields seed the quick-log form.
  public func latestEpisode() throws(JournalError) -> Episode? {
    try read { db in
      try Episode.fetchOne(
        db, sql: "SELECT \(EpisodeColumn.selectList) FROM episode ORDER BY startEpoch DESC, id DESC LIMIT 1")
    }
  }

  /// Number of episodes.
  public func episodeCount() throws(JournalError) -> Int {
    try read { db in try Episode.fetchCount(db) }
  }

  static func episode(from draft: EpisodeDraft, nights: NightCalendar) -> Episode {
    let start = Date(timeIntervalSince1970: draft.start.timeIntervalSince1970.rounded(.down))
    return Episode(
      kind: draft.kind, start: start, utcOffsetSeconds: nights.utcOffset(at: start),
      night: nights.night(of: start), severity: draft.severity, side: draft.side,
      site: draft.site, durationSeconds: draft.durationSeconds, woke: draft.woke,
      helped: draft.helped, note: draft.note)
  }
}

extension Journal {
  /// The earliest night with an episode: where comparisons of nights begin.
  public func firstEpisodeNight() throws(JournalError) -> CivilDate? {
    try read { db in
      try String.fetchOne(db, sql: "SELECT min(night) FROM episode").flatMap(CivilDate.init)
    }
  }

  /// The earliest night with an episode, a factor or a routine session: where the record begins.
  public func firstRecordedNight() throws(JournalError) -> CivilDate? {
    try read { db in
      let text = try String.fetchOne(
        db,
        sql: """
          SELECT min(night) FROM (
            SELECT min(night) AS night FROM episode
            UNION ALL SELECT min(night) FROM factorMark
            UNION ALL SELECT min(night) FROM routineSession)
          """)
      return text.flatMap(CivilDate.init)
    }
  }
}

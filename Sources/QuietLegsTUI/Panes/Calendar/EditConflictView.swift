import QuietLegsCore

/// Draws the question asked when saving the form met a change made in another terminal to the
/// same fields: each such field with its value now, and the three ways on.
struct EditConflictView: Widget {
  let conflict: EditConflict
  let form: EpisodeForm
  let nights: NightCalendar

  static let keysLine = "m keep mine · t take theirs · Esc back to the form"

  func render(into buffer: inout Buffer, area: Rect) {
    let lines =
      ["Since you opened this form, another terminal changed:"]
      + conflict.fields.map {
        "  \($0.label): yours \(Self.yours($0, in: form)), now \(Self.value($0, of: conflict.current, nights: nights, clock: form.clock))"
      }
      + ["", Self.keysLine]
    let box = area.centered(width: min(area.width - 2, 72), height: lines.count + 2)
    Box.draw(into: &buffer, rect: box, title: "Changed in another terminal", role: .warning)
    let content = Box.content(of: box)
    for (row, text) in lines.enumerated() where row < content.height {
      buffer.write(
        text, x: content.x, y: content.y + row, width: content.width,
        role: row == lines.count - 1 ? .muted : .text)
    }
  }

  /// What the form holds in a field.
  static func yours(_ field: EpisodeField, in form: EpisodeForm) -> String {
    let formField: EpisodeFormField =
      switch field {
      case .kind: .kind
      case .start: .time
      case .severity: .severity
      case .side: .side
      case .site: .site
      case .duration: .duration
      case .woke: .woke
      case .helped: .helped
      case .note: .note
      }
    guard let text = form.textField(formField)?.text else { return form.choiceText(formField) }
    return formField == .note ? "\u{201C}\(TextSanitizer.clean(text))\u{201D}" : text
  }

  /// A field's value as the form would show it.
  static func value(_ field: EpisodeField, of episode: Episode, nights: NightCalendar, clock: ClockStyle)
    -> String
  {
    switch field {
    case .kind: episode.kind.label
    case .start: CalendarEpisodeText.time(episode, nights: nights, clock: clock)
    case .severity: String(episode.severity)
    case .side: episode.side?.rawValue ?? "not given"
    case .site: episode.site?.rawValue ?? "not given"
    case .duration: episode.durationSeconds.map(DurationParser.format) ?? "not given"
    case .woke: episode.woke ? "yes" : "no"
    case .helped: episode.helped.isEmpty ? "nothing" : episode.helped.joined(separator: ", ")
    case .note: episode.note.isEmpty ? "empty" : "\u{201C}\(TextSanitizer.clean(episode.note))\u{201D}"
    }
  }
}

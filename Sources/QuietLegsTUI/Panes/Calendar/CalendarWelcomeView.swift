/// The first-run note under an empty night list: how to start, and that QuietLegs is not
/// medical advice (shown until anything is recorded).
struct CalendarWelcomeView: Widget {

  static let howToStart = "Welcome. After a bad night, press n then Enter to log it; ? lists every key."
  static let notAdvice = "QuietLegs informs and organises; it is not medical advice."

  func render(into buffer: inout Buffer, area: Rect) {
    var y = area.y + 3
    for (text, role) in [(Self.howToStart, StyleRole.text), (Self.notAdvice, .muted)] {
      for line in TextWrap.lines(text, width: area.width) where y < area.maxY {
        buffer.write(line, x: area.x, y: y, width: area.width, role: role)
        y += 1
      }
    }
  }
}

import Foundation

/// Drawing the frame: header, the pane in front, status line, footer, and overlays.
extension AppModel {
  /// Draws the whole screen into `buffer` (its area is the screen).
  public func render(into buffer: inout Buffer) {
    let screen = buffer.area
    buffer.fill(screen)
    guard screen.width >= Self.minimumWidth, screen.height >= Self.minimumHeight else {
      TooSmallNotice.render(
        into: &buffer, area: screen, minimumWidth: Self.minimumWidth, minimumHeight: Self.minimumHeight)
      return
    }
    let layout = FrameLayout(screen: screen)
    HeaderBar.render(
      into: &buffer, row: layout.header, panes: panes.map(\.id), focused: focusedPane.id,
      date: DateLabel.text(for: days.localDate(of: clock.now)))
    focusedPane.render(into: &buffer, area: layout.body)
    if case .help(let scroll) = overlay {
      HelpOverlay.render(
        into: &buffer, area: layout.body, keymaps: [focusedPane.keyTable, GlobalAction.keys.table],
        scroll: scroll)
    }
    StatusLine.render(into: &buffer, row: layout.status, message: status)
    FooterBar.render(into: &buffer, row: layout.footer, keymaps: activeKeymaps)
  }
}

/// Where the frame's parts go on a screen at least the minimum size.
struct FrameLayout {
  let header: Rect
  let body: Rect
  let status: Rect
  let footer: Rect

  init(screen: Rect) {
    header = screen.row(0)
    body = Rect(x: screen.x, y: screen.y + 1, width: screen.width, height: screen.height - 3)
    status = screen.row(screen.height - 2)
    footer = screen.row(screen.height - 1)
  }
}

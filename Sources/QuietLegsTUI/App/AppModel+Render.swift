import Foundation

/// Drawing the frame: header, the pane in front, status line, footer, and overlays.
extension AppModel {
  /// Draws the whole screen into `buffer` (its area is the screen).
  public func render(into buffer: inout Buffer) {
    let screen = buffer.area
    buffer.fill(screen)
    guard screen.width >= Self.minimumWidth, screen.height >= Self.minimumHeight else {
      TooSmallNotice(minimumWidth: Self.minimumWidth, minimumHeight: Self.minimumHeight)
        .render(into: &buffer, area: screen)
      return
    }
    let layout = FrameLayout(screen: screen)
    header.render(into: &buffer, area: layout.header)
    focusedPane.render(into: &buffer, area: layout.body)
    if case .help(let scroll) = overlay {
      HelpOverlay(keymaps: [focusedPane.keyTable, GlobalAction.keys.table], scroll: scroll)
        .render(into: &buffer, area: layout.body)
    }
    StatusLine(message: status).render(into: &buffer, area: layout.status)
    FooterBar(keymaps: activeKeymaps).render(into: &buffer, area: layout.footer)
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

extension AppModel {
  /// The header as it is drawn now.
  var header: HeaderBar {
    HeaderBar(
      panes: panes.map(\.id), focused: focusedPane.id,
      date: days.localDate(of: clock.now).dayText)
  }
}

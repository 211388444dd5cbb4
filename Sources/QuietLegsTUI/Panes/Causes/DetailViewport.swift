/// What the last drawing of the details panel measured (how far it can scroll, a page's height),
/// so paging keys move by what is on screen. Drawing writes it; keys read it.
final class DetailViewport {
  var maximumScroll = 0
  var pageHeight = 10
}

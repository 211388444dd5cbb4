/// The usual xterm palette, used to find the nearest colour when a terminal has fewer colours.
enum ColorPalette {
  /// An RGB triple.
  typealias RGB = (red: Int, green: Int, blue: Int)

  /// The 16 basic and bright colours as xterm shows them.
  static let basic: [RGB] = [
    (0, 0, 0), (205, 0, 0), (0, 205, 0), (205, 205, 0), (0, 0, 238), (205, 0, 205), (0, 205, 205),
    (229, 229, 229),
    (127, 127, 127), (255, 0, 0), (0, 255, 0), (255, 255, 0), (92, 92, 255), (255, 0, 255), (0, 255, 255),
    (255, 255, 255),
  ]

  /// Channel levels of the 6x6x6 colour cube (indices 16-231).
  static let cubeLevels = [0, 95, 135, 175, 215, 255]

  /// The RGB value of a palette index.
  static func rgb(ofIndex index: UInt8) -> RGB {
    let value = Int(index)
    if value < 16 { return basic[value] }
    if value < 232 {
      let cube = value - 16
      return (cubeLevels[cube / 36], cubeLevels[(cube / 6) % 6], cubeLevels[cube % 6])
    }
    let grey = 8 + (value - 232) * 10
    return (grey, grey, grey)
  }

  /// The nearest of the 256 palette entries 16-255 (the cube and greys, which do not depend on the user's palette).
  static func nearest256(_ color: RGB) -> UInt8 {
    nearest(color, among: 16...255)
  }

  /// The nearest of the 16 basic colours. A colour with a clear hue (its channels differ by at
  /// least `chromaticSpread`) goes to the nearest colour that has a hue too, never to grey or white:
  /// the low-severity green 71 becomes green, not white, so severities stay apart on 8 and 16 colours.
  static func nearest16(_ color: RGB) -> UInt8 {
    let channels = [color.red, color.green, color.blue]
    let chromatic = (channels.max() ?? 0) - (channels.min() ?? 0) >= chromaticSpread
    return nearest(color, among: chromatic ? Array(1...6) + Array(9...14) : Array(0...15))
  }

  /// How far apart a colour's channels must be for it to count as having a hue.
  static let chromaticSpread = 48

  private static func nearest(_ color: RGB, among indices: some Collection<Int>) -> UInt8 {
    var best = indices.first ?? 0
    var bestDistance = Int.max
    for index in indices {
      let candidate = rgb(ofIndex: UInt8(index))
      let dr = candidate.red - color.red
      let dg = candidate.green - color.green
      let db = candidate.blue - color.blue
      let distance = dr * dr + dg * dg + db * db
      if distance < bestDistance {
        bestDistance = distance
        best = index
      }
    }
    return UInt8(best)
  }
}

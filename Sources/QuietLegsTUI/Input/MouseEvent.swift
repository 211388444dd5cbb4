/// A click or a turn of the wheel, as the terminal reports it with `mouse = true` (SGR form,
/// `ESC [ < b ; x ; y M`), at a 0-based screen cell.
public struct MouseEvent: Hashable, Sendable {
  /// What the mouse did.
  public enum Action: Hashable, Sendable {
    /// A button went down: 0 left, 1 middle, 2 right.
    case press(button: Int)
    case release
    case wheelUp, wheelDown
  }

  public var action: Action
  public var x: Int
  public var y: Int

  public init(_ action: Action, x: Int, y: Int) {
    self.action = action
    self.x = x
    self.y = y
  }

  /// The same event with `x` and `y` counted from `origin` (a pane's body, a list's first row).
  public func relative(to originX: Int, _ originY: Int) -> MouseEvent {
    MouseEvent(action, x: x - originX, y: y - originY)
  }

  /// True for a left click.
  public var isClick: Bool { action == .press(button: 0) }

  /// Decodes the parameters and final byte of an SGR mouse report (`<0;12;5` and `M`);
  /// nil when they are not one.
  static func sgr(parameters: [UInt8], final: UInt8) -> MouseEvent? {
    guard parameters.first == UInt8(ascii: "<"), final == UInt8(ascii: "M") || final == UInt8(ascii: "m")
    else { return nil }
    let numbers = String(decoding: parameters.dropFirst(), as: UTF8.self).split(separator: ";").map {
      Int($0)
    }
    guard numbers.count == 3, let code = numbers[0], let column = numbers[1], let row = numbers[2],
      column >= 1, row >= 1
    else { return nil }
    // Bits 2-4 are Shift, Alt and Ctrl (ignored); bit 5 is motion, bit 6 the wheel.
    let button = code & 0b11
    let action: Action
    if code & 64 != 0 {
      guard button <= 1 else { return nil }
      action = button == 0 ? .wheelUp : .wheelDown
    } else if code & 32 != 0 {
      return nil
    } else if final == UInt8(ascii: "m") || button == 3 {
      action = .release
    } else {
      action = .press(button: button)
    }
    return MouseEvent(action, x: column - 1, y: row - 1)
  }
}

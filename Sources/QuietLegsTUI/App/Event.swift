import Foundation

/// Something that happened, fed to `AppModel.update`: a key, a new size, or the passing of time.
public enum Event: Equatable, Sendable {
  case key(Key)
  /// The terminal changed size.
  case resize(width: Int, height: Int)
  /// A deadline the model asked for has passed (the model reads the time from its clocks).
  case tick
  /// The journal file changed (another terminal wrote to it).
  case journalChanged
  /// The program is about to be stopped (Ctrl-Z, SIGTSTP): nothing may count down unseen.
  case suspend
  /// The program runs again after a stop.
  case resume
}

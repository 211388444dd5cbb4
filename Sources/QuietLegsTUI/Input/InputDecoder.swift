/// Turns the bytes a terminal sends into keys, whatever terminfo says: UTF-8 (split over any
/// number of reads), control keys, Alt as an `ESC` prefix, CSI (`ESC [ 1 ; 5 C`) and SS3
/// (`ESC O C`) cursor and function keys with their modifiers, and bracketed paste
/// (`ESC [ 200 ~ ... ESC [ 201 ~`) as one `.paste`, and SGR mouse reports (`ESC [ < 0 ; 12 ; 5 M`)
/// as `.mouse`. A sequence it does not know becomes one
/// `.unknown` key, never `Esc` followed by letters that would run as commands.
///
/// Bytes that may still be the start of a longer sequence (a lone `ESC`, half a UTF-8 character)
/// wait; the caller calls `flush()` when `pendingTimeout` has passed without more bytes.
public struct InputDecoder: Sendable {
  /// How long a lone `ESC` waits for the rest of a sequence before it counts as the Esc key.
  public static let escapeDelay: Duration = .milliseconds(50)
  /// How long an unfinished paste waits for more before what came is taken as the whole paste.
  public static let pasteDelay: Duration = .seconds(1)
  /// The most bytes one paste keeps (no field holds more); the rest is dropped.
  public static let pasteByteLimit = 1 << 20

  private static let pasteStart: [UInt8] = Array("\u{1B}[200~".utf8)
  private static let pasteEnd: [UInt8] = Array("\u{1B}[201~".utf8)

  /// Bytes not decoded yet.
  private var pending: [UInt8] = []
  /// The text of a paste that has started and not ended.
  private var paste: [UInt8]?

  public init() {}

  /// How long to wait for more bytes before calling `flush()`; nil when nothing waits.
  public var pendingTimeout: Duration? {
    if paste != nil { return Self.pasteDelay }
    return pending.isEmpty ? nil : Self.escapeDelay
  }

  /// Decodes what `bytes` complete; keeps an unfinished sequence for the next call.
  public mutating func feed<Bytes: Sequence>(_ bytes: Bytes) -> [Key] where Bytes.Element == UInt8 {
    pending.append(contentsOf: bytes)
    return decode(final: false)
  }

  /// The wait is over: an unfinished sequence is decoded as what it is so far (`ESC` alone is
  /// the Esc key, `ESC [` is Alt-[), an unfinished paste ends.
  public mutating func flush() -> [Key] {
    var keys = decode(final: true)
    if let text = paste {
      keys.append(.paste(String(decoding: text, as: UTF8.self)))
      paste = nil
    }
    return keys
  }

  private mutating func decode(final: Bool) -> [Key] {
    var keys: [Key] = []
    var index = 0
    while index < pending.count {
      if paste != nil {
        let next = collectPaste(from: index, into: &keys, final: final)
        // A tail that may start the end marker waits for the next read.
        if next == index { break }
        index = next
        continue
      }
      guard let (key, length) = Self.token(in: pending[index...], final: final) else { break }
      index += length
      if key == .paste("") {
        paste = []
      } else if let key {
        keys.append(key)
      }
    }
    pending.removeFirst(index)
    return keys
  }

  /// Moves paste bytes from `pending` into the paste, ending it at `ESC [ 201 ~`; returns the
  /// index of the first byte not consumed.
  private mutating func collectPaste(from start: Int, into keys: inout [Key], final: Bool) -> Int {
    let rest = pending[start...]
    if let end = Self.firstRange(of: Self.pasteEnd, in: rest) {
      appendToPaste(rest[..<end.lowerBound])
      keys.append(.paste(String(decoding: paste ?? [], as: UTF8.self)))
      paste = nil
      return end.upperBound
    }
    // Keep a tail that could be the start of the end marker for the next read.
    var keep = 0
    if !final {
      for length in stride(from: min(Self.pasteEnd.count - 1, rest.count), through: 1, by: -1)
      where rest.suffix(length).elementsEqual(Self.pasteEnd.prefix(length)) {
        keep = length
        break
      }
    }
    appendToPaste(rest.dropLast(keep))
    return pending.count - keep
  }

  private mutating func appendToPaste(_ bytes: ArraySlice<UInt8>) {
    let room = Self.pasteByteLimit - (paste?.count ?? 0)
    paste?.append(contentsOf: bytes.prefix(max(0, room)))
  }

  private static func firstRange(of needle: [UInt8], in haystack: ArraySlice<UInt8>) -> Range<Int>? {
    guard haystack.count >= needle.count else { return nil }
    var index = haystack.startIndex
    while index + needle.count <= haystack.endIndex {
      if haystack[index] == needle[0], haystack[index..<index + needle.count].elementsEqual(needle) {
        return index..<index + needle.count
      }
      index += 1
    }
    return nil
  }

  /// The key at the start of `bytes` and how many bytes it took; nil when more bytes are needed.
  /// A nil key is a byte sequence that means nothing (skipped); `.paste("")` starts a paste.
  static func token(in bytes: ArraySlice<UInt8>, final: Bool) -> (Key?, Int)? {
    let first = bytes[bytes.startIndex]
    switch first {
    case 0x1B: return escape(in: bytes, final: final)
    case 0x80...: return utf8(in: bytes, final: final)
    default: return (control(first), 1)
    }
  }

  /// A single byte below 0x80.
  static func control(_ byte: UInt8) -> Key? {
    switch byte {
    case 0x09: return .tab
    case 0x0A, 0x0D: return .enter
    case 0x08, 0x7F: return .backspace
    case 0x1B: return .escape
    case 0x01...0x1A: return .control(Character(Unicode.Scalar(byte + 0x60)))
    case 0x00, 0x1C...0x1F: return .unknown
    default: return .character(Character(Unicode.Scalar(byte)))
    }
  }

  /// One UTF-8 character; an invalid byte is skipped.
  private static func utf8(in bytes: ArraySlice<UInt8>, final: Bool) -> (Key?, Int)? {
    let first = bytes[bytes.startIndex]
    let length: Int
    switch first {
    case 0xC2...0xDF: length = 2
    case 0xE0...0xEF: length = 3
    case 0xF0...0xF4: length = 4
    default: return (nil, 1)
    }
    let available = bytes.prefix(length)
    for (offset, byte) in available.enumerated().dropFirst() where byte & 0xC0 != 0x80 {
      return (nil, offset)
    }
    guard available.count == length else { return final ? (nil, available.count) : nil }
    var decoder = UTF8()
    var iterator = available.makeIterator()
    guard case .scalarValue(let scalar) = decoder.decode(&iterator) else { return (nil, length) }
    return (.character(Character(scalar)), length)
  }

  /// What follows an `ESC`: a CSI or SS3 sequence, Alt with a key, or the Esc key itself.
  private static func escape(in bytes: ArraySlice<UInt8>, final: Bool) -> (Key?, Int)? {
    let start = bytes.startIndex
    guard bytes.count > 1 else { return final ? (.escape, 1) : nil }
    let next = bytes[start + 1]
    switch next {
    case UInt8(ascii: "["):
      if let sequence = controlSequence(in: bytes.dropFirst(2), final: final) {
        return (sequence.0, sequence.1 + 2)
      }
      return final ? (.alt(.character("[")), 2) : nil
    case UInt8(ascii: "O"):
      if let sequence = singleShift(in: bytes.dropFirst(2), final: final) {
        return (sequence.0, sequence.1 + 2)
      }
      return final ? (.alt(.character("O")), 2) : nil
    case 0x1B:
      // ESC ESC: Alt with a key that is itself a sequence (`ESC ESC [ C`), or Esc pressed twice.
      guard bytes.count > 2 else { return final ? (.escape, 1) : nil }
      guard let (inner, length) = escape(in: bytes.dropFirst(), final: final) else { return nil }
      if inner == .escape { return (.escape, 1) }
      return (inner.map(Key.alt) ?? .unknown, length + 1)
    default:
      guard let (inner, length) = token(in: bytes.dropFirst(), final: final) else { return nil }
      return (inner.map(Key.alt) ?? .unknown, length + 1)
    }
  }

  /// The rest of `ESC [`: parameter bytes, intermediate bytes and a final byte.
  private static func controlSequence(in bytes: ArraySlice<UInt8>, final: Bool) -> (Key?, Int)? {
    var parameters: [UInt8] = []
    var index = bytes.startIndex
    while index < bytes.endIndex {
      let byte = bytes[index]
      switch byte {
      case 0x20...0x3F:
        parameters.append(byte)
        index += 1
      case UInt8(ascii: "[") where parameters.isEmpty && index == bytes.startIndex:
        // The Linux console's F1-F5: `ESC [ [ A` to `ESC [ [ E`.
        guard index + 1 < bytes.endIndex else { return final ? (.unknown, 1) : nil }
        let letter = bytes[index + 1]
        let key: Key = (0x41...0x45).contains(letter) ? .function(Int(letter) - 0x40) : .unknown
        return (key, 2)
      case 0x40...0x7E:
        let length = index - bytes.startIndex + 1
        if byte == UInt8(ascii: "~"), parameters.elementsEqual(Array("200".utf8)) {
          return (.paste(""), length)
        }
        return (csiKey(parameters: parameters, final: byte), length)
      default:
        // Not a sequence after all: what came is unknown, the byte starts the next key.
        return (.unknown, index - bytes.startIndex)
      }
      if parameters.count > 32 { return (.unknown, index - bytes.startIndex) }
    }
    guard final, !parameters.isEmpty else { return nil }
    return (.unknown, bytes.count)
  }

  /// The rest of `ESC O`: an optional modifier digit and a final letter.
  private static func singleShift(in bytes: ArraySlice<UInt8>, final: Bool) -> (Key?, Int)? {
    var index = bytes.startIndex
    var modifier = 1
    while index < bytes.endIndex, (0x30...0x39).contains(bytes[index]) {
      modifier = Int(bytes[index] - 0x30)
      index += 1
    }
    guard index < bytes.endIndex else {
      return final && index > bytes.startIndex ? (.unknown, bytes.count) : nil
    }
    let byte = bytes[index]
    let length = index - bytes.startIndex + 1
    guard (0x40...0x7E).contains(byte) else { return (.unknown, length - 1) }
    let key: Key? =
      switch byte {
      case UInt8(ascii: "M"): .enter
      default: letterKey(byte)
      }
    return (key.map { $0.modified(by: modifier) } ?? .unknown, length)
  }

  /// Keys named by a final letter in both CSI and SS3 form.
  private static func letterKey(_ byte: UInt8) -> Key? {
    switch byte {
    case UInt8(ascii: "A"): .up
    case UInt8(ascii: "B"): .down
    case UInt8(ascii: "C"): .right
    case UInt8(ascii: "D"): .left
    case UInt8(ascii: "H"): .home
    case UInt8(ascii: "F"): .end
    case UInt8(ascii: "P"): .function(1)
    case UInt8(ascii: "Q"): .function(2)
    case UInt8(ascii: "R"): .function(3)
    case UInt8(ascii: "S"): .function(4)
    default: nil
    }
  }

  /// A complete CSI sequence as a key (`.unknown` when it names none).
  private static func csiKey(parameters: [UInt8], final: UInt8) -> Key {
    if parameters.first == UInt8(ascii: "<") {
      return MouseEvent.sgr(parameters: parameters, final: final).map(Key.mouse) ?? .unknown
    }
    let fields = String(decoding: parameters, as: UTF8.self).split(
      separator: ";", omittingEmptySubsequences: false)
    let numbers = fields.map { Int($0) }
    if numbers.contains(nil) && !parameters.isEmpty { return .unknown }
    let values = numbers.compactMap { $0 }
    let modifier = values.count > 1 ? values[1] : 1
    if final == UInt8(ascii: "Z") { return values.isEmpty ? .backTab : .unknown }
    if final == UInt8(ascii: "~") {
      guard let code = values.first, let key = tildeKey(code) else { return .unknown }
      return key.modified(by: modifier)
    }
    guard let key = letterKey(final), values.count <= 2, values.first ?? 1 == 1 else { return .unknown }
    return key.modified(by: modifier)
  }

  /// `ESC [ n ~` keys (VT220 and xterm numbering).
  private static func tildeKey(_ code: Int) -> Key? {
    switch code {
    case 1, 7: .home
    case 3: .delete
    case 4, 8: .end
    case 5: .pageUp
    case 6: .pageDown
    case 11...15: .function(code - 10)
    case 17...21: .function(code - 11)
    case 23, 24: .function(code - 12)
    default: nil
    }
  }
}

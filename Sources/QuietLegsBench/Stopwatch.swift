import Foundation

/// Times an operation: runs it in batches and reports the median, minimum and maximum time per
/// operation over the batches.
struct Stopwatch {
  struct Result {
    var median: Double
    var min: Double
    var max: Double

    /// `0.123 ms (min 0.120, max 0.200)`.
    var text: String {
      String(format: "%.4f ms (min %.4f, max %.4f)", median * 1000, min * 1000, max * 1000)
    }
  }

  static func measure(batches: Int = 7, perBatch: Int, _ body: () throws -> Void) rethrows -> Result {
    var perOperation: [Double] = []
    try body()  // warm up caches
    for _ in 0..<batches {
      let start = DispatchTime.now().uptimeNanoseconds
      for _ in 0..<perBatch { try body() }
      let elapsed = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
      perOperation.append(elapsed / Double(perBatch))
    }
    perOperation.sort()
    return Result(
      median: perOperation[perOperation.count / 2], min: perOperation.first!, max: perOperation.last!)
  }
}

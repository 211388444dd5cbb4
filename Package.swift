// swift-tools-version:6.0
import PackageDescription

/// Release link of the `quietlegs` program on Linux: lld placing the functions start-up runs
/// side by side (Scripts/link-order.sh writes the list) and packed relative relocations. Build
/// with `--static-swift-stdlib` as the README does. Measured in docs/PERFORMANCE.md; reasons in
/// docs/DECISIONS.md.
let releaseLink: [String] = [
  "-use-ld=lld",
  "-Xlinker",
  "--symbol-ordering-file=\(Context.packageDirectory)/Sources/quietlegs/Linking/startup-order.txt",
  "-Xlinker", "--no-warn-symbol-ordering",
  "-Xlinker", "-z", "-Xlinker", "pack-relative-relocs",
]

let package = Package(
  name: "QuietLegs",
  platforms: [.macOS(.v13)],
  products: [
    .executable(name: "quietlegs", targets: ["quietlegs"]),
    .executable(name: "quietlegs-bench", targets: ["QuietLegsBench"]),
    .library(name: "QuietLegsCore", targets: ["QuietLegsCore"]),
  ],
  dependencies: [
    .package(url: "https://github.com/groue/GRDB.swift", exact: "7.10.0"),
    .package(url: "https://github.com/apple/swift-argument-parser", exact: "1.8.2"),
    .package(url: "https://github.com/LebJe/TOMLKit", exact: "0.6.0"),
  ],
  targets: [
    .systemLibrary(
      name: "CNcurses",
      providers: [.apt(["libncurses-dev"])]
    ),
    .target(
      name: "QuietLegsCore",
      dependencies: [
        .product(name: "GRDB", package: "GRDB.swift"),
        .product(name: "TOMLKit", package: "TOMLKit"),
      ],
      exclude: ["Knowledge/causes.toml", "Knowledge/sources.toml", "Routines/Builtin"]
    ),
    .target(
      name: "QuietLegsTUI",
      dependencies: ["QuietLegsCore", .product(name: "TOMLKit", package: "TOMLKit")]
    ),
    .target(
      name: "QuietLegsCurses",
      dependencies: ["CNcurses", "QuietLegsTUI"]
    ),
    .executableTarget(
      name: "quietlegs",
      dependencies: [
        "QuietLegsCore",
        "QuietLegsTUI",
        "QuietLegsCurses",
        .product(name: "ArgumentParser", package: "swift-argument-parser"),
      ],
      exclude: ["Linking"],
      linkerSettings: [.unsafeFlags(releaseLink, .when(platforms: [.linux], configuration: .release))]
    ),
    .executableTarget(
      name: "QuietLegsBench",
      dependencies: [
        "QuietLegsCore",
        "QuietLegsTUI",
        .product(name: "ArgumentParser", package: "swift-argument-parser"),
      ]
    ),
    .testTarget(
      name: "QuietLegsCoreTests",
      dependencies: ["QuietLegsCore"],
      exclude: ["__Snapshots__"]
    ),
    .testTarget(
      name: "QuietLegsTUITests",
      dependencies: ["QuietLegsTUI", "QuietLegsCore"],
      exclude: ["__Snapshots__"]
    ),
    .testTarget(
      name: "EndToEndTests",
      dependencies: ["quietlegs", "QuietLegsBench", "QuietLegsCore"]
    ),
  ],
  swiftLanguageModes: [.v6]
)

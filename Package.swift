// swift-tools-version:6.0
import PackageDescription

/// Release code of our own modules reaches generic type metadata through direct accessor calls
/// rather than by mangled name, which at run time would look each `Hashable` conformance up
/// by scanning every conformance record of the program.
let directMetadata: [SwiftSetting] = [
  .unsafeFlags(
    ["-Xfrontend", "-disable-concrete-type-metadata-mangled-name-accessors"],
    .when(configuration: .release))
]

let package = Package(
  name: "QuietLegs",
  products: [
    .executable(name: "quietlegs", targets: ["quietlegs"]),
    .executable(name: "quietlegs-bench", targets: ["QuietLegsBench"]),
    .library(name: "QuietLegsCore", targets: ["QuietLegsCore"]),
  ],
  dependencies: [
    .package(url: "https://github.com/groue/GRDB.swift", exact: "7.10.0"),
    .package(url: "https://github.com/apple/swift-argument-parser", exact: "1.8.2"),
    .package(url: "https://github.com/LebJe/TOMLKit", exact: "0.6.0"),
    .package(url: "https://github.com/x-sheep/swift-property-based", exact: "2.0.1"),
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
      // The cause catalogue and built-in routines are carried in the binary as bytes SwiftPM
      // writes into the module (no bundle beside the static program; docs/DECISIONS.md).
      resources: [
        .embedInCode("Knowledge/causes.toml"), .embedInCode("Knowledge/sources.toml"),
        .embedInCode("Routines/Builtin"),
      ],
      swiftSettings: directMetadata
    ),
    .target(
      name: "QuietLegsTUI",
      dependencies: ["QuietLegsCore", .product(name: "TOMLKit", package: "TOMLKit")],
      resources: [.embedInCode("Theme/Builtin")],
      swiftSettings: directMetadata
    ),
    .target(
      name: "QuietLegsCurses",
      dependencies: ["CNcurses", "QuietLegsTUI"],
      swiftSettings: directMetadata
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
      swiftSettings: directMetadata
    ),
    .executableTarget(
      name: "QuietLegsBench",
      dependencies: [
        "QuietLegsCore",
        "QuietLegsTUI",
        .product(name: "ArgumentParser", package: "swift-argument-parser"),
      ]
    ),
    .target(
      name: "SnapshotSupport",
      path: "Tests/SnapshotSupport"
    ),
    .testTarget(
      name: "QuietLegsCoreTests",
      dependencies: [
        "QuietLegsCore", "SnapshotSupport",
        .product(name: "PropertyBased", package: "swift-property-based"),
      ],
      exclude: ["__Snapshots__"]
    ),
    .testTarget(
      name: "QuietLegsTUITests",
      dependencies: [
        "QuietLegsTUI", "QuietLegsCore", "SnapshotSupport",
        .product(name: "PropertyBased", package: "swift-property-based"),
      ],
      exclude: ["__Snapshots__"]
    ),
    .testTarget(
      name: "EndToEndTests",
      dependencies: [
        "quietlegs", "QuietLegsBench", "QuietLegsCore",
        .product(name: "PropertyBased", package: "swift-property-based"),
      ]
    ),
  ],
  swiftLanguageModes: [.v6]
)

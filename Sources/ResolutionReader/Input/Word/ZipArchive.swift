import CZlib
import ResolutionLanguage
import ResolutionModel

/// Reads the parts of a zip package (a .docx is one) through the central directory, as
/// PKWARE's APPNOTE describes it: stored and deflated entries, the latter inflated by the
/// system's zlib. Encrypted entries and other methods are refused with the reason.
///
/// A package is input like any other, and may lie: sizes in its headers are never
/// trusted for an allocation, and inflating stops at limits checked as the output grows
/// (a zip bomb inflates a few kilobytes into gigabytes). Entry names are only looked up,
/// never used as paths.
struct ZipArchive {
    /// Limits no Word document comes near: a resolution's document.xml is a few
    /// megabytes, compressed five to twenty times.
    enum Limit {
        /// Entries in the central directory.
        static let entries = 10_000
        /// Bytes one entry, and all the entries read together, may inflate to: entries
        /// that share their compressed bytes would otherwise each take the whole limit.
        static let entrySize = 256 * 1024 * 1024
        /// How many times its compressed size an entry may inflate to, once past
        /// `ratioFloor` bytes.
        static let ratio = 200
        static let ratioFloor = 4 * 1024 * 1024
        /// Bytes inflated per step.
        static let chunk = 256 * 1024
    }

    struct Failure: Error, Equatable {
        var message: String
    }

    struct Entry {
        var name: String
        var method: UInt16
        var flags: UInt16
        var compressedSize: Int
        var uncompressedSize: Int
        var localHeaderOffset: Int
        var crc: UInt32
    }

    let bytes: [UInt8]
    private(set) var entries: [String: Entry] = [:]
    /// Bytes all the parts read may take together (`Limit.entrySize` but in tests).
    let budget: Int
    /// Bytes the parts read so far took.
    private var spent = 0

    /// A signature a zip file starts with.
    static func isZip(_ bytes: [UInt8]) -> Bool { bytes.starts(with: [0x50, 0x4B, 0x03, 0x04]) }

    init(_ bytes: [UInt8], budget: Int = Limit.entrySize) throws(Failure) {
        self.bytes = bytes
        self.budget = budget
        // End of central directory: 22 bytes plus a comment of up to 65,535.
        guard bytes.count >= 22 else { throw Failure(message: "too short to be a zip package") }
        var eocd = -1
        var i = bytes.count - 22
        while i >= max(0, bytes.count - 22 - 65_535) {
            if bytes[i] == 0x50 && bytes[i + 1] == 0x4B && bytes[i + 2] == 0x05 && bytes[i + 3] == 0x06 {
                eocd = i; break
            }
            i -= 1
        }
        guard eocd >= 0 else { throw Failure(message: "the zip package is damaged (no central directory)") }
        let count = Int(u16(eocd + 10))
        guard count <= Limit.entries else {
            throw Failure(message: "the zip package lists \(count) entries (more than \(Limit.entries)); refused")
        }
        var offset = Int(u32(eocd + 16))
        for _ in 0..<count {
            guard offset + 46 <= bytes.count, u32(offset) == 0x0201_4B50 else {
                throw Failure(message: "the zip package is damaged (bad central directory)")
            }
            let nameLength = Int(u16(offset + 28)), extra = Int(u16(offset + 30)), comment = Int(u16(offset + 32))
            guard offset + 46 + nameLength <= bytes.count else { throw Failure(message: "the zip package is damaged") }
            let name = String(decoding: bytes[(offset + 46)..<(offset + 46 + nameLength)], as: UTF8.self)
            // Two entries of one name: which one a reader takes is up to the reader, so
            // two programs could show two different documents from one file.
            guard entries[name] == nil else {
                throw Failure(message: "the zip package holds \(Typography.visibleControls(name)) twice; refused")
            }
            entries[name] = Entry(
                name: name, method: u16(offset + 10), flags: u16(offset + 8), compressedSize: Int(u32(offset + 20)),
                uncompressedSize: Int(u32(offset + 24)), localHeaderOffset: Int(u32(offset + 42)), crc: u32(offset + 16)
            )
            offset += 46 + nameLength + extra + comment
        }
    }

    private func u16(_ i: Int) -> UInt16 { UInt16(bytes[i]) | UInt16(bytes[i + 1]) << 8 }
    private func u32(_ i: Int) -> UInt32 { UInt32(u16(i)) | UInt32(u16(i + 2)) << 16 }

    /// The bytes of the part `name`, or nil when the package has no such part.
    mutating func data(_ name: String) throws(Failure) -> [UInt8]? {
        guard let e = entries[name] else { return nil }
        if e.flags & 1 != 0 { throw Failure(message: "\(name) is encrypted (a password-protected file)") }
        let h = e.localHeaderOffset
        guard h + 30 <= bytes.count, u32(h) == 0x0403_4B50 else {
            throw Failure(message: "the zip package is damaged at \(name)")
        }
        let start = h + 30 + Int(u16(h + 26)) + Int(u16(h + 28))
        guard start + e.compressedSize <= bytes.count else {
            throw Failure(message: "the zip package is cut short at \(name)")
        }
        let left = budget - spent
        let raw = Array(bytes[start..<(start + min(e.compressedSize, e.method == 0 ? left + 1 : e.compressedSize))])
        let part: [UInt8]
        switch e.method {
        case 0: part = raw
        case 8:
            part = try Self.inflate(
                raw, expected: e.uncompressedSize, name: name, left: left, overBudget: Self.together(budget))
        default: throw Failure(message: "\(name) uses zip compression method \(e.method), which resdiff does not read")
        }
        guard part.count <= left else {
            throw Failure(message: Self.together(budget))
        }
        spent += part.count
        // The checksum every zip entry carries: a part damaged in storage or transit is
        // refused, not parsed (a damaged part once crashed Foundation's XML parser).
        let crc = part.withUnsafeBufferPointer { UInt32(crc32(0, $0.baseAddress, UInt32($0.count))) }
        guard crc == e.crc else { throw Failure(message: "\(name) is damaged (its checksum does not match)") }
        return part
    }

    static func together(_ budget: Int) -> String {
        "the Word parts take more than \(budget / 1024 / 1024) MB together; refused"
    }

    /// Raw deflate (no zlib header), as zip stores it, inflated a chunk at a time so that
    /// the limits hold before memory is spent: the size the header claims is a hint for
    /// nothing.
    static func inflate(
        _ input: [UInt8], expected: Int, name: String, left: Int = Limit.entrySize, overBudget: String = ""
    ) throws(Failure) -> [UInt8] {
        if input.isEmpty && expected == 0 { return [] }
        var stream = z_stream()
        guard inflateInit2_(&stream, -MAX_WBITS, ZLIB_VERSION, Int32(MemoryLayout<z_stream>.size)) == Z_OK else {
            throw Failure(message: "zlib could not start")
        }
        defer { inflateEnd(&stream) }
        let ceiling = min(Limit.entrySize, max(Limit.ratioFloor, input.count * Limit.ratio), left)
        var output: [UInt8] = []
        output.reserveCapacity(min(max(expected, 0), Limit.chunk))
        var chunk = [UInt8](repeating: 0, count: Limit.chunk)
        var input = input
        var status: Int32 = Z_OK
        try input.withUnsafeMutableBufferPointer { (inBuf) throws(Failure) in
            stream.next_in = inBuf.baseAddress
            stream.avail_in = UInt32(inBuf.count)
            while status != Z_STREAM_END {
                let produced: Int = chunk.withUnsafeMutableBufferPointer { outBuf in
                    stream.next_out = outBuf.baseAddress
                    stream.avail_out = UInt32(outBuf.count)
                    status = CZlib.inflate(&stream, Z_NO_FLUSH)
                    return outBuf.count - Int(stream.avail_out)
                }
                // Z_BUF_ERROR: no progress possible, the stream is cut short.
                guard status == Z_OK || status == Z_STREAM_END else {
                    throw Failure(message: "\(name) is damaged (cannot be inflated)")
                }
                if output.count + produced > ceiling {
                    throw Failure(
                        message: output.count + produced > Limit.entrySize
                            ? "\(name) inflates to more than \(Limit.entrySize / 1024 / 1024) MB; refused"
                            : output.count + produced > left
                                ? overBudget
                                : "\(name) inflates to more than \(Limit.ratio) times its compressed size (a zip bomb?); refused"
                    )
                }
                output += chunk[..<produced]
            }
        }
        return output
    }
}

import CZlib

/// Writes a zip package (a .docx is one), as PKWARE's APPNOTE describes it: each part
/// deflated by the system's zlib, then the central directory. The reader beside it
/// (`ZipArchive` in the reading layer) takes such packages apart; the two share only
/// the format, so each stays in its own layer.
///
/// Deterministic: parts are written in the order given, with one fixed time stamp, so
/// that the same report gives the same bytes.
struct ZipWriter {
    private var bytes: [UInt8] = []
    private var directory: [UInt8] = []
    private var count = 0

    /// 1980-01-01 00:00, the earliest time MS-DOS dates can say: a report's bytes must
    /// not depend on when it was written.
    private static let dosTime: UInt16 = 0
    private static let dosDate: UInt16 = (0 << 9) | (1 << 5) | 1

    /// Adds a part, deflated (stored when deflating does not make it smaller).
    mutating func add(_ name: String, _ data: [UInt8]) {
        let crc = data.withUnsafeBufferPointer { UInt32(crc32(0, $0.baseAddress, UInt32($0.count))) }
        let deflated = Self.deflate(data)
        let (method, body): (UInt16, [UInt8]) =
            deflated.map { $0.count < data.count ? (8, $0) : (0, data) } ?? (0, data)
        let nameBytes = Array(name.utf8)
        let offset = bytes.count
        // Local file header, then its central directory record: the same fields, the
        // record with its own few before and after.
        append32(&bytes, 0x0403_4B50)
        append16(&bytes, 20)  // version needed: 2.0 (deflate)
        appendFields(&bytes, method: method, crc: crc, compressed: body.count, size: data.count, name: nameBytes.count)
        append16(&bytes, 0)  // extra
        bytes += nameBytes
        bytes += body
        append32(&directory, 0x0201_4B50)
        append16(&directory, 20)  // made by: MS-DOS, 2.0
        append16(&directory, 20)
        appendFields(
            &directory, method: method, crc: crc, compressed: body.count, size: data.count, name: nameBytes.count)
        for _ in 0..<4 { append16(&directory, 0) }  // extra, comment, disk, internal attributes
        append32(&directory, 0)  // external attributes
        append32(&directory, UInt32(offset))
        directory += nameBytes
        count += 1
    }

    /// The package: the parts, the central directory and its end record.
    func finish() -> [UInt8] {
        var out = bytes
        let start = out.count
        out += directory
        append32(&out, 0x0605_4B50)
        append16(&out, 0)
        append16(&out, 0)
        append16(&out, UInt16(count))
        append16(&out, UInt16(count))
        append32(&out, UInt32(directory.count))
        append32(&out, UInt32(start))
        append16(&out, 0)
        return out
    }

    /// Raw deflate, as zip stores it (no zlib header or checksum); nil if zlib fails.
    static func deflate(_ input: [UInt8]) -> [UInt8]? {
        var stream = z_stream()
        guard
            deflateInit2_(
                &stream, Z_BEST_COMPRESSION, Z_DEFLATED, -MAX_WBITS, 8, Z_DEFAULT_STRATEGY, ZLIB_VERSION,
                Int32(MemoryLayout<z_stream>.size)) == Z_OK
        else { return nil }
        defer { deflateEnd(&stream) }
        var output = [UInt8](repeating: 0, count: Int(deflateBound(&stream, UInt(input.count))))
        var input = input
        let status = input.withUnsafeMutableBufferPointer { inBuf in
            output.withUnsafeMutableBufferPointer { outBuf in
                stream.next_in = inBuf.baseAddress
                stream.avail_in = UInt32(inBuf.count)
                stream.next_out = outBuf.baseAddress
                stream.avail_out = UInt32(outBuf.count)
                return CZlib.deflate(&stream, Z_FINISH)
            }
        }
        guard status == Z_STREAM_END else { return nil }
        return Array(output[..<Int(stream.total_out)])
    }

    /// Flags (names are UTF-8), method, time, date, checksum, sizes and the name's length.
    private func appendFields(_ out: inout [UInt8], method: UInt16, crc: UInt32, compressed: Int, size: Int, name: Int)
    {
        append16(&out, 0x0800)
        append16(&out, method)
        append16(&out, Self.dosTime)
        append16(&out, Self.dosDate)
        append32(&out, crc)
        append32(&out, UInt32(compressed))
        append32(&out, UInt32(size))
        append16(&out, UInt16(name))
    }

    private func append16(_ out: inout [UInt8], _ v: UInt16) {
        out += [UInt8(v & 0xFF), UInt8(v >> 8)]
    }

    private func append32(_ out: inout [UInt8], _ v: UInt32) {
        out += [UInt8(v & 0xFF), UInt8((v >> 8) & 0xFF), UInt8((v >> 16) & 0xFF), UInt8(v >> 24)]
    }
}

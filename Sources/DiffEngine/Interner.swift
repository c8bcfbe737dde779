import Foundation  // memcmp

/// Interning: tokens become dense integer ids before any algorithm sees them, so that
/// equality is one integer compare (git's xdiff does the same with its record hashes).
///
/// `TokenInterner` works on byte ranges of UTF-8 text without making a string per token:
/// an open-addressing table, O(1) expected per token. The hash reads eight bytes per
/// step (the same multiply-and-fold as FNV, on words), since the same table interns
/// whole lines for the line-first diff.
package struct TokenInterner {
    /// Bytes of every distinct token, back to back.
    private var storage: [UInt8] = []
    private var starts: [Int32] = []
    private var ends: [Int32] = []
    private var hashes: [UInt64] = []
    /// Slots hold id + 1; 0 is empty.
    private var table: [Int32]
    private var mask: Int

    /// Keeps the table at most half full, so probes stay short.
    static let maximumLoad = 0.5

    package init(expectedDistinct: Int = 1024) {
        var size = 16
        while Double(size) * Self.maximumLoad < Double(expectedDistinct) { size <<= 1 }
        table = Array(repeating: 0, count: size)
        mask = size - 1
    }

    /// Number of distinct tokens seen.
    package var count: Int { starts.count }

    /// The text of token `id`.
    package func text(of id: Int32) -> String {
        String(decoding: storage[Int(starts[Int(id)])..<Int(ends[Int(id)])], as: UTF8.self)
    }

    /// The id of each byte range of `text`, in order.
    package mutating func intern(_ text: String, ranges: [Range<Int>]) -> [Int32] {
        var copy = text
        return copy.withUTF8 { bytes in ranges.map { intern(bytes, $0) } }
    }

    /// The id of the bytes `range` of `bytes`: O(length) to hash, O(1) expected to find.
    package mutating func intern(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Int32 {
        let hash = Self.hash(bytes, range)
        var slot = Int(truncatingIfNeeded: hash ^ (hash >> 29)) & mask
        while true {
            let entry = table[slot]
            if entry == 0 { break }
            let id = Int(entry - 1)
            if hashes[id] == hash && equal(id, bytes, range) { return Int32(id) }
            slot = (slot + 1) & mask
        }
        let id = Int32(starts.count)
        starts.append(Int32(storage.count))
        storage.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[range]))
        ends.append(Int32(storage.count))
        hashes.append(hash)
        table[slot] = id + 1
        if Double(starts.count) > Double(table.count) * Self.maximumLoad { grow() }
        return id
    }

    static func hash(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325 ^ UInt64(range.count)
        var i = range.lowerBound
        let raw = UnsafeRawPointer(bytes.baseAddress!)
        while i + 8 <= range.upperBound {
            let word = raw.loadUnaligned(fromByteOffset: i, as: UInt64.self)
            hash = (hash ^ word) &* 0x0000_0100_0000_01B3
            hash ^= hash >> 29
            i += 8
        }
        while i < range.upperBound {
            hash = (hash ^ UInt64(bytes[i])) &* 0x0000_0100_0000_01B3
            i += 1
        }
        return hash ^ (hash >> 32)
    }

    private func equal(_ id: Int, _ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Bool {
        let s = Int(starts[id]), e = Int(ends[id])
        guard e - s == range.count else { return false }
        if range.isEmpty { return true }
        return storage.withUnsafeBufferPointer { stored in
            memcmp(stored.baseAddress! + s, bytes.baseAddress! + range.lowerBound, range.count) == 0
        }
    }

    private mutating func grow() {
        let size = table.count * 2
        table = Array(repeating: 0, count: size)
        mask = size - 1
        for id in 0..<starts.count {
            let hash = hashes[id]
            var slot = Int(truncatingIfNeeded: hash ^ (hash >> 29)) & mask
            while table[slot] != 0 { slot = (slot + 1) & mask }
            table[slot] = Int32(id + 1)
        }
    }
}

/// Interning of any hashable values (paragraph texts for the aligner, test alphabets).
package struct Interner<Key: Hashable> {
    private var ids: [Key: Int32] = [:]

    package init() {}

    package var count: Int { ids.count }

    /// The id of `key`, new ids counting up from 0: O(1) expected.
    package mutating func intern(_ key: Key) -> Int32 {
        if let id = ids[key] { return id }
        let id = Int32(ids.count)
        ids[key] = id
        return id
    }

    /// The ids of `keys`, in order.
    package mutating func intern(_ keys: [Key]) -> [Int32] { keys.map { intern($0) } }
}

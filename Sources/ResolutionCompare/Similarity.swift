/// The one similarity measure of resdiff: Dice's coefficient, 2·shared / (|A| + |B|),
/// the share of both texts' tokens that the other keeps. The aligner counts shared
/// tokens as multisets (order-blind, to shortlist candidate pairs); the report counts
/// them as the word diff keeps them (order-aware). Either way the same formula, so a
/// threshold means the same thing everywhere.
public enum Similarity {
    /// 1 for two empty texts, 0 when nothing is shared.
    public static func dice(shared: Int, total: Int) -> Double {
        total == 0 ? 1 : 2 * Double(shared) / Double(total)
    }

    /// As reports print it: three decimals, so output does not depend on the last bits
    /// of a division.
    public static func rounded(_ value: Double) -> Double { (value * 1000).rounded() / 1000 }
}

import Synchronization

/// What a run works out about a word (its content stem, its lemma), worked out once per distinct word
/// and shared by every document and job: news repeats its vocabulary, and stemming and looking up
/// every word of every sentence again was a sixth of `check`.
final class WordMemo<Value: Sendable>: Sendable {
    private let table = Mutex<[String: Value]>([:])
    /// Past this many words new ones are worked out each time: a file of endless distinct tokens must not
    /// grow the table without bound.
    private let capacity: Int

    init(capacity: Int = 250_000) { self.capacity = capacity }

    /// The value for `word`, remembered or from `compute` (then remembered).
    func value(of word: String, compute: (String) -> Value) -> Value {
        if let known = table.withLock({ $0[word] }) { return known }
        let value = compute(word)
        table.withLock { table in if table.count < capacity { table[word] = value } }
        return value
    }
}

text = """It was the best of times, it was the worst of times, it was the age of
wisdom, it was the age of foolishness, it was the epoch of belief, it was the
epoch of incredulity, it was the season of Light, it was the season of Darkness."""

punctuation = ",.;:!?"
counts = {}
for raw in text.split():
    word = raw.strip(punctuation).lower()
    if word:
        counts[word] = counts.get(word, 0) + 1

print("distinct words:", len(counts))
print("total words:", sum(counts.values()))
ranked = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))
for word, n in ranked[:6]:
    print(f"{word:<8}{n:>3} {'#' * n}")
longest = max(counts, key=lambda w: (len(w), w))
print("longest:", longest)
by_length = {}
for w in counts:
    by_length.setdefault(len(w), []).append(w)
for length in sorted(by_length):
    print(length, sorted(by_length[length]))
lines = text.splitlines()
print([len(line.split()) for line in lines])

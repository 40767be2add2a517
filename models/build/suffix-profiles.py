#!/usr/bin/env python3
"""Case-suffix profiles of the words of the unlabeled news, as a word-vector file for `nlp-tr train --second-word-vectors`.

A place takes the locative and ablative (`Reina'da`, `Ankara'dan`), a person the genitive and dative (`Ahmet'in`,
`Tokayev'e`), an organization something between; Turkish writes these suffixes after a name with an apostrophe, so
counting them in raw news says which kind of name a word tends to be, also for names that no labelled sentence has.
For each word seen at least MIN_COUNT times (lowercased by Turkish rules), the vector holds the square roots of the
shares of what follows it: an apostrophe suffix of each of 11 kinds, or none; and the square root of how often it is
capitalized inside a sentence. The trainer clusters these vectors into word classes stored in the model, as it does
the fastText vectors.

Input: the corpus tokenized by `nlp-tr tokenize --format text` without `--lower` (one sentence a line, tokens
separated by spaces, apostrophe suffixes as tokens of their own). Deterministic: the output follows the order of first
appearance.

Usage: suffix-profiles.py CORPUS.tok > profiles.vec
"""
import math
import re
import sys

MIN_COUNT = 10
SMOOTHING = 0.1
APOSTROPHES = "'’"

# The kinds of suffix, tested in this order on the suffix without its apostrophe (buffer letters included).
KINDS = [
    ("locative", r"n?[dt][ae]$"),
    ("ablative", r"n?[dt][ae]n$"),
    ("genitive", r"n?[ıiuü]n$"),
    ("dative", r"[yn]?[ae]$"),
    ("accusative", r"[ynsş]?[ıiuü]$"),
    ("instrumental", r"y?l[ae]$"),
    ("adjective -li", r"l[ıiuü]$"),
    ("relative -ki", r"[dt][ae]ki$"),
    ("plural", r"l[ae]r"),
    ("possessive", r"[ıiuü]n[ıiuü]n$|s[ıiuü]$"),
]
PATTERNS = [re.compile(pattern) for _, pattern in KINDS]
OTHER = len(KINDS)
NONE = len(KINDS) + 1
SLOTS = len(KINDS) + 2


def lower(word):
    return word.replace("I", "ı").replace("İ", "i").lower()


def kind(suffix):
    for index, pattern in enumerate(PATTERNS):
        if pattern.search(suffix):
            return index
    return OTHER


def main(path):
    counts = {}
    follows = {}
    inside = {}
    capitalized = {}
    with open(path, encoding="utf-8") as corpus:
        for line in corpus:
            tokens = line.split()
            for i, token in enumerate(tokens):
                if token[0] in APOSTROPHES or not token[0].isalpha():
                    continue
                word = lower(token)
                counts[word] = counts.get(word, 0) + 1
                if i > 0:
                    inside[word] = inside.get(word, 0) + 1
                    if token[0].isupper():
                        capitalized[word] = capitalized.get(word, 0) + 1
                slots = follows.setdefault(word, [0] * SLOTS)
                after = tokens[i + 1] if i + 1 < len(tokens) else ""
                if len(after) > 1 and after[0] in APOSTROPHES:
                    slots[kind(lower(after[1:]))] += 1
                else:
                    slots[NONE] += 1

    words = [word for word, count in counts.items() if count >= MIN_COUNT]
    out = sys.stdout
    out.write(f"{len(words)} {SLOTS + 1}\n")
    for word in words:
        slots = follows[word]
        total = sum(slots) + SLOTS * SMOOTHING
        values = [math.sqrt((n + SMOOTHING) / total) for n in slots]
        values.append(math.sqrt((capitalized.get(word, 0) + 0.5) / (inside.get(word, 0) + 1)))
        out.write(word + " " + " ".join(f"{v:.4f}" for v in values) + "\n")


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit(__doc__)
    main(sys.argv[1])

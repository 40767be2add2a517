#!/usr/bin/env python3
"""Data augmentation for how today's news writes names, which the 1998 corpus hardly shows. Writes copies of some
sentences of a CoNLL file (deterministic: every fifth sentence that qualifies):
  initials  a two- or three-word person name replaced by its initials as one token, as news writes suspects, victims
            and minors ("Ahmet Yılmaz" -> "A.Y.");
  joined    a case suffix that the corpus writes apart after a name ("Valiliği 'nde", "Türkiye 'de") joined to the
            name's last word without its apostrophe, as careless or headline copy writes it ("Valiliğinde",
            "Türkiyede"); the label stays on the word.
Usage: augment.py initials|joined IN.conll OUT.conll"""
import sys

TURKISH_UPPER = {'i': 'İ', 'ı': 'I'}
APOSTROPHES = "'’"


def sentences(path):
    block = []
    for line in open(path, encoding='utf-8'):
        line = line.rstrip('\n')
        if not line.strip():
            if block:
                yield block
            block = []
        else:
            block.append(line.split('\t'))
    if block:
        yield block


def initials(block):
    """The sentence with each 2-3 word person name as initials, or None if it has none."""
    rows, i, changed = [], 0, False
    while i < len(block):
        if block[i][-1] == 'B-PERSON':
            j = i + 1
            while j < len(block) and block[j][-1] == 'I-PERSON':
                j += 1
            words = [row[0] for row in block[i:j]]
            if 2 <= j - i <= 3 and all(w[:1].isupper() and w.isalpha() for w in words):
                token = ''.join(TURKISH_UPPER.get(w[0], w[0].upper()) + '.' for w in words)
                rows.append([token] + block[i][1:])
                changed = True
            else:
                rows.extend(block[i:j])
            i = j
        else:
            rows.append(block[i])
            i += 1
    return rows if changed else None


def joined(block):
    """The sentence with each apostrophe suffix after a mention joined to it, or None if it has none."""
    rows, changed = [], False
    for row in block:
        word = row[0]
        if rows and word[:1] in APOSTROPHES and len(word) > 1 and row[-1] == 'O' and rows[-1][-1] != 'O' \
                and rows[-1][0][-1:].isalpha():
            rows[-1] = [rows[-1][0] + word[1:]] + rows[-1][1:]
            changed = True
        else:
            rows.append(list(row))
    return rows if changed else None


def main():
    kind, source, target = sys.argv[1], sys.argv[2], sys.argv[3]
    change = {'initials': initials, 'joined': joined}[kind]
    written = seen = 0
    with open(target, 'w', encoding='utf-8') as out:
        for block in sentences(source):
            rows = change(block)
            if rows is None:
                continue
            seen += 1
            if seen % 5:
                continue
            out.write('\n'.join('\t'.join(row) for row in rows) + '\n\n')
            written += 1
    print(f'{kind}: {written} sentences written, of {seen} that qualify', file=sys.stderr)


if __name__ == '__main__':
    main()

#!/usr/bin/env python3
"""Data augmentation for how today's news writes names, which the 1998 corpus hardly shows. Writes copies of some
sentences of a CoNLL file (deterministic: every fifth sentence that qualifies, or every EVERY-th when that is set):
  initials  a two- or three-word person name replaced by its initials as one token, as news writes suspects, victims
            and minors ("Ahmet Yılmaz" -> "A.Y.");
  joined    a case suffix that the corpus writes apart after a name ("Valiliği 'nde", "Türkiye 'de") joined to the
            name's last word without its apostrophe, as careless or headline copy writes it ("Valiliğinde",
            "Türkiyede"); the label stays on the word.
  replace   each mention replaced by a name of the same type drawn from the gazetteers (deterministic draws): people
            by MPs' names, organizations by companies, parties, universities and OnurArdaB's organizations, places
            by Turkish-spelled world places, provinces and countries; a case suffix after it is kept. Teaches the
            context and the lexicon flags rather than the 1998 corpus's own names. Needs GAZETTEERS in the environment.
Usage: augment.py initials|joined|replace IN.conll OUT.conll"""
import os
import sys

from conll import blocks

TURKISH_UPPER = {'i': 'İ', 'ı': 'I'}
APOSTROPHES = "'’"


def sentences(path):
    for block in blocks(path):
        yield [line.split('\t') for line in block]


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


def read_names():
    import csv, json, random
    root = os.environ['GAZETTEERS']
    names = {'PERSON': set(), 'ORGANIZATION': set(), 'LOCATION': set()}

    def tsv(path, column):
        with open(os.path.join(root, path), encoding='utf-8') as f:
            for row in csv.DictReader(f, delimiter='\t'):
                yield row[column]

    names['PERSON'].update(tsv('tbmm-28-mps/mps.tsv', 'name'))
    names['ORGANIZATION'].update(tsv('turkish-parties/parties.tsv', 'name'))
    names['ORGANIZATION'].update(tsv('turkish-universities/universities.tsv', 'name'))
    names['ORGANIZATION'].update(json.load(open(os.path.join(root, 'bist-companies/stocks.json'), encoding='utf-8')).values())
    for line in open(os.path.join(root, 'onurardab-lexicons/ORGANIZATION.txt'), encoding='utf-8'):
        line = line.strip()
        if line and ',' not in line:
            names['ORGANIZATION'].add(' '.join(w[:1].upper() + w[1:] if w.islower() else w for w in line.split()))
    names['LOCATION'].update(tsv('world-places-tr/geonames-tr.tsv', 'name_tr'))
    for entry in json.load(open(os.path.join(root, 'tr-provinces-districts/il-ilce.json'), encoding='utf-8'))['data']:
        names['LOCATION'].add(entry['il_adi'])
    result = {}
    for kind, values in names.items():
        result[kind] = sorted(v for v in values if v and 1 <= len(v.split()) <= 6 and v[:1].isupper())
    return result, random.Random(1)


NAMES = None


def replace(block):
    """The sentence with each mention replaced by a gazetteer name of its type, or None if it has none."""
    global NAMES
    if NAMES is None:
        NAMES = read_names()
    names, draw = NAMES
    rows, i, changed = [], 0, False
    while i < len(block):
        tag = block[i][-1]
        if tag.startswith('B-'):
            kind = tag[2:]
            j = i + 1
            while j < len(block) and block[j][-1] == 'I-' + kind:
                j += 1
            words = draw.choice(names[kind]).split()
            for k, word in enumerate(words):
                rows.append([word] + ['_'] * (len(block[i]) - 2) + [('B-' if k == 0 else 'I-') + kind])
            changed = True
            i = j
        else:
            rows.append(block[i])
            i += 1
    return rows if changed else None


def main():
    kind, source, target = sys.argv[1], sys.argv[2], sys.argv[3]
    change = {'initials': initials, 'joined': joined, 'replace': replace}[kind]
    written = seen = 0
    with open(target, 'w', encoding='utf-8') as out:
        for block in sentences(source):
            rows = change(block)
            if rows is None:
                continue
            seen += 1
            if seen % int(os.environ.get('EVERY', '5')):
                continue
            out.write('\n'.join('\t'.join(row) for row in rows) + '\n\n')
            written += 1
    print(f'{kind}: {written} sentences written, of {seen} that qualify', file=sys.stderr)


if __name__ == '__main__':
    main()

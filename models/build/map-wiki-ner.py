#!/usr/bin/env python3
"""turkish-wiki-ner with its types mapped to the model's three, in the conventions of the Milliyet corpus.

PERSON stays PERSON; GPE and LOC become LOCATION; ORG becomes ORGANIZATION; every other type (FAC, NORP, DATE, TITLE,
EVENT, ...) becomes O. In the training split, spans are brought to Milliyet's conventions: titles and forms of address
before or after a name (Dr., Prof., Molla, Şeyh; Bey, Hanım, Efendi, Ağa, Hoca) and punctuation at a span's edge are
left outside it, as the Milliyet corpus writes them (dev and test keep the corpus's own spans). An apostrophe case suffix is split from its token (Pekin'i -> Pekin + 'i) and is outside the
entity, as in Milliyet. Writes SPLIT.conll (tab-separated, a blank line between sentences) and SPLIT.jsonl (raw text,
25 sentences a document, entity spans in UTF-16 offsets; no character of this corpus is outside the BMP).

Usage: map-wiki-ner.py DATASETS/turkish-wiki-ner OUT_DIR   (writes OUT_DIR/wiki-{train,dev,test}.{conll,jsonl})
"""
import json
import sys

from conll import blocks

source, out = sys.argv[1], sys.argv[2]
TYPES = {"PERSON": "PERSON", "GPE": "LOCATION", "LOC": "LOCATION", "ORG": "ORGANIZATION"}
APOSTROPHES = "'’‘´`"


def sentences(path):
    for block in blocks(path):
        sentence = []
        for line in block:
            parts = line.split()
            token, tag = parts[0], parts[-1]
            if tag != "O":
                prefix, kind = tag.split("-", 1)
                tag = f"{prefix}-{TYPES[kind]}" if kind in TYPES else "O"
            sentence.append((token, tag))
        yield sentence


LEADING_TITLES = {"Dr.", "Prof.", "Doç.", "Av.", "Op.", "Molla", "Şeyh", "Sayın", "Bay", "Bayan", "Hz.", "Hazreti"}
TRAILING_TITLES = {"Bey", "Hanım", "Efendi", "Ağa", "Hoca", "Beyefendi", "Hanımefendi"}


def milliyet_conventions(sentence):
    """Titles of address and edge punctuation moved outside the spans, as in the Milliyet corpus."""
    tags = [tag for _, tag in sentence]
    words = [token for token, _ in sentence]
    i = 0
    while i < len(tags):
        if tags[i] == "O":
            i += 1
            continue
        kind = tags[i][2:]
        j = i + 1
        while j < len(tags) and tags[j] == "I-" + kind:
            j += 1
        start, end = i, j
        def outside(w):
            return not any(c.isalnum() for c in w) or (kind == "PERSON" and w in LEADING_TITLES)
        while start < end and outside(words[start]):
            start += 1
        while end > start and (not any(c.isalnum() for c in words[end - 1]) or (kind == "PERSON" and words[end - 1] in TRAILING_TITLES)):
            end -= 1
        for k in range(i, j):
            tags[k] = "O" if not start <= k < end else ("B-" if k == start else "I-") + kind
        i = j
    return list(zip(words, tags))


def split_suffix(token):
    for i, c in enumerate(token):
        if c in APOSTROPHES and 0 < i < len(token) - 1 and token[i + 1:].isalpha():
            return token[:i], token[i:]
    return token, None


for part in ["train", "dev", "test"]:
    all_sentences = list(sentences(f"{source}/{part}.conll"))
    if part == "train":
        all_sentences = [milliyet_conventions(s) for s in all_sentences]
    with open(f"{out}/wiki-{part}.conll", "w", encoding="utf-8") as conll:
        for sentence in all_sentences:
            previous = "O"
            for token, tag in sentence:
                word, suffix = split_suffix(token)
                # After a split suffix the entity has ended: an I- that follows starts a new one.
                if tag.startswith("I-") and previous == "SUFFIX":
                    tag = "B-" + tag[2:]
                conll.write(f"{word}\t{tag}\n")
                if suffix:
                    conll.write(f"{suffix}\tO\n")
                previous = "SUFFIX" if suffix else tag
            conll.write("\n")
    with open(f"{out}/wiki-{part}.jsonl", "w", encoding="utf-8") as jsonl:
        for first in range(0, len(all_sentences), 25):
            text, entities, current = "", [], None
            for sentence in all_sentences[first:first + 25]:
                for i, (token, tag) in enumerate(sentence):
                    if i > 0:
                        text += " "
                    start = len(text)
                    text += token
                    word, suffix = split_suffix(token)
                    end = start + len(word)
                    starts = tag.startswith("B-") or (tag.startswith("I-") and (current is None or current[2] != tag[2:]))
                    if starts:
                        if current:
                            entities.append(current)
                        current = [start, end, tag[2:]]
                    elif tag.startswith("I-"):
                        current[1] = end
                    elif current:
                        entities.append(current)
                        current = None
                    if suffix and current:
                        entities.append(current)
                        current = None
                if current:
                    entities.append(current)
                    current = None
                text += "\n"
            record = {"text": text, "entities": [{"start": s, "end": e, "type": t} for s, e, t in entities]}
            jsonl.write(json.dumps(record, ensure_ascii=False) + "\n")

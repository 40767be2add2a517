#!/usr/bin/env python3
"""Writes the project's annotated modern news as span JSONL on stdout, the format `nlp-tr train` and `eval --gold` read.

The annotations are offsets only: annotations/cnn-turk-10k.tsv into lines of DATASETS/unlabeled/cnn-turk-10k.txt (a run
of consecutive annotated lines is one document, the lines joined by line breaks, as the articles run in the source), and
annotations/ttc-3600.tsv and annotations/ttc-3600-economy-technology.tsv into the text of articles of
DATASETS/unlabeled/ttc-3600/ttc3600.jsonl.xz (one document each).
The text is read from ../shared and checked against the sha256 each annotation file names. One JSON line a document,
{"id", "text", "entities": [{"start", "end", "type"}]}; the trainer tokenizes each text as tagging does. Deterministic.

Usage: annotated-news.py DATASETS [--also FILE.tsv ...] > annotated-news.jsonl

--also adds an annotation file that the shipped model leaves out (annotations/cnn-turk-10k-second.tsv,
annotations/ttc-3600-more.tsv: the model card says why), read as the file of its source is, to repeat those experiments.
"""
import hashlib
import json
import lzma
import os
import sys

datasets = sys.argv[1]
here = os.path.dirname(os.path.abspath(__file__))
shipped = {"cnn-turk-10k.tsv", "ttc-3600.tsv", "ttc-3600-economy-technology.tsv"}
also = [os.path.basename(path) for flag, path in zip(sys.argv[2::2], sys.argv[3::2]) if flag == "--also"]
if (len(sys.argv) % 2 or len(also) != (len(sys.argv) - 2) // 2
        or any(not name.startswith(("cnn-turk-10k", "ttc-3600")) or name in shipped
               or not os.path.isfile(os.path.join(here, "annotations", name)) for name in also)):
    sys.exit("usage: annotated-news.py DATASETS [--also annotations/FILE.tsv ...], FILE one of the left-out "
             "cnn-turk-10k-*.tsv or ttc-3600-*.tsv files")
types = {"PER": "PERSON", "LOC": "LOCATION", "ORG": "ORGANIZATION"}


def read_annotations(name, source, raw):
    """The rows (number, [(start, end, type)]) of annotations/NAME, after checking the source's sha256."""
    expected, rows = None, []
    with open(os.path.join(here, "annotations", name), encoding="utf-8") as f:
        for line in f:
            line = line.rstrip("\n")
            if line.startswith("# source sha256 "):
                expected = line.split()[-1]
            elif line and not line.startswith("#"):
                number, _, mentions = line.partition("\t")
                rows.append((int(number), [(int(m.split("-")[0]), int(m.split("-")[1].split(":")[0]), types[m.split(":")[1]])
                                            for m in mentions.split()]))
    if hashlib.sha256(raw).hexdigest() != expected:
        sys.exit(f"annotated-news.py: {source} is not the file the annotations were made on (sha256 {expected})")
    return rows


def write(identifier, text, entities):
    if any(ord(c) > 0xFFFF for c in text):
        sys.exit(f"annotated-news.py: {identifier} has a character outside the BMP; UTF-16 and code-point offsets would differ")
    print(json.dumps({"id": identifier, "text": text, "entities": [{"start": a, "end": b, "type": t} for a, b, t in entities]},
                     ensure_ascii=False))


# CNN Türk: offsets into lines; a run of consecutive line numbers is one document, its lines joined by line breaks.
source = os.path.join(datasets, "unlabeled", "cnn-turk-10k.txt")
with open(source, "rb") as f:
    raw = f.read()
rows = read_annotations("cnn-turk-10k.tsv", source, raw)
extra = [row for name in also if name.startswith("cnn-turk-10k") for row in read_annotations(name, source, raw)]
if extra:
    # The shipped file's rows are not all in line order (its last blocks were added later); documents are runs of
    # consecutive rows, so the merged rows are put in line order.
    rows = sorted(rows + extra)
lines = raw.decode("utf-8").split("\n")
documents = []
for number, mentions in rows:
    if not documents or number != documents[-1][-1][0] + 1:
        documents.append([])
    documents[-1].append((number, mentions))
for document in documents:
    text, entities = "", []
    for number, line_mentions in document:
        if text:
            text += "\n"
        start = len(text)
        text += lines[number - 1]
        entities += [(start + a, start + b, t) for a, b, t in line_mentions]
    write(f"cnn-turk-10k:{document[0][0]}-{document[-1][0]}", text, entities)

# TTC-3600: offsets into the "text" of the article on that 0-based line of the decompressed JSONL; one document each.
source = os.path.join(datasets, "unlabeled", "ttc-3600", "ttc3600.jsonl.xz")
with open(source, "rb") as f:
    raw = f.read()
articles = lzma.decompress(raw).decode("utf-8").split("\n")
for name in ["ttc-3600.tsv", "ttc-3600-economy-technology.tsv"] + [a for a in also if a.startswith("ttc-3600")]:
    for number, mentions in read_annotations(name, source, raw):
        write(f"ttc-3600:{number}", json.loads(articles[number])["text"], mentions)

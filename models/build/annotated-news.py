#!/usr/bin/env python3
"""Writes the project's annotated modern news as IOB2 CoNLL on stdout, tokenized by the project's own tokenizer.

The annotations (annotations/cnn-turk-10k.tsv) are offsets into lines of DATASETS/unlabeled/cnn-turk-10k.txt; the text
is read from there and checked against the sha256 the annotation file names. Consecutive annotated lines form one
document (a -DOCSTART- line before each), as the articles run in the source. A mention covers every token that overlaps
it, apostrophe suffixes excepted (they stay O, as Milliyet tags them). Deterministic.

Usage: annotated-news.py DATASETS NLP_TR_DLL > annotated-news.conll
"""
import hashlib
import json
import os
import subprocess
import sys

datasets, cli = sys.argv[1], sys.argv[2]
here = os.path.dirname(os.path.abspath(__file__))
source = os.path.join(datasets, "unlabeled", "cnn-turk-10k.txt")
types = {"PER": "PERSON", "LOC": "LOCATION", "ORG": "ORGANIZATION"}

with open(source, "rb") as f:
    raw = f.read()
expected, rows = None, []
with open(os.path.join(here, "annotations", "cnn-turk-10k.tsv"), encoding="utf-8") as f:
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
lines = raw.decode("utf-8").split("\n")

# Documents: runs of consecutive line numbers, lines joined by a line break; all of them tokenized in one call.
documents = []
for number, mentions in rows:
    if not documents or number != documents[-1][-1][0] + 1:
        documents.append([])
    documents[-1].append((number, mentions))
texts, spans = [], []
for document in documents:
    text, mentions = "", []
    for number, line_mentions in document:
        if text:
            text += "\n"
        start = len(text)
        text += lines[number - 1]
        mentions += [(start + a, start + b, t) for a, b, t in line_mentions]
    texts.append(text)
    spans.append(mentions)
joined = "\n\n".join(texts)
starts = []
offset = 0
for text in texts:
    starts.append(offset)
    offset += len(text) + 2
if any(ord(c) > 0xFFFF for c in joined):
    sys.exit("annotated-news.py: a character outside the BMP; UTF-16 and code-point offsets would differ")
tokens = [json.loads(t) for t in subprocess.run(["dotnet", cli, "tokenize", "-", "--sentences"], input=joined.encode("utf-8"),
                                                capture_output=True, check=True).stdout.decode("utf-8").splitlines() if t.strip()]

out = sys.stdout
d, sentence, mention_of_previous = -1, None, None
for token in tokens:
    while d + 1 < len(starts) and token["start"] >= starts[d + 1]:
        d, sentence = d + 1, None
        out.write("-DOCSTART-\tO\n\n")
    if sentence is not None and token["sentence"] != sentence:
        out.write("\n")
    sentence = token["sentence"]
    start, end = token["start"] - starts[d], token["end"] - starts[d]
    tag = "O"
    if token["kind"].lower() != "suffix":  # apostrophe suffixes stay O and do not end a mention
        mention = None
        for m, (a, b, t) in enumerate(spans[d]):
            if start < b and end > a:
                # B- on a mention's first token, even one that starts inside a word; I- on the tokens after it.
                tag, mention = ("I-" if mention_of_previous == (d, m) else "B-") + t, (d, m)
                break
        mention_of_previous = mention
    out.write(f"{token['text']}\t{tag}\n")
out.write("\n")

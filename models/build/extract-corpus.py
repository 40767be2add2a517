#!/usr/bin/env python3
"""Writes the unlabeled text the word clusters are learned from, one paragraph or sentence a line, on stdout.

Sources (all under DATASETS, see each README for provenance and terms): unlabeled/ (Kemik 42bin haber, TTC-3600,
ClickbaitTR headlines, CNN Türk 10k, news-2017, Zemberek's sentence-boundary sets, BOUN treebank text), the text of
milliyet-ner/train.conll and turkish-wiki-ner/train.conll (tokens only, no tags). The articles of modern-news-dev are
left out, by the line numbers and item indexes its README lists, and so are Milliyet dev and test and the wiki dev and
test splits. Deterministic: the same files give the same bytes.

Usage: extract-corpus.py DATASETS > corpus.txt
"""
import csv
import json
import lzma
import re
import sys

from conll import blocks

datasets = sys.argv[1]
out = sys.stdout


def emit(text):
    for line in text.splitlines():
        line = " ".join(line.split())
        if line:
            out.write(line + "\n")


def jsonl_xz(path):
    with lzma.open(path, "rt", encoding="utf-8") as f:
        for line in f:
            emit(json.loads(line)["text"])


def conll_text(path):
    for block in blocks(path, encoding="utf-8-sig"):
        emit(" ".join(line.split()[0] for line in block))


# modern-news-dev's sources: the CNN Türk line ranges and news-2017 item indexes its README lists.
readme = open(f"{datasets}/modern-news-dev/README.md", encoding="utf-8").read()
ranges = re.search(r"Line ranges: (.*?)\.\n\n", readme, re.S).group(1)
excluded_lines = set()
for part in ranges.replace("\n", " ").split(","):
    first, last = (int(x) for x in part.strip().split("-"))
    excluded_lines.update(range(first, last + 1))
items = re.search(r"gives 21 items: (.*?) \(published", readme, re.S).group(1)
excluded_items = {int(x) for x in items.replace("\n", " ").split(",")}
assert len(excluded_items) == 21, excluded_items

jsonl_xz(f"{datasets}/unlabeled/kemik-42bin-haber/42bin_haber.jsonl.xz")
jsonl_xz(f"{datasets}/unlabeled/ttc-3600/ttc3600.jsonl.xz")
for name in ["diken_non-clickbait", "evrensel_non-clickbait", "limon_clickbait", "spoiler_clickbait"]:
    with open(f"{datasets}/unlabeled/clickbaittr-headlines/{name}.csv", encoding="utf-8", newline="") as f:
        for row in csv.DictReader(f):
            emit(re.sub(r"https?://\S+", "", row["full_text"]))
with open(f"{datasets}/unlabeled/cnn-turk-10k.txt", encoding="utf-8-sig") as f:
    for number, line in enumerate(f, start=1):
        if number not in excluded_lines:
            emit(line)
with open(f"{datasets}/unlabeled/news-2017.jsonl", encoding="utf-8-sig") as f:
    for index, line in enumerate(f):
        if index in excluded_items:
            continue
        properties = json.loads(line)["properties"]
        for field in ("title", "description"):
            value = properties.get(field, {}).get("stringValue", "")
            emit(re.sub(r"<[^>]*>", " ", value).replace("&apos;", "'").replace("&quot;", '"').replace("&#039;", "'"))
for name in ["zemberek-sentence-boundary-train.txt", "zemberek-sentence-boundary-test.txt"]:
    with open(f"{datasets}/unlabeled/{name}", encoding="utf-8-sig") as f:
        emit(f.read())
for name in ["tr_boun-ud-dev.conllu", "tr_boun-ud-test.conllu"]:
    with open(f"{datasets}/unlabeled/ud-turkish-boun/{name}", encoding="utf-8") as f:
        for line in f:
            if line.startswith("# text = "):
                emit(line[len("# text = "):])
conll_text(f"{datasets}/milliyet-ner/train.conll")
conll_text(f"{datasets}/turkish-wiki-ner/train.conll")

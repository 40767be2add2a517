#!/usr/bin/env bash
# Rebuilds the shipped model, models/ner-tr.model.zip, from ../shared (or DATASETS) and Debian packages only.
# Deterministic: the same data gives the same model bytes. See models/README.md for what goes in and why.
# Usage: models/build/train.sh [DATASETS] [WORK_DIR]
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
datasets="$(realpath "${1:-$root/../shared/datasets}")"
work="$(realpath -m "${2:-$root/models/build/work}")"
mkdir -p "$work"
for package in unicode-cldr-core hunspell-tr fasttext zip; do
  dpkg -s "$package" > /dev/null 2>&1 || { apt-get update -qq && apt-get install -y unicode-cldr-core hunspell-tr fasttext zip; break; }
done

# The second domain: turkish-wiki-ner with its types mapped to the model's three.
python3 "$root/models/build/map-wiki-ner.py" "$datasets/turkish-wiki-ner" "$work"
# Word vectors of unlabeled news for the word clusters (15-20 minutes; skipped when the vectors in the work folder were
# built from the same tokenized news with the same fastText options, so that vectors of an older tokenizer are never
# reused).
"$root/models/build/word-vectors.sh" "$datasets" "$work"
# The second word classes: each word's case-suffix profile in the same news, tokenized with its casing by the current
# tokenizer every time (seconds; under a minute with the profiles), so that no stale tokenization is reused.
dotnet run -c Release --project "$root/src/Nlp.Turkish.Cli" -- tokenize "$work/corpus.txt" --format text > "$work/corpus-cased.tok"
python3 "$root/models/build/suffix-profiles.py" "$work/corpus-cased.tok" > "$work/suffix-profiles.vec"
python3 "$root/models/build/annotated-news.py" "$datasets" > "$work/annotated-news.jsonl"

cd "$root"
dotnet run -c Release --project src/Nlp.Turkish.Cli -- train \
  --train "$datasets/milliyet-ner/train.conll" --train "$datasets/milliyet-ner/dev.conll" --train "$work/wiki-train.conll" \
  --train "$work/annotated-news.jsonl" --train "$work/annotated-news.jsonl" --train "$work/annotated-news.jsonl" \
  --train "$work/annotated-news.jsonl" \
  --out models/ner-tr.model ${TRAIN_OPTIONS:---epochs 10 --stage2-epochs 4 --no-early-stopping --runs 4 --min-weight 2 --margin 32 --entity-cost LOCATION=2,ORGANIZATION=2 --temperatures 45.25,45.25} --seed 1 \
  --gazetteers "$datasets/gazetteers" --cldr /usr/share/unicode/cldr/common --hunspell /usr/share/hunspell/tr_TR.dic \
  --word-vectors "$work/vectors.vec" --second-word-vectors "$work/suffix-profiles.vec"
sha256sum models/ner-tr.model
(cd models && rm -f ner-tr.model.zip && zip -X -9 ner-tr.model.zip ner-tr.model && rm ner-tr.model)

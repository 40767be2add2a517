#!/usr/bin/env bash
# Word vectors for the model's word clusters: the unlabeled news of ../shared (extract-corpus.py) tokenized and
# lowercased by nlp-tr, then fastText skipgram on one thread with a fixed seed, so that the same data gives the same
# vectors. Needs python3 and Debian's fasttext. About 15-20 minutes on one core (subword n-grams off: the clusters are of
# whole words, and n-grams make training several times slower). The corpus is extracted and tokenized every time (under
# a minute); fastText runs only when the tokenized corpus or its options differ from those the existing vectors were
# built from (a sha256 of both is kept in OUT_DIR/vectors.source), so a change to the tokenizer, the data or the options
# rebuilds them.
# Usage: models/build/word-vectors.sh DATASETS OUT_DIR   (writes OUT_DIR/corpus.txt, corpus.tok, vectors.vec, vectors.source)
set -euo pipefail
datasets="$1"
out="$2"
here="$(cd "$(dirname "$0")" && pwd)"
mkdir -p "$out"
command -v fasttext > /dev/null || { apt-get update -qq && apt-get install -y fasttext; }
python3 "$here/extract-corpus.py" "$datasets" > "$out/corpus.txt"
dotnet run -c Release --project "$here/../../src/Nlp.Turkish.Cli" -- tokenize "$out/corpus.txt" --format text --lower > "$out/corpus.tok"
options=(-dim 100 -epoch 5 -minCount 5 -maxn 0 -thread 1 -seed 1)
corpus_sum="$( (sha256sum < "$out/corpus.tok"; echo "${options[*]}") | sha256sum | cut -d' ' -f1)"
if [ -f "$out/vectors.vec" ] && [ "$(cat "$out/vectors.source" 2> /dev/null)" = "$corpus_sum" ]; then
  echo "word vectors: $out/vectors.vec were built from this corpus.tok and these options"
  exit 0
fi
rm -f "$out/vectors.source"
fasttext skipgram -input "$out/corpus.tok" -output "$out/vectors" "${options[@]}" > "$out/fasttext.log" 2>&1
rm -f "$out/vectors.bin"
echo "$corpus_sum" > "$out/vectors.source"
wc -lw "$out/corpus.tok"
head -1 "$out/vectors.vec"

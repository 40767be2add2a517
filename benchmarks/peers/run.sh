#!/usr/bin/env bash
# Side by side, in one run on one machine: Apache OpenNLP's name finder (Debian package `opennlp`, default
# settings, trained on the same Milliyet train+dev split) against nlp-tr with its shipped model. Both tag the same
# pre-tokenized input of about one million tokens (the test split repeated); both are scored on test.conll. nlp-tr
# runs on one thread and on every core (the outputs must be identical); OpenNLP's command tags on one thread. Each
# round times all three; the table gives the median of PEERS_RUNS rounds (default 3).
# Usage: [PEERS_RUNS=N] benchmarks/peers/run.sh [DATASETS_DIR]   (default: ../shared/datasets beside the repository)
set -euo pipefail
cd "$(dirname "$0")/../.."
datasets="${1:-${NLP_TURKISH_DATASETS:-../shared/datasets}}"
ner="$datasets/milliyet-ner"
[ -f "$ner/test.conll" ] || { echo "peers: $ner/test.conll not found" >&2; exit 1; }
command -v opennlp >/dev/null 2>&1 || { apt-get update -qq && apt-get install -y opennlp; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
here=benchmarks/peers

python3 "$here/conll2opennlp.py" "$ner/train.conll" "$ner/dev.conll" > "$work/train.txt"
python3 "$here/conll2opennlp.py" "$ner/test.conll" > "$work/test.txt"
copies=21   # 21 x 47,343 test tokens = 994,203 tokens
for _ in $(seq $copies); do python3 "$here/conll2opennlp.py" --plain "$ner/test.conll"; done > "$work/input.txt"
for _ in $(seq $copies); do cat "$ner/test.conll"; echo; done | cut -f1 > "$work/input.conll"
tokens=$(wc -w < "$work/input.txt")

echo "== OpenNLP $(opennlp 2>&1 | head -1 | cut -d' ' -f2): training on train+dev (default parameters)"
start=$(date +%s.%N)
opennlp TokenNameFinderTrainer -model "$work/opennlp-tr.bin" -lang tr -data "$work/train.txt" -encoding UTF-8 > "$work/train.log" 2>&1
echo "   trained in $(echo "$(date +%s.%N) - $start" | bc) s"
opennlp TokenNameFinderEvaluator -model "$work/opennlp-tr.bin" -data "$work/test.txt" -encoding UTF-8 > "$work/opennlp-eval.log" 2>&1
opennlp_f1=$(sed -nE 's/.*TOTAL:.*F1: +([0-9.]+)%.*/\1/p' "$work/opennlp-eval.log" | awk '{print $1 / 100}')

dotnet build -c Release src/Nlp.Turkish.Cli > /dev/null
nlp="dotnet src/Nlp.Turkish.Cli/bin/Release/net10.0/nlp-tr.dll"
ours_f1=$($nlp eval --gold "$ner/test.conll" | awk '/^overall/ {print $4 / 100}')

# Warm the file cache, then time each tool on the same tokens; each time includes start-up and model load. The
# machine's speed moves between runs, so each tool runs PEERS_RUNS times (default 3), interleaved, and the table
# gives the median time of each; the ratios of each round are printed too.
cat "$work/input.txt" "$work/input.conll" > /dev/null
runs="${PEERS_RUNS:-3}"
elapsed() { local start; start=$(date +%s.%N); "$@"; echo "$(date +%s.%N) - $start" | bc; }
median() { printf '%s\n' "$@" | sort -g | awk '{v[NR] = $1} END {print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2}'; }
opennlp_times=(); ours_times=(); ours_all_times=()
for round in $(seq "$runs"); do
  o=$(elapsed sh -c "opennlp TokenNameFinder '$work/opennlp-tr.bin' < '$work/input.txt' > '$work/opennlp.out' 2> '$work/opennlp-tag.log'")
  a=$(elapsed sh -c "$nlp tag --conll '$work/input.conll' --threads 1 > '$work/ours.out'")
  b=$(elapsed sh -c "$nlp tag --conll '$work/input.conll' > '$work/ours-all.out'")
  cmp -s "$work/ours.out" "$work/ours-all.out" || { echo "peers: one-thread and all-core outputs differ" >&2; exit 1; }
  printf 'round %d: OpenNLP %.2f s, nlp-tr %.2f s on 1 thread (%.1fx), %.2f s on %d threads (%.1fx)\n' \
    "$round" "$o" "$a" "$(echo "$o / $a" | bc -l)" "$b" "$(nproc)" "$(echo "$o / $b" | bc -l)"
  opennlp_times+=("$o"); ours_times+=("$a"); ours_all_times+=("$b")
done
opennlp_s=$(median "${opennlp_times[@]}")
ours_s=$(median "${ours_times[@]}")
ours_all_s=$(median "${ours_all_times[@]}")

printf '\n%-34s %10s %14s %10s\n' "system ($tokens tokens, $(nproc) cores)" "test F1" "tokens/s" "seconds"
printf '%-34s %10.4f %14.0f %10.2f\n' "OpenNLP name finder (maxent)" "$opennlp_f1" "$(echo "$tokens / $opennlp_s" | bc -l)" "$opennlp_s"
printf '%-34s %10.4f %14.0f %10.2f\n' "nlp-tr, 1 thread" "$ours_f1" "$(echo "$tokens / $ours_s" | bc -l)" "$ours_s"
printf '%-34s %10.4f %14.0f %10.2f\n' "nlp-tr, $(nproc) threads" "$ours_f1" "$(echo "$tokens / $ours_all_s" | bc -l)" "$ours_all_s"
printf 'speed ratio nlp-tr / OpenNLP (median times of %d rounds): %.1fx on 1 thread, %.1fx on %d threads\n' \
  "$runs" "$(echo "$opennlp_s / $ours_s" | bc -l)" "$(echo "$opennlp_s / $ours_all_s" | bc -l)" "$(nproc)"

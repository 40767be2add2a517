#!/usr/bin/env bash
# Mutation testing of the core with Stryker.NET (the version pinned in .config/dotnet-tools.json): Text/,
# Tokenization/, Entities/Decoding/ (labels, BILOU rules, transitions, Viterbi, forward-backward, mention building, IOB2 tags), Evaluation/ (stryker-core.json), then the ML.NET
# mapping (stryker-ml.json). Slow tests leave themselves out (SkipInMutationRun). Reports go to OUT (default
# ./StrykerOutput): mutation-report.html per project, and a summary line each on stdout.
# Usage: bash tests/mutation/run.sh [OUT] [extra stryker arguments, e.g. --mutate "**/Text/*.cs"]
set -euo pipefail
cd "$(dirname "$0")"
out="$(realpath -m "${1:-StrykerOutput}")"
shift || true
dotnet tool restore > /dev/null
export NLP_TURKISH_MUTATION_RUN=1
for config in stryker-core.json stryker-ml.json; do
  name="${config%.json}"
  dotnet stryker --config-file "$config" --solution ../../Nlp.sln --output "$out/$name" "$@" | tee "$out-$name.log" | grep -E "final mutation score|mutants created|total mutants will be tested" || true
done

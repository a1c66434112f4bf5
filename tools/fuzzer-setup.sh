#!/usr/bin/env bash
# Installs the GraphQL fuzzer (schemathesis, from PyPI) into .cache/fuzzer for the reliability suite. Once.
set -euo pipefail
cd "$(dirname "$0")/.."
version=4.32.5
if [ -x .cache/fuzzer/bin/st ] && .cache/fuzzer/bin/st --version 2>/dev/null | grep -q "$version"; then
  exit 0
fi
echo "installing schemathesis $version into .cache/fuzzer"
rm -rf .cache/fuzzer
python3 -m venv .cache/fuzzer
.cache/fuzzer/bin/pip install --quiet --disable-pip-version-check "schemathesis==$version"

#!/usr/bin/env bash
# Optional: puts the current pip's wheel from Debian's unstable suite into /usr/share/python-wheels,
# where the differential tests look for the newest pip (`__tests__/helpers/pip.ts`). Needs root and
# Debian's package archive; changes nothing else on the machine.
set -euo pipefail
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
printf 'Types: deb\nURIs: http://deb.debian.org/debian\nSuites: sid\nComponents: main\n' >"$work/sid.sources"
mkdir -p "$work/lists/partial" "$work/cache/archives/partial"
opts=(-o "Dir::Etc::sourcelist=$work/sid.sources" -o Dir::Etc::sourceparts=/dev/null
      -o "Dir::State::Lists=$work/lists" -o "Dir::Cache=$work/cache" -o Dir::State::status=/dev/null)
apt-get "${opts[@]}" update -qq
(cd "$work" && apt-get "${opts[@]}" download python3-pip-whl)
dpkg-deb -x "$work"/python3-pip-whl_*.deb "$work/x"
mkdir -p /usr/share/python-wheels
cp "$work"/x/usr/share/python-wheels/pip-*.whl /usr/share/python-wheels/
ls /usr/share/python-wheels/pip-*.whl

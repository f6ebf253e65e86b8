#!/bin/bash
# Where the lint gate's time goes around its longest check: from the gate's start to mypy's start,
# mypy's own run, and from mypy's end to the gate's exit, on the lint bench's 133-file service repo
# (generated here) with its four checks (flake8, mypy, bandit, yamllint), in the runner-like
# environment (no NODE_EXTRA_CA_CERTS). A wrapper stamps mypy's start and end; mypy alone is
# timed the same way between gate runs. Usage: bench/lint/timeline.sh [runs]   (needs dist/ built)
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
CLI=$ROOT/dist/shipline/cli.mjs
W=$(mktemp -d)
trap 'rm -rf "$W"' EXIT
mkdir -p "$W/svc/app" "$W/svc/deploy" "$W/bin"
cd "$W/svc"
printf '[mypy]\n' > mypy.ini
printf '.mypy_cache/\n' > .gitignore
for i in $(seq 0 119); do
  printf 'import os\nimport subprocess\n\n\ndef f%d(x: int) -> int:\n    y = os.path.join("a", str(x))\n    return len(y) + subprocess.call(["true"])\n' "$i" > "app/m$i.py"
done
for i in $(seq 0 9); do printf 'name: svc%d\nreplicas: %d\nports: [80, 443]\n' "$i" "$i" > "deploy/k$i.yml"; done
git init -q -b main && git add -A && git -c user.email=b@e -c user.name=b commit -qm base
MYPY=$(command -v mypy)
cat > "$W/bin/mypy" <<W
#!/bin/sh
echo "start \$(date +%s%N)" >> "$W/stamps"
"$MYPY" "\$@"; rc=\$?
echo "end \$(date +%s%N)" >> "$W/stamps"
exit \$rc
W
chmod +x "$W/bin/mypy"
ARGS=(--cache-dir=/dev/null --show-column-numbers --no-error-summary --no-color-output .)
CHECKS="- name: flake8
  run: flake8
  files: ['**/*.py']
  format: gcc
- name: mypy
  run: $W/bin/mypy ${ARGS[*]}
  files: ['**/*.py']
  pass-files: false
  format: gcc
- name: bandit
  run: bandit --format json --quiet
  files: ['**/*.py']
  format: bandit-json
- name: yamllint
  run: yamllint --format parsable
  files: ['**/*.yml']
  format: gcc
"
ms() { echo $(( ($1 - $2) / 1000000 )); }
for _ in $(seq 1 "${1:-8}"); do
  rm -f "$W/stamps"
  "$W/bin/mypy" "${ARGS[@]}" > /dev/null || true
  alone=$(ms "$(awk '/end/{print $2}' "$W/stamps")" "$(awk '/start/{print $2}' "$W/stamps")")
  rm -f "$W/stamps"
  t0=$(date +%s%N)
  env -u NODE_EXTRA_CA_CERTS node "$CLI" lint --all "--checks=$CHECKS" > /dev/null 2>&1 || true
  t1=$(date +%s%N)
  s=$(awk '/start/{print $2}' "$W/stamps"); e=$(awk '/end/{print $2}' "$W/stamps")
  echo "mypy alone $alone ms | gate $(ms "$t1" "$t0") ms: start → mypy $(ms "$s" "$t0"), mypy $(ms "$e" "$s"), mypy's end → exit $(ms "$t1" "$e")"
done

#!/usr/bin/env bash
# Start a Docker engine and an htpasswd-protected registry on 127.0.0.1 for the integration
# tests. Idempotent: safe to run when they are already up. Needs root and no stdin.
# Tests find the engine through DOCKER_HOST (default socket) and the registry through
# /var/lib/shipline-registry/registry.json (override the folder with SHIPLINE_REGISTRY_DIR):
#   {"address":"127.0.0.1:5000","username":"shipline","password":"..."}
# (the same values as shell variables in registry.env beside it).
set -euo pipefail
cd "$(dirname "$0")/.."

# The storage driver: overlay2 (what GitHub's runners use) where the kernel and the file system
# under the data root allow it, else vfs, which works anywhere but copies every layer for every
# container: a classic build of a 2 MB FROM scratch image with six labels takes ~8 s on vfs and
# ~2.2 s on overlay2 here. SHIPLINE_DOCKER_STORAGE=vfs forces vfs. Each driver has its own data root:
# BuildKit's cache records refer to one driver's snapshots.
start_dockerd() {
  nohup dockerd --storage-driver="$1" --iptables=false --ip6tables=false --bridge=none \
    --data-root "/var/lib/shipline-docker-$1" >/var/log/shipline-dockerd.log 2>&1 </dev/null &
  local pid=$!
  for _ in $(seq 1 60); do
    docker info >/dev/null 2>&1 && return 0
    kill -0 "$pid" 2>/dev/null || return 1 # it exited: the driver is not supported here
    sleep 1
  done
  return 1
}
if ! docker info >/dev/null 2>&1; then
  mkdir -p /var/log
  started=""
  for driver in ${SHIPLINE_DOCKER_STORAGE:-overlay2 vfs}; do
    if start_dockerd "$driver"; then started=$driver; break; fi
    echo "dockerd with the $driver storage driver did not start: $(tail -1 /var/log/shipline-dockerd.log)" >&2
    pkill -x dockerd 2>/dev/null || true
    for _ in $(seq 1 20); do pgrep -x dockerd >/dev/null || break; sleep 0.5; done
  done
  [[ -n "$started" ]] || { echo "dockerd did not start:" >&2; tail -20 /var/log/shipline-dockerd.log >&2; exit 1; }
fi
echo "docker engine: $(docker version --format '{{.Server.Version}}'), storage driver $(docker info --format '{{.Driver}}')"

# --- registry (Debian docker-registry, distribution 2.x) with htpasswd auth ---------------
REG_DIR="${SHIPLINE_REGISTRY_DIR:-/var/lib/shipline-registry}"
REG_PORT="${SHIPLINE_REGISTRY_PORT:-5000}"
REG_ADDR="127.0.0.1:${REG_PORT}"
REG_USER=shipline
mkdir -p "$REG_DIR/data"

# HTTP status of GET /v2/ (optionally with basic auth), through bash's /dev/tcp so a fresh
# machine needs no curl; 000 when nothing answers. /v2/ answers 401 without credentials.
http_code() {
  local auth="" line
  [[ $# -gt 0 ]] && auth="Authorization: Basic $(printf '%s' "$1" | base64 -w0)"$'\r\n'
  { exec 3<>"/dev/tcp/127.0.0.1/${REG_PORT}"; } 2>/dev/null || { echo 000; return; }
  printf 'GET /v2/ HTTP/1.0\r\nHost: %s\r\n%sConnection: close\r\n\r\n' "$REG_ADDR" "$auth" >&3
  line=""
  read -r -t 3 line <&3 || true
  exec 3<&- 3>&-
  line=${line#HTTP/* }
  echo "${line:0:3}" | grep -E '^[0-9]{3}$' || echo 000
}
registry_status() { http_code; }

# The password is made once and kept, so re-runs (and a registry already running) agree.
if [[ ! -s "$REG_DIR/password" ]]; then
  (umask 077; head -c 24 /dev/urandom | base64 | tr -d '/+=\n' | head -c 24 >"$REG_DIR/password")
fi
REG_PASS=$(cat "$REG_DIR/password")
if [[ ! -s "$REG_DIR/htpasswd" ]] || ! htpasswd -vb "$REG_DIR/htpasswd" "$REG_USER" "$REG_PASS" >/dev/null 2>&1; then
  htpasswd -Bbn "$REG_USER" "$REG_PASS" >"$REG_DIR/htpasswd.new"
  mv "$REG_DIR/htpasswd.new" "$REG_DIR/htpasswd"
fi

cat >"$REG_DIR/config.yml.new" <<EOF
version: 0.1
log:
  level: warn
  fields:
    service: shipline-registry
storage:
  filesystem:
    rootdirectory: $REG_DIR/data
  delete:
    enabled: true
http:
  addr: $REG_ADDR
  headers:
    X-Content-Type-Options: [nosniff]
auth:
  htpasswd:
    realm: shipline-registry
    path: $REG_DIR/htpasswd
EOF
mv "$REG_DIR/config.yml.new" "$REG_DIR/config.yml"

status=$(registry_status)
if [[ "$status" != 401 ]]; then
  if [[ "$status" != 000 ]]; then
    echo "something else answers on $REG_ADDR (HTTP $status): stop it or set SHIPLINE_REGISTRY_PORT" >&2
    exit 1
  fi
  nohup docker-registry serve "$REG_DIR/config.yml" >/var/log/shipline-registry.log 2>&1 </dev/null &
  for _ in $(seq 1 30); do [[ "$(registry_status)" == 401 ]] && break; sleep 0.5; done
  [[ "$(registry_status)" == 401 ]] || { echo "docker-registry did not start:" >&2; tail -20 /var/log/shipline-registry.log >&2; exit 1; }
fi
# Prove the credentials work before telling the tests about them.
code=$(http_code "$REG_USER:$REG_PASS")
[[ "$code" == 200 ]] || { echo "registry on $REG_ADDR rejects the test credentials (HTTP $code)" >&2; exit 1; }

printf '{"address":"%s","username":"%s","password":"%s"}\n' "$REG_ADDR" "$REG_USER" "$REG_PASS" >"$REG_DIR/registry.json.new"
mv "$REG_DIR/registry.json.new" "$REG_DIR/registry.json"
printf 'SHIPLINE_REGISTRY=%s\nSHIPLINE_REGISTRY_USER=%s\nSHIPLINE_REGISTRY_PASSWORD=%s\n' "$REG_ADDR" "$REG_USER" "$REG_PASS" >"$REG_DIR/registry.env"
echo "registry: http://$REG_ADDR (htpasswd user $REG_USER; details in $REG_DIR/registry.json)"

#!/usr/bin/env bash
# Start a Docker engine and an htpasswd-protected registry on 127.0.0.1 for the integration
# tests. Idempotent: safe to run when they are already up. Exports nothing; tests find them
# through DOCKER_HOST (default socket) and SHIPLINE_REGISTRY (written to .ci/registry.env).
set -euo pipefail
cd "$(dirname "$0")/.."

if ! docker info >/dev/null 2>&1; then
  mkdir -p /var/lib/shipline-docker /var/log
  nohup dockerd --storage-driver=vfs --iptables=false --ip6tables=false --bridge=none \
    --data-root /var/lib/shipline-docker >/var/log/shipline-dockerd.log 2>&1 &
  for _ in $(seq 1 60); do docker info >/dev/null 2>&1 && break; sleep 1; done
  docker info >/dev/null 2>&1 || { echo "dockerd did not start:" >&2; tail -20 /var/log/shipline-dockerd.log >&2; exit 1; }
fi
echo "docker engine: $(docker version --format '{{.Server.Version}}')"

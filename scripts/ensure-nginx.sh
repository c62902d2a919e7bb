#!/usr/bin/env bash
# Several-process tests and `make run REPLICAS=…` need Debian's nginx. Install it when absent.
set -euo pipefail
if [ -x /usr/sbin/nginx ] || command -v nginx >/dev/null 2>&1; then exit 0; fi
SUDO=""
if [ "$(id -u)" != "0" ]; then SUDO="sudo"; fi
echo "Installing nginx for the several-process tests (apt-get)…"
$SUDO apt-get update -qq
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq nginx >/dev/null
test -x /usr/sbin/nginx || command -v nginx

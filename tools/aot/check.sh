#!/usr/bin/env bash
# The Native AOT build, checked: publishes the bot as README shows (warnings are errors; each trim or AOT warning listed
# on its own, not folded into one IL2104 per assembly), then runs the end-to-end facts about the published executable
# (tests/NewsBot.EndToEnd.Tests/Aot: RSS and Atom through `inspect`, the no-token sandbox run in Gateway and Http mode,
# a standalone sandbox over the gateway and as signed HTTP interactions).
# Usage: tools/aot/check.sh [--deploy] [output folder]   (default: a temporary folder, removed afterwards)
# --deploy publishes the deployable build instead (-p:NewsBotDeploy=true: no embedded sandbox, the small idle process of
# deploy/); the facts about the no-token run are skipped then and the one about a start without a token runs instead.
set -euo pipefail
cd "$(dirname "$0")/../.."

# The native link needs a C toolchain and zlib's headers (Debian: clang or gcc, zlib1g-dev).
if command -v dpkg >/dev/null 2>&1 && ! dpkg -s zlib1g-dev >/dev/null 2>&1; then
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq zlib1g-dev >/dev/null
fi

deploy=false
if [ "${1:-}" = "--deploy" ]; then
  deploy=true
  shift
fi
out=${1:-}
if [ -z "$out" ]; then
  out=$(mktemp -d -t newsbot-aot-XXXXXX)
  trap 'rm -rf "$out"' EXIT
fi

start=$(date +%s)
dotnet publish src/NewsBot -c Release -r linux-x64 -p:PublishAot=true -p:NewsBotDeploy=$deploy -p:TrimmerSingleWarn=false -o "$out"
echo "aot: published $out/NewsBot ($(du -m "$out/NewsBot" | cut -f1) MB) in $(( $(date +%s) - start )) s"

NEWSBOT_AOT_BUILD=$([ "$deploy" = true ] && echo deploy || echo normal) NEWSBOT_AOT_BINARY="$out/NewsBot" dotnet test tests/NewsBot.EndToEnd.Tests --filter "FullyQualifiedName~NewsBot.EndToEnd.Tests.Aot"

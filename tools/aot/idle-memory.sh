#!/usr/bin/env bash
# Idle memory of the Native AOT executable, run as deploy/ runs it: publishes the deployable build (-p:NewsBotDeploy=true,
# no embedded sandbox) into the folder unless an executable is already there, starts a standalone sandbox with a token,
# starts the executable against it with deploy/newsbot.env.example's settings (the operations port on a free port,
# SQLite in a temporary folder), waits for its gateway session, has it answer /help in English and /summary in German,
# lets it idle, then prints its resident memory (smaps_rollup) and the breakdown by mapping (smaps).
# Usage: tools/aot/idle-memory.sh FOLDER [idle seconds, default 30]
set -euo pipefail
cd "$(dirname "$0")/../.."
repo=$PWD

out=${1:?usage: tools/aot/idle-memory.sh FOLDER [idle seconds]}
idle=${2:-30}
mkdir -p "$out"
out=$(cd "$out" && pwd)
if [ ! -x "$out/NewsBot" ]; then
  start=$(date +%s)
  dotnet publish src/NewsBot -c Release -r linux-x64 -p:PublishAot=true -p:NewsBotDeploy=true -p:TrimmerSingleWarn=false -o "$out"
  echo "idle-memory: published $out/NewsBot in $(( $(date +%s) - start )) s"
fi

work=$(mktemp -d -t newsbot-idle-XXXXXX)
pids=()
cleanup() {
  for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
  wait 2>/dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT

free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'; }

# NEWSBOT_SANDBOX_DLL: a sandbox built before (dotnet build -c Release src/NewsBot.Sandbox -o FOLDER), e.g. to measure
# while a publish runs (a build of the sandbox beside the publish would restore its project under it).
sandbox_dll=${NEWSBOT_SANDBOX_DLL:-}
if [ -z "$sandbox_dll" ]; then
  dotnet build -c Release src/NewsBot.Sandbox -o "$work/sandbox" -v q -nologo >/dev/null
  sandbox_dll="$work/sandbox/NewsBot.Sandbox.dll"
fi
port=$(free_port)
sandbox="http://127.0.0.1:$port"
dotnet exec "$sandbox_dll" --port "$port" --token idle-token >"$work/sandbox.log" 2>&1 &
pids+=($!)
until curl -sf "$sandbox/_sandbox/sessions" >/dev/null; do sleep 0.5; done

# The deployment's folder: the executable, its native libraries and config/; the settings of the environment file.
mkdir -p "$work/opt"
cp "$out/NewsBot" "$out"/*.so "$work/opt/"
cp -r config "$work/opt/"
ops=$(free_port)
(
  cd "$work/opt"
  set -a
  # shellcheck disable=SC1091
  . <(grep -E '^[A-Za-z_][A-Za-z0-9_]*=' "$repo/deploy/newsbot.env.example")
  DOTNET_ENVIRONMENT=Production
  Discord__Token=idle-token
  Discord__RestBaseUrl=$sandbox/api
  Storage__SqlitePath=$work/newsbot.db
  Operations__ListenUrl=http://127.0.0.1:$ops
  set +a
  exec ./NewsBot >"$work/bot.log" 2>&1
) &
bot=$!
pids+=($bot)

deadline=$(( $(date +%s) + 120 ))
until curl -sf "$sandbox/_sandbox/sessions" | jq -e 'any(.[]; .connected)' >/dev/null; do
  if [ "$(date +%s)" -gt "$deadline" ] || ! kill -0 "$bot" 2>/dev/null; then
    echo "idle-memory: the bot did not connect:"; tail -20 "$work/bot.log"; exit 1
  fi
  sleep 0.5
done
until curl -sf "http://127.0.0.1:$ops/readyz" >/dev/null; do sleep 0.5; done
ask() {
  local status
  status=$(curl -s -o "$work/reply.json" -w '%{http_code}' -H 'Content-Type: application/json' \
    -d "{\"locale\":\"$1\",\"data\":{\"name\":\"$2\"}}" "$sandbox/_sandbox/interactions")
  echo "idle-memory: /$2 ($1): HTTP $status, callback type $(jq -r '.callback.type // "none"' "$work/reply.json")"
}
ask en-US help
ask de summary
curl -sf "http://127.0.0.1:$ops/metrics" >/dev/null && echo "idle-memory: /metrics scraped"
echo "idle-memory: idling $idle s (load average $(cut -d' ' -f1-3 /proc/loadavg))"
sleep "$idle"

echo "idle-memory: $out/NewsBot ($(du -m "$out/NewsBot" | cut -f1) MB file), $(ls /proc/$bot/task | wc -l) threads, load average $(cut -d' ' -f1-3 /proc/loadavg)"
grep -E '^(Rss|Pss|Pss_Anon|Pss_File|Private_Clean|Private_Dirty|Shared_Clean|Anonymous|Swap):' "/proc/$bot/smaps_rollup" |
  awk '{ printf "  %-14s %7.1f MB\n", $1, $2 / 1024 }'
# Resident memory by mapping, grouped: the executable, ICU, OpenSSL, other libraries, anonymous (GC heap, stacks, malloc).
awk -v exe="$work/opt/NewsBot" '
  /^[0-9a-f]+-[0-9a-f]+ / {
    path = $6
    if (path == exe) group = "executable"
    else if (path ~ /libicu/) group = "ICU"
    else if (path ~ /libssl|libcrypto/) group = "OpenSSL"
    else if (path ~ /libe_sqlite3/) group = "SQLite"
    else if (path ~ /libsodium/) group = "libsodium"
    else if (path ~ /\.so/) group = "other libraries"
    else if (path == "[stack]") group = "main stack"
    else if (path == "" || path == "[heap]") group = "anonymous"
    else group = "other (" path ")"
    next
  }
  /^Rss:/ { rss[group] += $2 }
  /^Private_Dirty:/ { dirty[group] += $2 }
  END {
    for (g in rss) if (rss[g] > 0) printf "  %8.1f MB resident, %6.1f MB of it private dirty: %s\n", rss[g] / 1024, dirty[g] / 1024, g
  }' "/proc/$bot/smaps" | sort -rn
echo "  largest mappings:"
awk '/^[0-9a-f]+-[0-9a-f]+ / { header = $1 " " $2 " " $6; next }
  /^Rss:/ { if ($2 >= 512) printf "  %8.1f MB  %s\n", $2 / 1024, header }' "/proc/$bot/smaps" | sort -rn | head -12
# What a command after the quiet spell reads back in (code and data released while idle).
ask en-US help
sleep 5
echo "idle-memory: 5 s after that command: $(awk '/^Rss:/ { printf "%.1f MB resident", $2 / 1024 }' "/proc/$bot/smaps_rollup")"

#!/usr/bin/env bash
# Report-ingestion benchmark: publishes the server and the load generator (Release), starts `patchwarden serve` on a
# fresh SQLite data folder or a throwaway PostgreSQL cluster (fsync on), runs the load generator in its own process,
# and stops everything it started. Extra arguments go to the load generator (e.g. --concurrency 16 --reports 5000).
#
#   bench/Patchwarden.IngestionLoad/run.sh sqlite
#   bench/Patchwarden.IngestionLoad/run.sh postgres --concurrency 16
set -euo pipefail

engine="${1:-sqlite}"
shift || true
repo="$(cd "$(dirname "$0")/../.." && pwd)"
work="$(mktemp -d /tmp/pw-ingestion-bench-XXXXXX)"
chmod 755 "$work" # PostgreSQL runs as the postgres user and must reach its folder inside.
server_pid=""
pg_bin=""

cleanup() {
  [[ -n "$server_pid" ]] && kill "$server_pid" 2>/dev/null && wait "$server_pid" 2>/dev/null || true
  if [[ -n "$pg_bin" ]]; then
    runuser -u postgres -- "$pg_bin/pg_ctl" -D "$work/pg/data" -m immediate -w stop >/dev/null 2>&1 || true
  fi
  rm -rf "$work"
}
trap cleanup EXIT

free_port() {
  local port
  for port in $(seq "$1" $(( $1 + 200 ))); do
    if [[ -z "$(ss -Hltn "sport = :$port")" ]]; then echo "$port"; return; fi
  done
  echo "no free port from $1" >&2; exit 1
}

# Builds go to the work folder, never into the source tree (other builds may be running there).
dotnet publish "$repo/src/Patchwarden.Server" -c Release -o "$work/server" --artifacts-path "$work/artifacts" --nologo -v quiet
dotnet publish "$repo/bench/Patchwarden.IngestionLoad" -c Release -o "$work/load" --artifacts-path "$work/artifacts" --nologo -v quiet

store_args=()
if [[ "$engine" == "postgres" ]]; then
  pg_bin="$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)"
  pg_port="$(free_port 55432)"
  mkdir -p "$work/pg" && chown postgres "$work/pg"
  runuser -u postgres -- "$pg_bin/initdb" -D "$work/pg/data" -U postgres -A trust -E UTF8 --locale=C.UTF-8 >/dev/null
  runuser -u postgres -- "$pg_bin/pg_ctl" -D "$work/pg/data" -l "$work/pg/server.log" -w -t 30 \
    -o "-p $pg_port -k $work/pg -c listen_addresses=127.0.0.1" start >/dev/null
  createdb -h 127.0.0.1 -p "$pg_port" -U postgres patchwarden
  store_args=(--store postgres --connection-string "Host=127.0.0.1;Port=$pg_port;Username=postgres;Database=patchwarden")
elif [[ "$engine" != "sqlite" ]]; then
  echo "usage: $0 sqlite|postgres [load generator options]" >&2; exit 2
fi

port="$(free_port 5190)"
PATCHWARDEN_Agents__RegistrationPermitLimit=1000000 PATCHWARDEN_Logging__LogLevel__Default=Warning \
  dotnet "$work/server/patchwarden.dll" serve --data-dir "$work/data" --urls "http://127.0.0.1:$port" "${store_args[@]}" \
  >"$work/server.log" 2>&1 &
server_pid=$!
for _ in $(seq 1 100); do
  [[ -s "$work/data/admin.token" ]] && curl -fsS "http://127.0.0.1:$port/healthz" >/dev/null 2>&1 && break
  sleep 0.2
done

echo "engine: $engine; $(nproc) cores; load average $(cut -d' ' -f1-3 /proc/loadavg)"
dotnet "$work/load/patchwarden-ingestion-load.dll" --server "http://127.0.0.1:$port" --token-file "$work/data/admin.token" "$@"
server_cpu=$(awk '{print ($14 + $15) / 100}' "/proc/$server_pid/stat")
echo "server process CPU time: ${server_cpu} s; load average afterwards $(cut -d' ' -f1-3 /proc/loadavg)"

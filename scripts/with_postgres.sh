#!/usr/bin/env bash
# Run a command with a throwaway PostgreSQL server on loopback, then stop and delete the server.
#
#   scripts/with_postgres.sh .venv/bin/python -m pytest -q
#
# The command sees NEWSGRAPH_TEST_PG_URL=postgresql+psycopg://postgres@127.0.0.1:PORT/newsgraph_test.
# The server's binaries come from Debian's PostgreSQL (any version under /usr/lib/postgresql, 15 on
# our machines); when none is installed, `apt-get install -y postgresql` installs it (CI runs on a
# fresh machine). Running as root, the server runs as the `postgres` user, since initdb refuses root.
# Set NEWSGRAPH_NO_PG=1 to run the command without a server (the PostgreSQL tests then skip).
set -euo pipefail

if [[ "${NEWSGRAPH_NO_PG:-}" == "1" ]]; then
  exec "$@"
fi

find_bindir() {
  local d
  for d in $(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V -r); do
    if [[ -x "$d/initdb" && -x "$d/pg_ctl" ]]; then echo "$d"; return 0; fi
  done
  return 1
}

BINDIR="$(find_bindir || true)"
if [[ -z "$BINDIR" ]]; then
  echo "with_postgres: no PostgreSQL server binaries; installing Debian's postgresql" >&2
  SUDO=""
  if [[ "$(id -u)" != "0" ]]; then SUDO="sudo"; fi
  $SUDO apt-get update -qq >&2
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq postgresql >&2
  BINDIR="$(find_bindir)"
fi

RUN_AS=()
if [[ "$(id -u)" == "0" ]]; then
  id postgres >/dev/null 2>&1 || useradd --system --no-create-home postgres
  if command -v runuser >/dev/null; then RUN_AS=(runuser -u postgres --); else RUN_AS=(su postgres -s /bin/sh -c); fi
fi
as_pg() {
  if [[ ${#RUN_AS[@]} -eq 0 ]]; then "$@";
  elif [[ "${RUN_AS[0]}" == "runuser" ]]; then "${RUN_AS[@]}" "$@";
  else "${RUN_AS[@]}" "$(printf '%q ' "$@")"; fi
}

TMP="$(mktemp -d /tmp/newsgraph-pg.XXXXXX)"
chmod 755 "$TMP"
[[ "$(id -u)" == "0" ]] && chown postgres "$TMP"
PORT="$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()')"

cleanup() {
  as_pg "$BINDIR/pg_ctl" -D "$TMP/data" -m immediate stop >/dev/null 2>&1 || true
  rm -rf "$TMP"
}
trap cleanup EXIT INT TERM

as_pg "$BINDIR/initdb" -D "$TMP/data" -U postgres -A trust -E UTF8 --locale=C.UTF-8 >"$TMP/initdb.log" 2>&1 \
  || as_pg "$BINDIR/initdb" -D "$TMP/data" -U postgres -A trust -E UTF8 --no-locale >"$TMP/initdb.log" 2>&1 \
  || { cat "$TMP/initdb.log" >&2; exit 1; }
# fsync off: a throwaway test server need not survive a power loss
as_pg "$BINDIR/pg_ctl" -D "$TMP/data" -l "$TMP/server.log" -w -t 60 \
  -o "-p $PORT -k $TMP -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off" \
  start >/dev/null || { cat "$TMP/server.log" >&2; exit 1; }
as_pg "$BINDIR/createdb" -h 127.0.0.1 -p "$PORT" -U postgres newsgraph_test

export NEWSGRAPH_TEST_PG_URL="postgresql+psycopg://postgres@127.0.0.1:$PORT/newsgraph_test"
echo "with_postgres: PostgreSQL $("$BINDIR/pg_ctl" --version | awk '{print $3}') at $NEWSGRAPH_TEST_PG_URL" >&2
set +e
"$@"
rc=$?
set -e
exit $rc

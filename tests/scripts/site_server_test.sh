#!/usr/bin/env bash
# Issue 16: scripts/site-server against a throwaway folder on loopback. Sets a site's server up in a
# temporary folder (its own cluster, a free port on 127.0.0.1), then checks what it printed, TLS with
# the pinned certificate, that connections without TLS or with a wrong password are refused, SCRAM, the
# nightly dump and its clean-up, a restore, that a second run changes nothing, and password and
# certificate rotation. Stops the server and removes the folder at the end, also on failure.
#   tests/scripts/site_server_test.sh SOURCE_DIR
# Runs as an ordinary user or as root (then the server runs as the postgres user).
set -euo pipefail
src=$(cd "${1:?usage: $0 SOURCE_DIR}" && pwd)
site=$src/scripts/site-server
bin=/usr/lib/postgresql/15/bin
started=$SECONDS

fail() { echo "FAIL: $*" >&2; exit 1; }
ok() { echo "ok ($((SECONDS - started)) s): $*"; }
skip() { echo "SKIP: $*"; exit 77; } # CTest counts 77 as skipped (SKIP_RETURN_CODE)
[ -x "$bin/postgres" ] || skip "PostgreSQL 15 is not installed ($bin): scripts/deps test installs it"
command -v openssl >/dev/null || skip "openssl is not installed"

is_root() { [ "$(id -u)" = 0 ]; }
if is_root; then admin=postgres; else admin=$(id -un); fi

dir=$(mktemp -d /tmp/frontdesk-site.XXXXXX)
if is_root; then chown postgres:postgres "$dir"; fi
chmod 700 "$dir"
cleanup() {
    "$site" stop --dir "$dir" >/dev/null 2>&1 || true
    rm -rf "$dir"
}
trap cleanup EXIT

port=56000
while (echo >/dev/tcp/127.0.0.1/$port) 2>/dev/null; do port=$((port + 1)); done

# No password from a file of this user's, no other server from the environment.
unset PGHOST PGHOSTADDR PGPORT PGUSER PGDATABASE PGPASSWORD PGSERVICE PGSSLMODE PGSSLROOTCERT
export PGPASSFILE=$dir/no-pgpass PGCONNECT_TIMEOUT=5

keep=7
args=(--dir "$dir" --port "$port" --listen 127.0.0.1 --hostname localhost --keep-days "$keep")
cert=$dir/server.crt

# As the role over TCP: $1 = password, $2 = sslmode and further options, then psql's arguments.
as_role() {
    local password=$1 options=$2
    shift 2
    PGPASSWORD=$password "$bin/psql" -X -q -A -t -v ON_ERROR_STOP=1 \
        "host=127.0.0.1 port=$port dbname=frontdesk user=frontdesk $options" "$@"
}
# As the cluster's superuser over the Unix socket in the folder.
as_admin() {
    if is_root; then
        (cd / && runuser -u postgres -- "$bin/psql" -X -q -A -t -v ON_ERROR_STOP=1 -h "$dir" -p "$port" -U "$admin" "$@")
    else
        "$bin/psql" -X -q -A -t -v ON_ERROR_STOP=1 -h "$dir" -p "$port" -U "$admin" "$@"
    fi
}
checksums() {
    (cd "$dir" && sha256sum data/postgresql.conf data/conf.d/frontdesk.conf data/pg_hba.conf crontab backup site.conf \
        server.crt server.key frontdesk.password)
}
printed() { sed -n "s/^$1: //p" <<<"$2"; }
openssl_fingerprint() { openssl x509 -noout -fingerprint -sha256 -in "$cert" | sed 's/^[^=]*=//'; }
verify_ca="sslmode=verify-ca sslrootcert=$cert"

# ---- the first run
out=$("$site" setup "${args[@]}" 2>&1) || fail "setup exited with $?:"$'\n'"$out"
ok "setup ran (port $port, folder $dir)"

# 1. What it printed: the address (no password in it), the fingerprint as openssl prints it, the commands.
[ "$(printed Address "$out")" = "postgresql://frontdesk@localhost:$port/frontdesk" ] ||
    fail "the address line is not postgresql://frontdesk@localhost:$port/frontdesk:"$'\n'"$out"
fingerprint=$(printed 'Fingerprint (SHA-256)' "$out")
[[ $fingerprint =~ ^([0-9A-F]{2}:){31}[0-9A-F]{2}$ ]] || fail "no 'Fingerprint (SHA-256): AB:CD:…' line:"$'\n'"$out"
[ "$fingerprint" = "$(openssl_fingerprint)" ] ||
    fail "the printed fingerprint $fingerprint is not the certificate's ($(openssl_fingerprint))"
grep -q "^Backup command: $dir/backup frontdesk $keep$" <<<"$out" || fail "no backup command printed:"$'\n'"$out"
grep -q "^Restore command: .*/scripts/site-server restore $dir/backups/.* --dir $dir --into frontdesk_restored$" <<<"$out" ||
    fail "no restore command printed:"$'\n'"$out"
# shellcheck disable=SC2088 # the text says ~/.pgpass, as the desk's user sees it
grep -qF '~/.pgpass with mode 0600' <<<"$out" || fail "no line saying the connection dialog keeps the password in ~/.pgpass"
[ -s "$dir/frontdesk.password" ] || fail "no password file $dir/frontdesk.password"
password=$(cat "$dir/frontdesk.password")
[[ $password =~ ^[A-Za-z0-9_-]{24}$ ]] || fail "the password is not 24 URL-safe characters"
grep -qF -- "$password" <<<"$out" && fail "the password was printed although the output is not a terminal"
[ "$(stat -c %a "$dir/frontdesk.password")" = 600 ] || fail "the password file's mode is not 0600"
[ "$(stat -c %a "$dir/server.key")" = 600 ] || fail "the key's mode is not 0600"
[ "$(stat -c %U "$dir/server.key")" = "$admin" ] || fail "the key does not belong to $admin, the server's user"
text=$(openssl x509 -noout -text -in "$cert")
grep -q 'CA:TRUE' <<<"$text" || fail "the certificate is not its own CA (no CA:TRUE)"
grep -q 'Subject: CN *= *localhost' <<<"$text" || fail "the certificate's CN is not localhost"
ok "printed the address, the fingerprint (= openssl's), the backup and restore commands; not the password"

# 2. TLS, verifying the server against the pinned certificate.
[ "$(as_role "$password" "$verify_ca" -c 'select 1')" = 1 ] || fail "psql over TLS with sslmode=verify-ca failed"
# verify-full: the certificate names localhost (hostaddr connects without asking a resolver).
[ "$(PGPASSWORD=$password "$bin/psql" -X -A -t -c 'SELECT ssl FROM pg_stat_ssl WHERE pid = pg_backend_pid()' \
    "host=localhost hostaddr=127.0.0.1 port=$port dbname=frontdesk user=frontdesk sslmode=verify-full sslrootcert=$cert")" = t ] ||
    fail "psql with sslmode=verify-full for localhost failed"
ok "the role connects over TLS, verifying the pinned certificate (verify-ca, verify-full for localhost)"

# 3. Refused: no TLS, a wrong password, another database.
if err=$(as_role "$password" "sslmode=disable" -c 'select 1' 2>&1); then fail "a connection without TLS was let in"; fi
grep -q 'pg_hba.conf rejects connection.*no encryption' <<<"$err" || fail "without TLS, not refused by pg_hba.conf: $err"
if err=$(as_role "wrong-$password" "$verify_ca" -c 'select 1' 2>&1); then fail "a wrong password was let in"; fi
grep -q 'password authentication failed' <<<"$err" || fail "a wrong password, not refused as one: $err"
if err=$(PGPASSWORD=$password "$bin/psql" -X -A -t "host=127.0.0.1 port=$port dbname=postgres user=frontdesk $verify_ca" \
    -c 'select 1' 2>&1); then fail "the role was let into the database postgres"; fi
ok "refused: a connection without TLS, a wrong password, another database"

# 4. SCRAM.
[ "$(as_admin -d postgres -c 'SHOW password_encryption')" = scram-sha-256 ] || fail "password_encryption is not scram-sha-256"
stored=$(as_admin -d postgres -c "SELECT rolpassword FROM pg_authid WHERE rolname = 'frontdesk'")
[[ $stored == 'SCRAM-SHA-256$'* ]] || fail "the role's stored password is not a SCRAM-SHA-256 secret: ${stored:0:20}"
[ "$(as_admin -d postgres -c 'SHOW lc_messages')" = C ] || fail "lc_messages is not C (the desks read the server's refusals in English)"
[ "$(as_admin -d postgres -c 'SHOW idle_in_transaction_session_timeout')" = 1min ] || fail "a dead desk's transaction is not let go"
ok "password_encryption = scram-sha-256, the role's password stored as SCRAM-SHA-256; messages in English; dead desks let go"

# 5. The nightly dump, its clean-up, and a restore.
rows=$'1|一号楼\n2|二号楼\n3|S-1-101'
as_role "$password" "$verify_ca" -c "CREATE TABLE desk_check (id int PRIMARY KEY, name text NOT NULL);
    INSERT INTO desk_check VALUES (1, '一号楼'), (2, '二号楼'), (3, 'S-1-101');" ||
    fail "the role could not write a table"
"$dir/backup" >/dev/null || fail "the backup script failed"
dumps=$(ls "$dir"/backups/frontdesk-*.dump 2>/dev/null || true)
[ -n "$dumps" ] || fail "the backup script wrote no frontdesk-*.dump in $dir/backups"
dump=$(ls -1t "$dir"/backups/frontdesk-*.dump | head -n 1)
old=$dir/backups/frontdesk-20000101-023000.dump
recent=$dir/backups/frontdesk-20000102-023000.dump
other=$dir/backups/otherdb-20000101-023000.dump
cp "$dump" "$old" && touch -d "$((keep + 1)) days ago" "$old"
cp "$dump" "$recent" && touch -d "$((keep - 1)) days ago" "$recent"
cp "$dump" "$other" && touch -d "$((keep + 30)) days ago" "$other"
"$dir/backup" >/dev/null || fail "the second backup run failed"
[ ! -e "$old" ] || fail "a dump older than $keep days was not removed"
[ -e "$recent" ] || fail "a dump $((keep - 1)) days old was removed (keep-days is $keep)"
[ -e "$other" ] || fail "another database's dump was removed"
fresh=0
for f in "$dir"/backups/frontdesk-*.dump; do [ "$f" = "$recent" ] || fresh=$((fresh + 1)); done
[ $fresh -ge 1 ] || fail "after the second run no dump of today is left"
restored=$("$site" restore "$dump" --dir "$dir" --port "$port" --into restored 2>&1) ||
    fail "restore failed:"$'\n'"$restored"
[ "$(as_admin -d restored -c 'SELECT id, name FROM desk_check ORDER BY id')" = "$rows" ] ||
    fail "the restored database does not hold the rows"
[ "$(as_admin -d restored -c "SELECT tableowner FROM pg_tables WHERE tablename = 'desk_check'")" = frontdesk ] ||
    fail "the restored table does not belong to the role"
if "$site" restore "$dump" --dir "$dir" --into restored >/dev/null 2>&1; then
    fail "restore overwrote an existing database without --replace"
fi
ok "backup wrote $(basename "$dump"), removed the dump older than $keep days only; restore gave the same rows"

# 6. A second run with the same arguments changes nothing.
before=$(checksums)
out2=$("$site" setup "${args[@]}" 2>&1) || fail "the second setup exited with $?:"$'\n'"$out2"
[ "$(checksums)" = "$before" ] || fail "the second run changed files:"$'\n'"$(diff <(echo "$before") <(checksums))"
grep -q '^Nothing changed' <<<"$out2" || fail "the second run did not say nothing changed:"$'\n'"$out2"
[ "$(printed 'Fingerprint (SHA-256)' "$out2")" = "$fingerprint" ] || fail "the second run printed another fingerprint"
[ "$(grep -c '^hostssl' "$dir/data/pg_hba.conf")" = 1 ] || fail "pg_hba.conf has not exactly one hostssl line"
[ "$(grep -c 'backup frontdesk' "$dir/crontab")" = 1 ] || fail "the crontab has not exactly one backup line"
[ "$(as_role "$password" "$verify_ca" -c 'SELECT id, name FROM desk_check ORDER BY id')" = "$rows" ] ||
    fail "after the second run the table or its rows are gone"
status=$("$site" status --dir "$dir" 2>&1) || fail "status failed: $status"
grep -q "^Fingerprint (SHA-256): $fingerprint$" <<<"$status" || fail "status does not show the fingerprint"
ok "a second run changed nothing and said so (same password, certificate, files; data kept)"

# 7. Rotation: a new password refuses the old one; a new certificate fails the old pin.
out3=$("$site" setup "${args[@]}" --new-password 2>&1) || fail "setup --new-password failed:"$'\n'"$out3"
new_password=$(cat "$dir/frontdesk.password")
[ "$new_password" != "$password" ] || fail "--new-password kept the password"
as_role "$password" "$verify_ca" -c 'select 1' >/dev/null 2>&1 && fail "the old password still works after --new-password"
[ "$(as_role "$new_password" "$verify_ca" -c 'select 1')" = 1 ] || fail "the new password does not work"
cp "$cert" "$dir/old.crt"
out4=$("$site" setup "${args[@]}" --new-certificate 2>&1) || fail "setup --new-certificate failed:"$'\n'"$out4"
new_fingerprint=$(printed 'Fingerprint (SHA-256)' "$out4")
[ "$new_fingerprint" != "$fingerprint" ] && [ "$new_fingerprint" = "$(openssl_fingerprint)" ] ||
    fail "--new-certificate did not print the new certificate's fingerprint"
as_role "$new_password" "sslmode=verify-ca sslrootcert=$dir/old.crt" -c 'select 1' >/dev/null 2>&1 &&
    fail "a desk pinning the old certificate still connects"
[ "$(as_role "$new_password" "$verify_ca" -c 'SELECT count(*) FROM desk_check')" = 3 ] ||
    fail "the new certificate does not work, or the rows are gone"
ok "--new-password and --new-certificate rotate; the old password and the old pin are refused"

# 8. Stop (the trap also stops it on failure).
"$site" stop --dir "$dir" >/dev/null || fail "stop failed"
(echo >/dev/tcp/127.0.0.1/$port) 2>/dev/null && fail "the server still listens after stop"
ok "stopped; all checks passed in $((SECONDS - started)) s"

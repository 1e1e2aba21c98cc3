#!/usr/bin/env bash
# Chinese first: every message in the zh_CN translation is translated (none unfinished or empty),
# and no source string is missing from it (lupdate -no-obsolete would add it as unfinished).
set -u
root=${1:-.}
ts="$root/resources/translations/frontdesk_zh_CN.ts"
[ -f "$ts" ] || { echo "missing $ts"; exit 1; }
# Refresh a copy from today's sources, so a new tr() string that nobody translated fails too.
lupdate=$(command -v lupdate || echo /usr/lib/qt6/bin/lupdate)
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
cp "$ts" "$tmp/check.ts"
"$lupdate" -silent -no-obsolete -locations none -extensions cpp,h,ui "$root/src" "$root/ui" -ts "$tmp/check.ts" >/dev/null 2>&1 \
    || { echo "lupdate failed"; exit 1; }
ts="$tmp/check.ts"
python3 - "$ts" <<'PY'
import sys, xml.etree.ElementTree as ET
tree = ET.parse(sys.argv[1])
bad = []
total = 0
for ctx in tree.getroot().iter('context'):
    name = ctx.findtext('name')
    for m in ctx.iter('message'):
        t = m.find('translation')
        if t is not None and t.get('type') in ('vanished', 'obsolete'):
            continue
        total += 1
        forms = t.findall('numerusform') if t is not None else []
        text = ''.join((f.text or '') for f in forms) if forms else (t.text if t is not None else '')
        if t is None or t.get('type') == 'unfinished' or not (text or '').strip():
            bad.append(f"{name}: {m.findtext('source')}")
if bad:
    print(f"{len(bad)} of {total} messages untranslated in zh_CN:")
    print('\n'.join(bad[:50]))
    sys.exit(1)
print(f"zh_CN: all {total} messages translated")
PY

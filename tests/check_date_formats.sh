#!/usr/bin/env bash
# Issue 11 "English": one date and time format per language, from the locale. Every date or time
# written for people goes through core/DateTimeText; this fails on a new ad-hoc format (a format
# string in toString()/setDisplayFormat(), or QLocale's own Short/Long formats) anywhere else.
# Machine texts keep fixed formats and are listed here with the reason.
set -u
root=${1:-.}
cd "$root" || exit 1
pattern='QLocale(::system)?\(\)\.toString\(|QLocale::(Short|Long|Narrow)Format|setDisplayFormat\(u?"|toString\(\s*u?"[^"]*(yy|MM|dd|HH|hh|mm|ap|AP)[^"]*"|toString\([^()]*\?\s*u?"[^"]*(HH|hh|mm)'
allowed=(
    # numbers (BX-20261122-0007) and file names carry a sortable day
    '"yyyyMMdd"_s'
    # the site's rules are stored as "07:30" / "07:30-15:00" whatever the language
    '^src/engine/tickets/SiteRules.cpp:'
    '^src/modules/sitesettings/RuleEditor.cpp:.*(toString|fromString)\(u"HH:mm"'
    # the helper itself
    '^src/core/DateTimeText\.'
    # storage: SQL and migrations
    '^src/storage/'
)
found=$(grep -rnE "$pattern" src --include='*.cpp' --include='*.h')
for a in "${allowed[@]}"; do
    found=$(printf '%s\n' "$found" | grep -vE -- "$a")
done
found=$(printf '%s\n' "$found" | sed '/^$/d')
if [ -n "$found" ]; then
    echo "Dates and times for people go through fd::DateTimeText (src/core/DateTimeText.h):"
    printf '%s\n' "$found"
    exit 1
fi
echo "one date and time format: ok"

#!/usr/bin/env bash
# DESIGN.md: core, storage, engine and every module service never use widgets; only gui and the
# module pages do. Fails with the offending lines.
set -u
root=${1:-.}
bad=$(grep -rnE '#include <(Qt[A-Za-z]*/)?(QWidget|QDialog|QMessageBox|QMainWindow|QtWidgets|QApplication|QLabel|QLineEdit)>' \
    "$root/src/core" "$root/src/storage" "$root/src/engine" 2>/dev/null)
for svc in "$root"/src/modules/*/; do
    for f in "$svc"*.h "$svc"*.cpp; do
        [ -e "$f" ] || continue
        grep -q 'Qt6::Widgets' "$svc/CMakeLists.txt" 2>/dev/null || true
        case "$(basename "$f")" in *Page*|*Dialog*|*Model*|*Widget*|*Delegate*) continue ;; esac
        hit=$(grep -nE '#include <(Qt[A-Za-z]*/)?(QWidget|QDialog|QMessageBox|QMainWindow|QtWidgets|QApplication)>' "$f")
        [ -n "$hit" ] && bad="$bad"$'\n'"$f: $hit"
    done
done
if [ -n "$(echo "$bad" | tr -d '[:space:]')" ]; then
    echo "widget includes below the gui layer:"; echo "$bad"; exit 1
fi
echo "layers: no widget includes in core, storage, engine or module services"

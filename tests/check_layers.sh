#!/usr/bin/env bash
# DESIGN.md's layers as a fact of the build, read from CMake's own link graph (cmake --graphviz):
#  1. no target below gui links Qt6::Widgets, directly or through another target: core, storage, the
#     engine's targets and every module's service target (a module's *_pages target, the shared
#     fd_widgets, fd_gui and the application may);
#  2. no source below gui includes a gui/ header.
# A widget include in a service target then fails to compile as well: without the Widgets link its
# headers are not on the include path. Usage: check_layers.sh SOURCE_DIR [CMAKE]
set -u
root=${1:-.}
cmake=${2:-cmake}
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
if ! "$cmake" -S "$root" -B "$tmp/build" -G Ninja -DFRONTDESK_BUILD_TESTS=OFF -DCMAKE_CXX_COMPILER_LAUNCHER= \
        --graphviz="$tmp/graph/deps.dot" >"$tmp/configure.log" 2>&1; then
    cat "$tmp/configure.log"; echo "layers: cmake could not configure the project"; exit 1
fi
python3 - "$tmp/graph" "$root" <<'PY'
import pathlib, re, sys
graph, root = pathlib.Path(sys.argv[1]), pathlib.Path(sys.argv[2])
allowed = re.compile(r'^(fd_gui|fd_widgets|fd_app|fd_options|frontdesk|fd_.*_pages|fd_test_.*|fd_.*_resources_[0-9]+)$')
bad, checked = [], []
for dot in sorted(graph.glob('deps.dot.*')):
    target = dot.name[len('deps.dot.'):]
    if not target.startswith('fd_') or allowed.match(target) or target.endswith('.dependers'):
        continue
    names = set(re.findall(r'label\s*=\s*"([^"]+)"', dot.read_text()))
    checked.append(target)
    if 'Qt6::Widgets' in names:
        bad.append(f"{target} links Qt6::Widgets")
if len(checked) < 10:
    print(f"layers: only {len(checked)} targets below gui found in the link graph: {checked}")
    sys.exit(1)
below = ['core', 'storage', 'engine', 'widgets', 'desk', 'modules']
for folder in below:
    for path in sorted((root / 'src' / folder).rglob('*')):
        if path.suffix not in ('.h', '.cpp'):
            continue
        for n, line in enumerate(path.read_text(encoding='utf-8').splitlines(), 1):
            if re.match(r'\s*#\s*include\s*[<"](gui|app)/', line):
                bad.append(f"{path.relative_to(root)}:{n}: {line.strip()}")
if bad:
    print("layers broken:"); print("\n".join(bad)); sys.exit(1)
print(f"layers: none of {len(checked)} targets below gui links Qt6::Widgets ({', '.join(checked)}); "
      "no source below gui includes gui/ or app/")
PY

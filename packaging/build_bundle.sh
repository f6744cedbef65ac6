#!/usr/bin/env bash
# Build the one-folder app dist/pizhu/ with PyInstaller, then start it headless to
# prove it works. Exits non-zero if any step fails.
#
#   packaging/build_bundle.sh               fresh build environment in build/bundle-venv
#   packaging/build_bundle.sh --reuse-venv  keep build/bundle-venv if it exists (faster)
#
# PYTHON picks the interpreter for the build environment (default: python3, 3.11+).
# Outputs: dist/pizhu/ (run dist/pizhu/pizhu); PyInstaller's work files go to build/.
set -euo pipefail
cd "$(dirname "$0")/.."
repo=$(pwd)

python=${PYTHON:-python3}
venv=build/bundle-venv
reuse=false
for arg in "$@"; do
  case "$arg" in
    --reuse-venv) reuse=true ;;
    *) echo "build_bundle: unknown option $arg (use --reuse-venv)" >&2; exit 2 ;;
  esac
done

echo "build_bundle: build environment $venv"
if ! $reuse || [ ! -x "$venv/bin/python" ]; then
  rm -rf "$venv"
  "$python" -m venv "$venv"
fi
# pizhu must be installed (editable would do too): the spec copies its metadata for
# --version. pip always reinstalls a project from its folder, so a reused venv is current.
"$venv/bin/pip" install -q . "pyinstaller>=6.10,<7"

echo "build_bundle: running PyInstaller"
rm -rf dist/pizhu build/pyinstaller
"$venv/bin/pyinstaller" --noconfirm --clean --log-level WARN \
  --distpath dist --workpath build/pyinstaller packaging/pizhu.spec

bundle="$repo/dist/pizhu"
exe="$bundle/pizhu"
internal="$bundle/_internal"
version=$("$venv/bin/python" -c 'import importlib.metadata as m; print(m.version("pizhu"))')

fail() {
  echo "build_bundle: FAILED: $*" >&2
  exit 1
}

echo "build_bundle: checking the bundle's contents"
for path in gui/resources/icons/pizhu.svg gui/seeds jieba/dict.txt "pizhu-$version.dist-info/METADATA"; do
  [ -e "$internal/$path" ] || fail "missing $path in the bundle"
done
# The SVG window icon needs Qt's SVG icon engine and image plugin.
ls "$internal"/PySide6/Qt/plugins/iconengines/*svg* >/dev/null 2>&1 || fail "no SVG icon engine in the bundle"
ls "$internal"/PySide6/Qt/plugins/imageformats/*svg* >/dev/null 2>&1 || fail "no SVG image plugin in the bundle"
# Libraries the bundle leaves to the system (X11/xcb, EGL, Wayland…) must be ones that
# packaging/debian-packages.txt installs; on such a machine every library resolves.
if command -v ldd >/dev/null 2>&1; then
  missing=$({ find "$internal" -name '*.so*' -type f -print0 |
    LD_LIBRARY_PATH="$internal:$internal/PySide6/Qt/lib" xargs -0 -n 1 ldd 2>/dev/null || true; } |
    awk '/not found/{print $1}' | sort -u | tr '\n' ' ')
  [ -z "$missing" ] || fail "libraries not found: $missing(install packaging/debian-packages.txt)"
fi
# The loader maps each load segment at its page: offset and address must agree modulo the page
# size. strip breaks that in some patchelf'd libraries (numpy's OpenBLAS); pizhu.spec's
# STRIP_BREAKS must name them.
misaligned=$("$venv/bin/python" - "$internal" <<'EOF'
import os, struct, sys
page = os.sysconf("SC_PAGE_SIZE")
for folder, _, names in os.walk(sys.argv[1]):
    for name in names:
        path = os.path.join(folder, name)
        if os.path.islink(path):
            continue
        with open(path, "rb") as f:
            head = f.read(64)
            if head[:5] != b"\x7fELF\x02":  # 64-bit ELF only
                continue
            (table,), (size, count) = struct.unpack_from("<Q", head, 32), struct.unpack_from("<HH", head, 54)
            f.seek(table)
            entries = f.read(size * count)
        for i in range(count):
            kind, _, offset, address = struct.unpack_from("<IIQQ", entries, i * size)
            if kind == 1 and offset % page != address % page:  # PT_LOAD
                print(os.path.relpath(path, sys.argv[1]), end=" ")
                break
EOF
)
[ -z "$misaligned" ] || fail "libraries the loader refuses (strip broke them? see STRIP_BREAKS in pizhu.spec): $misaligned"

# Run from an empty folder with an empty home: nothing outside the bundle may be needed.
smoke=$(mktemp -d)
trap 'rm -rf "$smoke"' EXIT
export HOME="$smoke/home" XDG_DATA_HOME="$smoke/home/data" XDG_STATE_HOME="$smoke/home/state" \
  XDG_CONFIG_HOME="$smoke/home/config" XDG_CACHE_HOME="$smoke/home/cache" QT_QPA_PLATFORM=offscreen
unset PIZHU_DB PYTHONPATH PYTHONHOME
mkdir -p "$HOME"
cd "$smoke"

echo "build_bundle: pizhu --version"
out=$("$exe" --version) || fail "--version exited with $?"
[ "$out" = "pizhu $version" ] || fail "--version printed '$out', expected 'pizhu $version'"

echo "build_bundle: pizhu analyze (a seed page shipped inside the bundle)"
seed=$(ls "$internal"/gui/seeds/*.txt | head -n 1)
"$exe" analyze "$seed" --format json >analyze.json || fail "analyze exited with $?"
"$repo/$venv/bin/python" - analyze.json <<'EOF' || fail "analyze printed unexpected JSON"
import json, sys
result = json.load(open(sys.argv[1], encoding="utf-8"))
titles = [a["title"] for a in result["articles"]]
assert "省委常委会议召开会议" in titles, titles
EOF

echo "build_bundle: pizhu analyze (a saved web page and a PDF: trafilatura's and pdfium's files are bundled)"
printf '%s\n' '<html><head><meta charset="gb2312"><title>冬季供暖保障工作部署-新华网</title></head><body><div class="article">' \
  '<p>新华社北京1月1日电 国务院办公厅日前印发通知，要求各地做好冬季供暖保障工作，确保群众温暖过冬。</p>' \
  '<p>通知指出，各地要加强煤炭和天然气供应，完善应急预案，切实保障群众温暖过冬。</p><p>【纠错】 【打印】</p></div></body></html>' \
  >page.html
"$exe" analyze page.html --format json >page.json || fail "analyze of a web page exited with $?"
"$repo/$venv/bin/python" -c '
import json, sys
[article] = json.load(open(sys.argv[1], encoding="utf-8"))["articles"]
assert article["title"] == "冬季供暖保障工作部署" and article["dateline"] == "1月1日", article
assert "纠错" not in article["body"], article["body"]' page.json || fail "analyze of a web page printed unexpected JSON"
"$repo/$venv/bin/python" -c 'import pypdfium2 as p; d = p.PdfDocument.new(); d.new_page(595, 842); d.save("scan.pdf")'
! "$exe" analyze scan.pdf 2>pdf.err || fail "analyze of a scanned PDF succeeded"
grep -q "no text layer" pdf.err || fail "analyze of a scanned PDF: $(cat pdf.err)"

echo "build_bundle: pizhu list (a new default library, seeded from the bundle)"
"$exe" list >list.txt || fail "list exited with $?"
grep -q "省委常委会议召开会议" list.txt || fail "the default library was not seeded: $(cat list.txt)"

echo "build_bundle: pizhu import (the web page into a library)"
"$exe" import page.html --db web.sqlite >/dev/null || fail "import of a web page exited with $?"
"$exe" list --db web.sqlite >web.txt || fail "list of the web page's library exited with $?"
grep -q "冬季供暖保障工作部署" web.txt || fail "the web page was not imported: $(cat web.txt)"

echo "build_bundle: pizhu agreement (krippendorff and statsmodels, hence scipy and numpy, in the bundle)"
printf '%s\n' '{"name": "smoke", "variables": [{"name": "tone", "unit": "article", "type": "nominal", "values": [' \
  '{"code": "正面", "label_zh": "正面", "label_en": "positive"}, {"code": "负面", "label_zh": "负面", "label_en": "negative"}]}]}' \
  >codebook.json
# Two coders (甲 and 乙), six articles, agreeing on four: Cohen's kappa (4/6 - 1/2) / (1 - 1/2) = 1/3.
code() { printf '{"variable": "tone", "value": "%s", "coder": "%s"}' "$1" "$2"; }
n=0
for pair in 正面:正面 正面:负面 负面:负面 正面:正面 负面:负面 负面:正面; do
  n=$((n + 1))
  printf '{"title": "单位%s", "body": "第%s篇文章的正文。", "codes": [%s, %s]}\n' \
    "$n" "$n" "$(code "${pair%%:*}" 甲)" "$(code "${pair##*:}" 乙)"
done >coded.jsonl
"$exe" codebook import codebook.json --db coded.sqlite >/dev/null || fail "codebook import exited with $?"
"$exe" import coded.jsonl --db coded.sqlite >/dev/null || fail "import of coded articles exited with $?"
"$exe" agreement --db coded.sqlite --format json >agreement.json 2>agreement.err ||
  fail "agreement exited with $?: $(cat agreement.err)"
"$repo/$venv/bin/python" -c '
import json, sys
[row] = json.load(open(sys.argv[1], encoding="utf-8"))["variables"]
assert row["variable"] == "tone" and row["units"] == 6 and row["coders"] == 2, row
assert abs(row["cohen_kappa"] - 1 / 3) < 1e-9 and row["alpha"] is not None, row' agreement.json ||
  fail "agreement printed unexpected JSON: $(cat agreement.json)"

echo "build_bundle: pizhu export codes as SPSS .sav (pyreadstat)"
"$exe" export --what codes -o codes.sav --db coded.sqlite >/dev/null 2>export.err ||
  fail "export to .sav exited with $?: $(cat export.err)"
"$repo/$venv/bin/python" -c '
import sys, pyreadstat
frame, _ = pyreadstat.read_sav(sys.argv[1])
assert len(frame) == 12, frame' codes.sav || fail "the exported .sav does not hold the 12 codes"

echo "build_bundle: pizhu --db postgresql://… (psycopg and its libpq in the bundle; no server there)"
status=0
"$exe" --db postgresql://127.0.0.1:1/x list >pg.out 2>pg.err || status=$?
[ "$status" -ne 0 ] || fail "a library on an unreachable server did not fail"
if [ "$(wc -l <pg.err)" -ne 1 ] || ! grep -q "cannot reach" pg.err; then
  fail "an unreachable server did not give the one-line error: $(cat pg.err)"
fi

echo "build_bundle: pizhu opens its window (offscreen, 12 s)"
status=0
timeout 12 "$exe" --db "$smoke/window.sqlite" >window.log 2>&1 || status=$?
# 124: still running when the time was up, i.e. the window came up and kept going.
[ "$status" -eq 124 ] || fail "the window exited with $status: $(cat window.log)"
[ -f "$smoke/window.sqlite" ] || fail "the window did not open its library"
if grep -q -i -E "traceback|error" window.log; then
  fail "the window reported errors: $(cat window.log)"
fi

size=$(du -sh "$bundle" | cut -f1)
echo "build_bundle: OK: $bundle ($size), pizhu $version"

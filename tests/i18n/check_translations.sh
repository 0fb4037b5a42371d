#!/usr/bin/env bash
# Fails when the committed .ts files lag behind the sources: runs lupdate (-no-obsolete) over the
# sources into copies of the .ts files and reports
#   - messages the sources hold that a committed .ts file lacks, or that it holds but the sources
#     no longer do (the message counts differ),
#   - messages left type="unfinished", with an empty translation or an empty plural form,
#   - messages marked vanished/obsolete in a committed file,
#   - translations that drop or add a placeholder (%1, %n, %Ln…) or lose the source's accelerator.
#
# usage: check_translations.sh LUPDATE SOURCE_ROOT "dir1;dir2;…" TS_FILE…
# Exit 0: all good; 1: problems found; 77: lupdate missing (the test is then skipped).
set -uo pipefail
export LC_ALL=C.UTF-8

lupdate=$1
root=$2
IFS=';' read -r -a dirs <<<"$3"
shift 3
ts_files=("$@")

if [ ! -x "$lupdate" ]; then
    echo "lupdate not found at '$lupdate' (Debian package qt6-l10n-tools)"
    exit 77
fi

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

# One line per message, tab-separated: KIND <tab> context <tab> comment <tab> source (newlines as \n).
# KIND is KEY for every live message, and additionally UNFINISHED, EMPTY, OBSOLETE, PLACEHOLDER or
# ACCELERATOR for a problem.
summarize() {
    awk '
    function unescape(s) {
        gsub(/&lt;/, "<", s); gsub(/&gt;/, ">", s); gsub(/&quot;/, "\"", s); gsub(/&apos;/, "\047", s)
        gsub(/&amp;/, "\\&", s); gsub(/\n/, "\\n", s); gsub(/\t/, "\\t", s)
        return s
    }
    function between(s, opening, closing,    a, b, rest) {
        a = index(s, opening); if (a == 0) return ""
        rest = substr(s, a + length(opening)); b = index(rest, closing)
        return b == 0 ? "" : substr(rest, 1, b - 1)
    }
    # The sorted set of placeholders (%1…%99, %L1, %n, %Ln) in s, joined by spaces.
    function placeholders(s,    n, i, j, t, list, found, seen) {
        n = 0; split("", seen)
        while (match(s, /%L?([0-9]+|n)/)) {
            t = substr(s, RSTART, RLENGTH); s = substr(s, RSTART + RLENGTH)
            if (!(t in seen)) { seen[t] = 1; list[++n] = t }
        }
        for (i = 2; i <= n; i++) { t = list[i]; for (j = i - 1; j >= 1 && list[j] > t; j--) list[j + 1] = list[j]; list[j + 1] = t }
        found = ""; for (i = 1; i <= n; i++) found = found (i > 1 ? " " : "") list[i]
        return found
    }
    function hasAccelerator(s) { return s ~ /&amp;[^&]/ }
    function report(kind) { printf "%s\t%s\t%s\t%s\n", kind, context, unescape(comment), unescape(source) }
    function process(m,    head, translation, forms, rest, a, b, form, problem, numerus) {
        head = substr(m, 1, index(m, ">"))
        source = between(m, "<source>", "</source>")
        comment = between(m, "<comment>", "</comment>")
        rest = substr(m, index(m, "<translation"))
        if (rest ~ /^<translation[^>]*type="(vanished|obsolete)"/) { report("OBSOLETE"); return }
        report("KEY")
        if (rest ~ /^<translation[^>]*type="unfinished"/) { report("UNFINISHED"); return }
        numerus = head ~ /numerus="yes"/
        if (rest ~ /^<translation[^>]*\/>/) { report("EMPTY"); return }
        translation = between(rest, ">", "</translation>")
        if (numerus) {
            forms = 0; problem = 0
            while ((a = index(translation, "<numerusform")) > 0) {
                translation = substr(translation, a); b = index(translation, "</numerusform>")
                form = b ? substr(translation, index(translation, ">") + 1, b - index(translation, ">") - 1) : ""
                if (substr(translation, 1, index(translation, ">")) ~ /\/>$/) form = ""
                translation = b ? substr(translation, b + 14) : substr(translation, index(translation, ">") + 1)
                forms++
                if (form == "") problem = 1
                else if (placeholders(form) != placeholders(source)) report("PLACEHOLDER")
                else if (hasAccelerator(source) && !hasAccelerator(form)) report("ACCELERATOR")
            }
            if (forms == 0 || problem) report("EMPTY")
            return
        }
        if (translation == "") { report("EMPTY"); return }
        if (placeholders(translation) != placeholders(source)) report("PLACEHOLDER")
        if (hasAccelerator(source) && !hasAccelerator(translation)) report("ACCELERATOR")
    }
    /<name>/ && !inMessage { context = between($0, "<name>", "</name>"); next }
    /^[ \t]*<message[ >]/ { inMessage = 1; buffer = "" }
    inMessage { sub(/^[ \t]+/, "", $0); buffer = buffer (buffer == "" ? "" : "\n") $0 }
    /<\/message>/ && inMessage { inMessage = 0; process(buffer) }
    ' "$1"
}

status=0
print_group() { # title kind file
    local lines
    lines=$(awk -F'\t' -v kind="$2" '$1 == kind { printf "    [%s] %s%s\n", $2, $4, ($3 == "" ? "" : "  (" $3 ")") }' "$3")
    if [ -n "$lines" ]; then
        echo "  $1:"
        echo "$lines"
        status=1
    fi
}

mkdir -p "$tmp/updated"
for ts in "${ts_files[@]}"; do
    [ -f "$ts" ] || { echo "missing translation file: $ts"; status=1; continue; }
    cp "$ts" "$tmp/updated/"
done
[ "$status" = 0 ] || exit 1

# certdeck_en.ts holds only English's plural forms (lupdate -pluralonly); the others, everything.
copies=()
plural_copies=()
for ts in "${ts_files[@]}"; do
    case "$ts" in
    *_en.ts) plural_copies+=("$tmp/updated/$(basename "$ts")") ;;
    *) copies+=("$tmp/updated/$(basename "$ts")") ;;
    esac
done

# lupdate 6.4 has parser bugs that make it loop forever on some C++ (see translations/GLOSSARY.md,
# "Keeping the .ts files current"); a bounded run (normally 1-2 s) turns a hang into a failure.
# usage: run_lupdate [-pluralonly] -- TS_FILE…
run_lupdate() {
    local options=()
    while [ "$1" != -- ]; do options+=("$1"); shift; done
    shift
    (cd "$root" && timeout 120 "$lupdate" -no-obsolete -locations none "${options[@]}" "${dirs[@]}" \
        -ts "$@") >>"$tmp/lupdate.log" 2>&1
}
lupdate_status=0
if [ "${#copies[@]}" -gt 0 ]; then run_lupdate -- "${copies[@]}" || lupdate_status=$?; fi
if [ "${#plural_copies[@]}" -gt 0 ]; then
    run_lupdate -pluralonly -- "${plural_copies[@]}" || lupdate_status=$?
fi
if [ "$lupdate_status" != 0 ]; then
    cat "$tmp/lupdate.log"
    echo "FAIL: lupdate exited with status $lupdate_status (124: still running after 120 s, killed)."
    echo "  lupdate 6.4 hangs on QCoreApplication::translate(ctx, text, comment, f(a, b)):"
    echo "  compute the count into a local variable first."
    exit 1
fi
grep -v '^Scanning directory' "$tmp/lupdate.log" | grep -i -E 'warning|error|unknown|lacks' | sed 's/^/  lupdate: /'
# lupdate could not resolve the class around a tr() call: its strings land in a context the program
# never asks for, so they stay English at run time although the .ts file "has" them.
if grep -q 'Qualifying with unknown namespace/class' "$tmp/lupdate.log"; then
    echo "FAIL: lupdate lost track of a class (\"Qualifying with unknown namespace/class\" above): the tr()"
    echo "  strings there get a wrong context and are never translated at run time. lupdate 6.4 loses"
    echo "  the classes declared after an \"enum Name : int {\" in a header; write \"enum Name {\"."
    status=1
fi

for ts in "${ts_files[@]}"; do
    name=$(basename "$ts")
    if ! summarize "$ts" >"$tmp/committed.txt" || ! summarize "$tmp/updated/$name" >"$tmp/current.txt"; then
        echo "FAIL: $name could not be parsed"
        exit 1
    fi
    awk -F'\t' '$1 == "KEY"' "$tmp/committed.txt" | cut -f2- | sort >"$tmp/committed.keys"
    awk -F'\t' '$1 == "KEY"' "$tmp/current.txt" | cut -f2- | sort >"$tmp/current.keys"
    committed_count=$(wc -l <"$tmp/committed.keys")
    current_count=$(wc -l <"$tmp/current.keys")
    failed_before=$status
    status=0
    echo "$name: $committed_count messages committed, $current_count in the sources"
    if [ "$current_count" = 0 ]; then
        echo "  no message found: lupdate scanned nothing, or the file is not a Qt .ts file"
        status=1
    fi

    if [ "$committed_count" != "$current_count" ] || ! cmp -s "$tmp/committed.keys" "$tmp/current.keys"; then
        status=1
        missing=$(comm -13 "$tmp/committed.keys" "$tmp/current.keys")
        extra=$(comm -23 "$tmp/committed.keys" "$tmp/current.keys")
        if [ -n "$missing" ]; then
            echo "  in the sources but not in $name (run lupdate, then translate):"
            echo "$missing" | awk -F'\t' '{ printf "    [%s] %s%s\n", $1, $3, ($2 == "" ? "" : "  (" $2 ")") }'
        fi
        if [ -n "$extra" ]; then
            echo "  in $name but no longer in the sources (run lupdate -no-obsolete):"
            echo "$extra" | awk -F'\t' '{ printf "    [%s] %s%s\n", $1, $3, ($2 == "" ? "" : "  (" $2 ")") }'
        fi
    fi
    print_group "obsolete or vanished entries kept in $name" OBSOLETE "$tmp/committed.txt"
    print_group "unfinished" UNFINISHED "$tmp/current.txt"
    print_group "empty translation or plural form" EMPTY "$tmp/current.txt"
    print_group "placeholders (%1, %n, %Ln…) differ from the source" PLACEHOLDER "$tmp/current.txt"
    print_group "accelerator (&X) missing" ACCELERATOR "$tmp/current.txt"
    [ "$status" = 0 ] && echo "  OK"
    [ "$failed_before" = 0 ] || status=1
done

if [ "$status" = 0 ]; then
    echo "PASS: every translatable string is translated in ${#ts_files[@]} language(s)."
else
    echo "FAIL: the .ts files are not current; see above."
fi
exit $status

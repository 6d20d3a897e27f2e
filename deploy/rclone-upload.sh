#!/usr/bin/env bash
# Upload a built site (`npm run build` → _site/) to an S3-compatible bucket with rclone, with
# the headers deploy/nginx.conf would send: content types, cache lifetimes, and the build's
# precompressed .gz bytes stored under the original name with `Content-Encoding: gzip`.
#
#   deploy/rclone-upload.sh _site store:newsroom            # store = an rclone S3 remote
#   deploy/rclone-upload.sh _site store:newsroom --dry-run -v
#
# docs/deploy.md explains the steps. Needs rclone ≥ 1.53 and GNU coreutils/findutils/gzip.
# Security headers (CSP and the rest) cannot be stored on objects: set them at the CDN.
set -euo pipefail

site=${1:?usage: deploy/rclone-upload.sh <site folder> <remote:bucket[/path]> [rclone flags…]}
remote=${2:?usage: deploy/rclone-upload.sh <site folder> <remote:bucket[/path]> [rclone flags…]}
shift 2
extra=("$@")
site=${site%/}
[[ -f "$site/index.html" && -f "$site/404.html" ]] || { echo "$site is not a built site" >&2; exit 1; }

IMMUTABLE="public, max-age=31536000, immutable"
FONT="public, max-age=2592000"
CODE="public, max-age=3600, must-revalidate"
SHORT="public, max-age=300, must-revalidate"
TEXT='.*\.(html|css|js|mjs|xml|json|txt|svg)'

# 1. A staging copy (hard links, beside the site so they work) in which every text file holds
#    gzip bytes: its .gz twin from the build, or — for the few tiny files the build left
#    alone because gzip did not shrink them — `gzip -9n` (no name, no time: deterministic).
#    Renames only, never writes through a link: the site itself is not touched.
stage="$site.upload-$$"
rm -rf "$stage"
trap 'rm -rf "$stage"' EXIT
cp -al "$site" "$stage"
find "$stage" -type f -name '*.gz' -print0 | while IFS= read -r -d '' gz; do mv -f "$gz" "${gz%.gz}"; done
(cd "$site" && find . -type f -regextype posix-extended -regex "$TEXT" -print0) | while IFS= read -r -d '' f; do
  if [[ ! -f "$site/$f.gz" ]]; then
    gzip -9nc "$site/$f" > "$stage/$f.tmp-gz"
    mv -f "$stage/$f.tmp-gz" "$stage/$f"
  fi
done

# 2. One pass per kind of file; `--checksum` skips objects whose bytes are already there
#    (the build is deterministic, so a rebuild uploads only what changed). Specific patterns
#    come first: a later, wider pass finds those objects already uploaded and skips them.
#    New hashed assets go up before the HTML that names them.
put() { # put <cache-control> <content-type|-> <gzip|-> <include pattern>…
  local cache=$1 type=$2 enc=$3
  shift 3
  local args=(copy "$stage" "$remote" --checksum --header-upload "Cache-Control: $cache")
  [[ $type != - ]] && args+=(--header-upload "Content-Type: $type")
  [[ $enc == gzip ]] && args+=(--header-upload "Content-Encoding: gzip")
  for pattern in "$@"; do args+=(--include "$pattern"); done
  rclone "${args[@]}" "${extra[@]}"
}

put "$IMMUTABLE" "text/css; charset=utf-8"        gzip "/assets/css/site.*.css"
put "$IMMUTABLE" -                                 -    "/img/**"
put "$IMMUTABLE" "application/octet-stream"        -    "/pagefind/fragment/**" "/pagefind/index/**" "/pagefind/filter/**" "/pagefind/pagefind.*.pf_meta"
put "$FONT"      "font/woff2"                      -    "*.woff2"
put "no-cache"   "application/json; charset=utf-8" gzip "/pagefind/pagefind-entry.json"
put "$CODE"      "application/octet-stream"        -    "/pagefind/*.pagefind"
put "$CODE"      "text/javascript; charset=utf-8"  gzip "*.js" "*.mjs"
put "$CODE"      "text/css; charset=utf-8"         gzip "*.css"
put "$SHORT"     "application/rss+xml; charset=utf-8"   gzip "feed.xml"
put "$SHORT"     "application/atom+xml; charset=utf-8"  gzip "atom.xml"
put "$SHORT"     "application/feed+json; charset=utf-8" gzip "feed.json"
put "$SHORT"     "application/xml; charset=utf-8"  gzip "*.xml"
put "$SHORT"     "application/json; charset=utf-8" gzip "*.json"
put "$SHORT"     "text/plain; charset=utf-8"       gzip "*.txt"
put "$SHORT"     "image/svg+xml"                   gzip "*.svg"
put "$SHORT"     "text/html; charset=utf-8"        gzip "*.html"

# 3. Everything else (attachments, /media/, release images) with rclone's guessed type, and
#    the deletion of objects the site no longer has — last, once the new pages are up.
rclone sync "$stage" "$remote" --checksum --header-upload "Cache-Control: $SHORT" "${extra[@]}"

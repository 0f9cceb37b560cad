#!/usr/bin/env bash
# The bytes one page view downloads: the page and the style sheets and scripts it links, without
# compression and with gzip, and what a second view downloads when the static files are cached.
# Usage: bench/page-weight.sh http://localhost:8080/ [curl options, e.g. -u user:password or -b cookies]
set -euo pipefail
url=$1; shift
base=$(echo "$url" | sed -E 's#^(https?://[^/]+).*#\1#')
page=$(mktemp)
curl -s "$@" "$url" -o "$page"
size() { curl -s "$@" -o /dev/null -w '%{size_download}'; }
html_plain=$(size "$@" "$url")
html_gzip=$(size "$@" -H 'Accept-Encoding: gzip' "$url")
plain=0; gzip=0; cached=0
for asset in $(grep -oE '(href|src)="/[^"]+\.(css|js)[^"]*"' "$page" | sed -E 's/^(href|src)="//; s/"$//' | sort -u); do
  p=$(size "$@" "$base$asset"); g=$(size "$@" -H 'Accept-Encoding: gzip' "$base$asset")
  cc=$(curl -s -I "$@" "$base$asset" | tr -d '\r' | awk -F': ' 'tolower($1)=="cache-control"{print $2}')
  printf '  %-70s %9d %9d  %s\n' "$asset" "$p" "$g" "$cc"
  plain=$((plain + p)); gzip=$((gzip + g))
  case "$cc" in *immutable*|*max-age=31536000*) ;; *) cached=$((cached + g));; esac
done
printf '%s\n  page %d B plain, %d B gzip; page + files: %d B plain, %d B gzip; a second view: %d B\n' \
  "$url" "$html_plain" "$html_gzip" $((html_plain + plain)) $((html_gzip + gzip)) $((html_gzip + cached))
rm -f "$page"

# Sourced by the bench scripts: sets CHROMIUM to the browser Quod would use ($QUOD_CHROMIUM, else the
# first of the usual names on the PATH), or exits with status 2 saying how to get one.
CHROMIUM=${QUOD_CHROMIUM:-}
if [ -z "$CHROMIUM" ]; then
  for name in chromium chromium-browser google-chrome google-chrome-stable chrome; do
    if command -v "$name" >/dev/null; then CHROMIUM=$(command -v "$name"); break; fi
  done
fi
[ -n "$CHROMIUM" ] || { echo "no Chromium found; install it or set QUOD_CHROMIUM" >&2; exit 2; }

#!/usr/bin/env bash
# Builds a self-contained Ascent: a trimmed Java runtime (jlink) plus the shaded jar, as an app
# image, and as the platform's installer where its tools exist (.deb on Linux with dpkg-deb and
# fakeroot, .dmg on macOS, .msi on Windows with the WiX toolset).
# Called by `./mvnw -Ppackage package` after the jar is built; run from the project folder.
set -euo pipefail
version="${1:?version}"
target=target
input="$target/jpackage-input"
runtime="$target/runtime"
dest="$target/installer"
# Modules the app needs: JavaFX on the class path uses java.desktop and jdk.unsupported,
# SQLite JDBC java.sql, PDFBox java.desktop, window state java.prefs.
modules=java.base,java.desktop,java.sql,java.prefs,java.logging,java.naming,java.xml,java.management,jdk.unsupported,jdk.crypto.ec,jdk.localedata
app_version="${version%%-*}"

rm -rf "$input" "$runtime" "$dest"
mkdir -p "$input" "$dest"
cp "$target/ascent.jar" "$input/"
jlink --add-modules "$modules" --strip-debug --no-header-files --no-man-pages --compress=2 --output "$runtime"

common=(--input "$input" --main-jar ascent.jar --main-class io.ascent.app.Main --runtime-image "$runtime"
        --name Ascent --app-version "$app_version" --vendor "Ascent"
        --description "Career planner for product managers" --dest "$dest")
# Installers register the review request type with the desktop (an app image cannot).
files=(--file-associations packaging/ascent-review.properties)
case "$(uname -s)" in
  Linux*)  icon=assets/icons/ascent-256.png ;;
  Darwin*) icon=assets/icons/ascent.icns ;;
  *)       icon=assets/icons/ascent.ico ;;
esac
[ -f "$icon" ] && common+=(--icon "$icon")

jpackage --type app-image "${common[@]}"
echo "app image: $dest/Ascent"

case "$(uname -s)" in
  Linux*)
    if command -v dpkg-deb >/dev/null && command -v fakeroot >/dev/null; then
      jpackage --type deb "${common[@]}" "${files[@]}" --linux-package-name ascent --linux-shortcut \
        --linux-menu-group Office --linux-app-category office --linux-package-deps "libgtk-3-0"
      echo "deb: $(ls "$dest"/*.deb)"
    else
      echo "no dpkg-deb/fakeroot: skipped the .deb"
    fi ;;
  Darwin*) jpackage --type dmg "${common[@]}" "${files[@]}" ;;
  MINGW*|MSYS*|CYGWIN*)
    if command -v candle.exe >/dev/null; then
      jpackage --type msi "${common[@]}" "${files[@]}" --win-menu --win-shortcut
    else
      echo "no WiX toolset: skipped the .msi"
    fi ;;
esac

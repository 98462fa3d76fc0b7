#!/usr/bin/env bash
# Builds the installed Ascent (docs/performance.md, "The installed app"):
#   1. a Java runtime linked by jlink from a JDK 25 or newer, with the JavaFX modules linked in
#      (made from the JavaFX jars Maven resolved), so JavaFX runs as the modules it is;
#   2. an app image (jpackage) holding that runtime and Ascent's jar without JavaFX in it;
#   3. an AOT cache (JEP 483/514) trained by starting the image on a generated plan used for a year
#      (StartupDatabase) under a display, and closing it as a user does; the launcher passes it;
#   4. the platform's installer where its tools exist (.deb with dpkg-deb and fakeroot, .dmg,
#      .msi with WiX), unless the last argument is "app-image".
# Called by `./mvnw -Ppackage package` after the jar and the test classes are built:
#   packaging/jpackage.sh VERSION JDK [app-image|installer] [train|no-train]
# Needs target/ascent.jar, target/test-classes and target/test-classpath.txt (written by the
# build's dependency plugin).
set -euo pipefail
version="${1:?version}"
jdk="${2:?JDK folder (-Dpackage.jdk)}"
types="${3:-installer}"
train="${4:-train}"
target=target
work="$target/jpackage"
dest="$target/installer"
image="$dest/Ascent"
app_version="${version%%-*}"

fail() { echo "packaging: $*" >&2; exit 1; }

# A JDK 25 or newer builds the runtime: the AOT cache needs 25, and the cache only fits the JDK
# that made it.
[ -x "$jdk/bin/jlink" ] && [ -x "$jdk/bin/jpackage" ] || fail "$jdk is not a JDK with jlink and jpackage. \
Build with JAVA_HOME set to a JDK 25 or newer, or pass -Dpackage.jdk=/path/to/jdk-25."
release=$(sed -n 's/^JAVA_VERSION="\([0-9]*\).*/\1/p' "$jdk/release" 2>/dev/null || true)
[ -n "$release" ] && [ "$release" -ge 25 ] || fail "the installer needs a JDK 25 or newer to build \
(found ${release:-an unknown version} at $jdk). Build with JAVA_HOME set to a JDK 25, or pass \
-Dpackage.jdk=/path/to/jdk-25 (docs/performance.md)."
[ -f "$target/test-classpath.txt" ] || fail "$target/test-classpath.txt is missing; run through ./mvnw -Ppackage package"

rm -rf "$work" "$dest"
mkdir -p "$work/jmods" "$work/input" "$dest"
classpath=$(cat "$target/test-classpath.txt")

# 1. JavaFX's Maven jars (the ones with the platform's classifier) are modular; their native libraries become the jmods' libraries, so jlink
# puts them in the runtime's lib folder, where JavaFX loads them from (not extracted to ~/.openjfx).
fx_jars=()
IFS=':' read -r -a entries <<< "$classpath"
for entry in "${entries[@]}"; do
  case "$entry" in
    */javafx-base-[0-9]*-[a-z]*.jar|*/javafx-graphics-[0-9]*-[a-z]*.jar|*/javafx-controls-[0-9]*-[a-z]*.jar)
      fx_jars+=("$entry") ;;
  esac
done
[ ${#fx_jars[@]} -eq 3 ] || fail "expected the platform jars of javafx-base, -graphics and -controls, found: ${fx_jars[*]}"
for jar in "${fx_jars[@]}"; do
  module=$(basename "$jar" | sed 's/^javafx-\([a-z]*\)-.*/javafx.\1/')
  classes="$work/fx/$module/classes"
  libs="$work/fx/$module/libs"
  mkdir -p "$classes" "$libs"
  jar_file=$(cd "$(dirname "$jar")" && pwd)/$(basename "$jar")
  (cd "$classes" && "$jdk/bin/jar" xf "$jar_file")
  find "$classes" -maxdepth 1 \( -name '*.so' -o -name '*.dll' -o -name '*.dylib' \) -exec mv {} "$libs/" \;
  rm -f "$classes/javafx-swt.jar" "$classes/META-INF/MANIFEST.MF"
  fx_version=$(basename "$jar" | sed 's/^javafx-[a-z]*-\([0-9.]*\)-.*/\1/')
  "$jdk/bin/jmod" create --class-path "$classes" --libs "$libs" --module-version "$fx_version" "$work/jmods/$module.jmod"
done

# Modules the app needs: java.desktop (PDFBox, JavaFX), java.sql (SQLite JDBC), java.prefs (old
# settings), java.naming and java.management (the JDBC driver), jdk.localedata (dates in every
# language), jdk.unsupported (JavaFX), and JavaFX's controls with what they require.
modules=java.base,java.desktop,java.sql,java.prefs,java.logging,java.naming,java.xml,java.management,jdk.unsupported,jdk.localedata,javafx.controls
"$jdk/bin/jlink" --module-path "$work/jmods" --add-modules "$modules" \
  --strip-debug --no-header-files --no-man-pages --output "$work/runtime"

# 2. The jar without JavaFX, and the image.
"$jdk/bin/java" packaging/ThinJar.java "$target/ascent.jar" "$work/input/ascent.jar" "${fx_jars[@]}"
# JavaFX 21 on JDK 25: native access for JavaFX and the SQLite driver, sun.misc.Unsafe for
# JavaFX's rasterizer, or every start prints warnings. C1 only: with the AOT cache the C2
# compiler was the largest user of CPU before the first screen (540 of 1,550 ms); without it the
# start takes a third less CPU, and exports ~1.5x longer, still within their goals
# (docs/performance.md, "C1 only"). A 16 MB young generation: without it G1 lets the young
# generation grow to ~80 MB before its first collection, and peak memory is 1.30x of a bare
# JavaFX window instead of 1.22x, for the same start-up time (docs/performance.md, "Young
# generation"). The AOT cache is named after training.
java_options=("--enable-native-access=javafx.graphics,ALL-UNNAMED" "--sun-misc-unsafe-memory-access=allow"
              "-XX:TieredStopAtLevel=1" "-Xmn16m")
common=(--name Ascent --app-version "$app_version" --vendor "Ascent"
        --description "Career planner for product managers" --dest "$dest")
# Installers register the review request type with the desktop (an app image cannot).
files=(--file-associations packaging/ascent-review.properties)
case "$(uname -s)" in
  Linux*)  icon=assets/icons/ascent-256.png ;;
  Darwin*) icon=assets/icons/ascent.icns ;;
  *)       icon=assets/icons/ascent.ico ;;
esac
[ -f "$icon" ] && common+=(--icon "$icon")
jpackage_options=()
for option in "${java_options[@]}"; do jpackage_options+=(--java-options "$option"); done
"$jdk/bin/jpackage" --type app-image "${common[@]}" --input "$work/input" --main-jar ascent.jar \
  --main-class io.ascent.app.Main --runtime-image "$work/runtime" "${jpackage_options[@]}"

case "$(uname -s)" in
  Linux*)
    # jpackage's Linux launcher asks rpm and then dpkg which package owns it, twice, before it
    # starts Java: ~120 ms of every start on a Debian machine (docs/performance.md). This
    # launcher starts the same runtime with the same options, the cache when there is one.
    launcher="$image/bin/Ascent"
    {
      echo '#!/bin/sh'
      echo '# Starts Ascent on the runtime beside it, with its start-up cache when there is one.'
      echo '# (jpackage'"'"'s own launcher asks rpm and dpkg which package owns it on every start.)'
      echo 'launcher=$(readlink -f "$0")'
      echo 'dir=${launcher%/bin/*}'
      echo 'app="$dir/lib/app"'
      echo 'cache='
      echo '# The cache holds the classes of the jar it was trained with: with another jar (another size)'
      echo '# it is left out, because JDK 25.0.3 and older would still use them (JDK-8377932).'
      echo 'if [ -f "$app/ascent.aot" ] && [ "$(stat -L -c %s "$app/ascent.jar")" = '"$(stat -L -c %s "$work/input/ascent.jar")"' ]; then'
      echo '  cache="-XX:AOTCache=$app/ascent.aot"'
      echo 'fi'
      printf 'exec "$dir/lib/runtime/bin/java"'
      for option in "${java_options[@]}"; do printf ' %s' "$option"; done
      echo ' -Djpackage.app-version='"$app_version"' ${cache:+"$cache"} -cp "$app/ascent.jar" io.ascent.app.Main "$@"'
    } > "$launcher.new"
    chmod 755 "$launcher.new"
    mv "$launcher.new" "$launcher" ;;
esac
echo "app image: $image"

# 3. The AOT cache: a start on a plan used for a year, under a display (Xvfb when there is none),
# closed as a user closes the window; the JVM writes the cache as it exits.
if [ "$train" = "train" ]; then
  training="$work/training"
  mkdir -p "$training/home"
  "$jdk/bin/java" --enable-native-access=ALL-UNNAMED -cp "$target/test-classes:$target/classes:$classpath" io.ascent.bench.StartupDatabase "$training/plan.db"
  display=()
  if [ -z "${DISPLAY:-}" ]; then
    command -v xvfb-run >/dev/null || fail "training the start-up cache needs a display: run under a desktop or \
install Xvfb (apt-get install xvfb), or package without it: -Dpackage.train=no-train"
    display=(xvfb-run -a)
  fi
  cache="$(cd "$image/lib/app" && pwd)/ascent.aot"
  if ! XDG_DATA_HOME="$training/home/data" XDG_CACHE_HOME="$training/home/cache" \
      XDG_CONFIG_HOME="$training/home/config" \
      JAVA_TOOL_OPTIONS="-XX:AOTCacheOutput=$cache -Dascent.bench.startup=true -Dascent.bench.close=true" \
      timeout 300 ${display[@]+"${display[@]}"} "$image/bin/Ascent" --db "$training/plan.db" > "$training/log.txt" 2>&1 \
      || [ ! -s "$cache" ]; then
    cat "$training/log.txt" >&2
    fail "training the start-up cache failed (log above)"
  fi
  grep -q '^READY ' "$training/log.txt" || { cat "$training/log.txt" >&2; fail "the training start never showed its plan"; }
  case "$(uname -s)" in
    Linux*) ;;
    *) printf 'java-options=-XX:AOTCache=$APPDIR/ascent.aot\n' >> "$image/lib/app/Ascent.cfg" ;;
  esac
  echo "start-up cache: $cache ($(du -h "$cache" | cut -f1))"

  # A normal start with the cache must print nothing but READY (no JDK or JavaFX warning).
  check="$training/check.txt"
  XDG_DATA_HOME="$training/home/data" XDG_CACHE_HOME="$training/home/cache" XDG_CONFIG_HOME="$training/home/config" \
    JAVA_TOOL_OPTIONS="-Dascent.bench.startup=true -Dascent.bench.close=true" \
    timeout 120 ${display[@]+"${display[@]}"} "$image/bin/Ascent" --db "$training/plan.db" > "$check" 2>&1 || true
  if grep -v -e '^READY ' -e '^Picked up JAVA_TOOL_OPTIONS' "$check" | grep -q .; then
    cat "$check" >&2
    fail "a start of the installed app printed more than READY (above)"
  fi
fi

# 4. The installer, from the finished image.
[ "$types" = "app-image" ] && exit 0
case "$(uname -s)" in
  Linux*)
    if command -v dpkg-deb >/dev/null && command -v fakeroot >/dev/null; then
      "$jdk/bin/jpackage" --type deb --app-image "$image" "${common[@]}" "${files[@]}" --linux-package-name ascent \
        --linux-shortcut --linux-menu-group Office --linux-app-category office --linux-package-deps "libgtk-3-0"
      echo "deb: $(ls "$dest"/*.deb)"
    else
      echo "no dpkg-deb/fakeroot: skipped the .deb"
    fi ;;
  Darwin*) "$jdk/bin/jpackage" --type dmg --app-image "$image" "${common[@]}" "${files[@]}" ;;
  MINGW*|MSYS*|CYGWIN*)
    if command -v candle.exe >/dev/null; then
      "$jdk/bin/jpackage" --type msi --app-image "$image" "${common[@]}" "${files[@]}" --win-menu --win-shortcut
    else
      echo "no WiX toolset: skipped the .msi"
    fi ;;
esac

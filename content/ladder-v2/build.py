#!/usr/bin/env python3
"""Builds the shipped default ladder from the English file and the translation overlays.

Usage: python3 content/ladder-v2/build.py [--out assets/frameworks/pm-default.json] [--check]

Reads pm-default.en.json and every translations.LANG.json beside this script and writes the
framework file Ascent ships (format 2): the English ladder with each overlay's texts merged into
the inline "translations" of the object they belong to (framework format, "Translations"). The
overlays are keyed by kind and id; an id or field the ladder does not have is an error, so a
renamed milestone cannot lose its translation silently. Objects keep their field order and gain
"translations" last, languages in file-name order.

--check does not write: it exits 1 if the file at --out is not what this script would write
(the build's tests run it so the shipped file never drifts from its sources).

Then run the checkers on the result:
    python3 content/ladder-v2/check.py assets/frameworks/pm-default.json
    python3 content/ladder-v2/check_translations.py --shipped assets/frameworks/pm-default.json
Standard library only.
"""

import argparse
import glob
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
LADDER = os.path.join(HERE, "pm-default.en.json")
OUT = os.path.join(ROOT, "assets", "frameworks", "pm-default.json")
# kind in the overlay -> list of the ladder that holds those objects
LISTS = ["tracks", "levels", "specializations", "competencies", "milestones", "resources"]


class BuildError(Exception):
    pass


def load(path):
    with open(path, encoding="utf-8") as f:
        return json.load(f)


def overlays():
    """(language, overlay) for every translations.LANG.json beside this script, sorted by file name."""
    result = []
    for path in sorted(glob.glob(os.path.join(HERE, "translations.*.json"))):
        overlay = load(path)
        language = overlay.get("language")
        expected = os.path.basename(path)[len("translations."):-len(".json")]
        if language != expected:
            raise BuildError(f"{path}: language is {language!r}, the file name says {expected!r}")
        result.append((language, overlay))
    return result


def attach(obj, language, texts, where):
    if not isinstance(texts, dict) or not texts:
        raise BuildError(f"{where}: expected an object of texts")
    translations = obj.setdefault("translations", {})
    if language in translations:
        raise BuildError(f"{where}: already has a {language} translation")
    translations[language] = texts


def merge(ladder, language, overlay):
    unknown = set(overlay) - {"language", "framework", *LISTS}
    if unknown:
        raise BuildError(f"translations.{language}.json: unknown section(s) {sorted(unknown)}")
    if "framework" in overlay:
        attach(ladder, language, overlay["framework"], f"{language} framework")
    for kind in LISTS:
        by_id = {o["id"]: o for o in ladder.get(kind, [])}
        for oid, texts in overlay.get(kind, {}).items():
            if oid not in by_id:
                raise BuildError(f"translations.{language}.json: {kind} has '{oid}', which the ladder does not")
            attach(by_id[oid], language, texts, f"{language} {kind} {oid}")


def move_translations_last(obj):
    """Keeps each object's own fields first and its translations last, as docs/framework-format.md shows them."""
    if "translations" in obj:
        obj["translations"] = obj.pop("translations")


def build():
    ladder = load(LADDER)
    if ladder.get("formatVersion") != 2:
        raise BuildError("pm-default.en.json must be framework format 2")
    for language, overlay in overlays():
        if language == ladder.get("language", "en"):
            raise BuildError(f"an overlay in the ladder's own language ({language})")
        merge(ladder, language, overlay)
    for kind in LISTS:
        for obj in ladder.get(kind, []):
            move_translations_last(obj)
    move_translations_last(ladder)
    return json.dumps(ladder, indent=2, ensure_ascii=False) + "\n"


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--out", default=OUT)
    ap.add_argument("--check", action="store_true", help="exit 1 if --out differs from what would be written")
    args = ap.parse_args()
    try:
        text = build()
    except (BuildError, OSError, ValueError, KeyError) as e:
        print(f"build.py: {e}", file=sys.stderr)
        return 1
    if args.check:
        try:
            with open(args.out, encoding="utf-8") as f:
                same = f.read() == text
        except OSError:
            same = False
        if not same:
            print(f"{os.path.relpath(args.out)} is not built from content/ladder-v2; run content/ladder-v2/build.py")
            return 1
        print(f"{os.path.relpath(args.out)} is up to date")
        return 0
    with open(args.out, "w", encoding="utf-8", newline="\n") as f:
        f.write(text)
    print(f"wrote {os.path.relpath(args.out)} ({len(text.encode('utf-8')):,} bytes)")
    return 0


if __name__ == "__main__":
    sys.exit(main())

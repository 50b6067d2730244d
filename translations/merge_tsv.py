#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Fill translations (and English plural forms) into a Qt .ts file from tab-separated lines: CONTEXT<TAB>SOURCE<TAB>TRANSLATION.

Usage: merge_tsv.py kinerja_id.ts strings.tsv [more.tsv ...]
CONTEXT may be '*' to match the source text in any context. Escapes in SOURCE and TRANSLATION:
\\n for a newline, \\t for a tab. Messages that get a translation lose type="unfinished".
Prints the messages that are still untranslated, and exits 1 if there are any."""
import sys
import xml.etree.ElementTree as ET


def unescape(text):
    return text.replace("\\n", "\n").replace("\\t", "\t")


def main():
    ts_path, tsv_paths = sys.argv[1], sys.argv[2:]
    table = {}
    for path in tsv_paths:
        with open(path, encoding="utf-8") as handle:
            for number, line in enumerate(handle, 1):
                line = line.rstrip("\n")
                if not line or line.startswith("#"):
                    continue
                parts = line.split("\t")
                if len(parts) != 3:
                    sys.exit(f"{path}:{number}: expected 3 tab-separated fields")
                context, source, translation = parts
                table[(context, unescape(source))] = unescape(translation)
    tree = ET.parse(ts_path)
    english = tree.getroot().get("language", "").startswith("en")
    missing = []
    for context in tree.getroot().iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            source = message.findtext("source")
            translation = message.find("translation")
            # The English file only gets its plural forms: English is the source language.
            wanted = None if english else table.get((name, source), table.get(("*", source)))
            if wanted is None and english and message.get("numerus") == "yes":
                wanted = source  # English plurals are derived from the "(s)" in the source below
            if wanted is not None:
                forms = translation.findall("numerusform")
                if message.get("numerus") == "yes":
                    # Indonesian has one plural form; English gets "employee" / "employees" from "employee(s)".
                    if not forms:
                        forms = [ET.SubElement(translation, "numerusform")]
                    if english:
                        while len(forms) < 2:
                            forms.append(ET.SubElement(translation, "numerusform"))
                        forms[0].text = wanted.replace("(s)", "").replace("(es)", "")
                        for form in forms[1:]:
                            form.text = wanted.replace("(s)", "s").replace("(es)", "es")
                    else:
                        for form in forms:
                            form.text = wanted
                    translation.text = None
                else:
                    translation.text = wanted
                translation.attrib.pop("type", None)
            elif not english and (translation.get("type") == "unfinished"
                                  or not (translation.text or "").strip() and not translation.findall("numerusform")):
                missing.append(f"{name}\t{source}")
    tree.write(ts_path, encoding="utf-8", xml_declaration=True)
    with open(ts_path, encoding="utf-8") as handle:
        body = handle.read()
    body = body.replace("<?xml version='1.0' encoding='utf-8'?>", '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>')
    with open(ts_path, "w", encoding="utf-8") as handle:
        handle.write(body if body.endswith("\n") else body + "\n")
    for line in missing:
        print("untranslated:", line)
    return 1 if missing else 0


if __name__ == "__main__":
    sys.exit(main())

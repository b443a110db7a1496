#!/usr/bin/env python3
"""Builds places.json, the gazetteer of countries and their subdivisions, from Debian's iso-codes package.

  python3 data/gazetteer/build_places.py /usr/share/iso-codes/json > data/gazetteer/places.json

Source: ISO 3166-1 (countries) and ISO 3166-2 (subdivisions) names and codes as shipped by the iso-codes package
(https://salsa.debian.org/iso-codes-team/iso-codes, LGPL-2.1+). Each entry keeps the ISO code, the kind, the
canonical name people use (common_name where ISO has one: "Bolivia" for "Bolivia, Plurinational State of") and every
ISO spelling as a name. Common aliases and demonyms ("US", "Britain", "Chinese") are in aliases.json, written by hand.
"""
import json, os, sys

SUBDIVISION_TYPES = {
    "State", "Province", "Region", "Country", "Nation", "Autonomous region", "Autonomous province", "Municipality",
    "Special administrative region", "Emirate", "Territory", "Union territory", "Prefecture", "Governorate",
    "Autonomous community", "Federal district", "Capital district", "Capital territory", "Land", "Canton",
    "Autonomous city", "Metropolitan region", "Federal territory", "Autonomous republic", "Republic", "Oblast",
}


def main(folder):
    countries = json.load(open(os.path.join(folder, "iso_3166-1.json"), encoding="utf-8"))["3166-1"]
    subdivisions = json.load(open(os.path.join(folder, "iso_3166-2.json"), encoding="utf-8"))["3166-2"]
    places = []
    for c in sorted(countries, key=lambda c: c["alpha_2"]):
        names = [c.get("common_name"), c["name"], c.get("official_name")]
        canonical = c.get("common_name") or c["name"]
        places.append({"code": c["alpha_2"], "kind": "country", "name": canonical,
                       "names": sorted({n for n in names if n and "," not in n})})
    for s in sorted(subdivisions, key=lambda s: s["code"]):
        if s["type"] not in SUBDIVISION_TYPES:
            continue
        places.append({"code": s["code"], "kind": "subdivision", "name": s["name"], "names": [s["name"]]})
    json.dump({"source": "ISO 3166-1 and ISO 3166-2 via Debian iso-codes", "places": places}, sys.stdout,
              ensure_ascii=False, indent=0)
    sys.stdout.write("\n")


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "/usr/share/iso-codes/json")

#!/usr/bin/env python3
"""Seed media for the catalogue: a generated badge per organisation (its initials on a coloured disc), stored as
uSync v17 Media (uSync/v17/Media/*.config) with the file under uSync/media/{id}/{name} (Umbraco's wwwroot/media
layout), and picked by the organisation's `logo` property.

The badges are placeholders by design, generated here, NOT the organisations' official logos (uSync/SOURCES.md).
Idempotent: ids are derived from the organisation's key, and only the `logo` property of each organisation file is
touched, so it can be re-run after other seed edits are rebased in. Python standard library only.

    python3 uSync/tools/seed-media.py
"""
import glob
import html
import hashlib
import os
import re
import struct
import unicodedata
import uuid
import zlib

ROOT = os.path.normpath(os.path.join(os.path.dirname(__file__), "..", ".."))
V17 = os.path.join(ROOT, "uSync", "v17")
FILES = os.path.join(ROOT, "uSync", "media")
FOLDER_KEY = uuid.UUID("5e3d0c1a-7b2f-4c8e-9a61-0d4b2c6e8f10")
FOLDER_NAME = "Logotipi organizacij"
SIZE = 96
NS = uuid.UUID("9b0f3c2e-64a1-4f7d-8c55-1e2a3b4c5d6e")

# 5x7 capitals (and digits); a caron is drawn above C, S, Z for Č, Š, Ž.
GLYPHS = {
    "A": "01110 10001 10001 11111 10001 10001 10001", "B": "11110 10001 10001 11110 10001 10001 11110",
    "C": "01111 10000 10000 10000 10000 10000 01111", "D": "11110 10001 10001 10001 10001 10001 11110",
    "E": "11111 10000 10000 11110 10000 10000 11111", "F": "11111 10000 10000 11110 10000 10000 10000",
    "G": "01111 10000 10000 10011 10001 10001 01111", "H": "10001 10001 10001 11111 10001 10001 10001",
    "I": "11111 00100 00100 00100 00100 00100 11111", "J": "00111 00010 00010 00010 00010 10010 01100",
    "K": "10001 10010 10100 11000 10100 10010 10001", "L": "10000 10000 10000 10000 10000 10000 11111",
    "M": "10001 11011 10101 10101 10001 10001 10001", "N": "10001 11001 10101 10011 10001 10001 10001",
    "O": "01110 10001 10001 10001 10001 10001 01110", "P": "11110 10001 10001 11110 10000 10000 10000",
    "R": "11110 10001 10001 11110 10100 10010 10001", "S": "01111 10000 10000 01110 00001 00001 11110",
    "T": "11111 00100 00100 00100 00100 00100 00100", "U": "10001 10001 10001 10001 10001 10001 01110",
    "V": "10001 10001 10001 10001 10001 01010 00100", "Z": "11111 00001 00010 00100 01000 10000 11111",
    "Y": "10001 10001 01010 00100 00100 00100 00100", "W": "10001 10001 10001 10101 10101 10101 01010",
    "X": "10001 10001 01010 00100 01010 10001 10001", "Q": "01110 10001 10001 10001 10101 10010 01101",
    "0": "01110 10001 10011 10101 11001 10001 01110", "1": "00100 01100 00100 00100 00100 00100 01110",
}
CARON = "01010 00100"
# Dark enough for white text at 4.5:1 and above (WCAG AA for the initials).
COLOURS = [(0x1F, 0x4E, 0x79), (0x7A, 0x1F, 0x3D), (0x2E, 0x5E, 0x2E), (0x5B, 0x2C, 0x83), (0x8A, 0x3B, 0x00), (0x00, 0x5F, 0x66)]
SKIP = {"in", "za", "na", "v", "z", "s", "ter", "pri", "of", "and", "the", "for", "enota", "d.o.o.", "so.p.", "o.p."}


def initials(name):
    words = [w for w in re.split(r"[\s,–\-()/]+", name) if w and w.lower() not in SKIP]
    if len(words) == 1 or (words and words[0].isupper() and len(words[0]) <= 4):
        letters = words[0][:3] if words[0].isupper() else words[0][:2]
    else:
        letters = "".join(w[0] for w in words[:3])
    return letters.upper()


def glyph(ch):
    base = unicodedata.normalize("NFD", ch)[0]
    rows = GLYPHS.get(base, GLYPHS["O"]).split()
    caron = ch in "ČŠŽ"
    return rows, caron


def png(initials_text, colour):
    scale = 5 if len(initials_text) <= 2 else 4
    width_px = len(initials_text) * 6 * scale - scale
    x0 = (SIZE - width_px) // 2
    y0 = (SIZE - 7 * scale) // 2
    ink = set()
    for i, ch in enumerate(initials_text):
        rows, caron = glyph(ch)
        gx = x0 + i * 6 * scale
        for r, row in enumerate(rows):
            for c, bit in enumerate(row):
                if bit == "1":
                    for dy in range(scale):
                        for dx in range(scale):
                            ink.add((gx + c * scale + dx, y0 + r * scale + dy))
        if caron:
            for r, row in enumerate(CARON.split()):
                for c, bit in enumerate(row):
                    if bit == "1":
                        for dy in range(scale):
                            for dx in range(scale):
                                ink.add((gx + c * scale + dx, y0 - (3 - r) * scale + dy))
    centre, radius = (SIZE - 1) / 2, SIZE / 2 - 1
    raw = bytearray()
    for y in range(SIZE):
        raw.append(0)
        for x in range(SIZE):
            inside = (x - centre) ** 2 + (y - centre) ** 2 <= radius ** 2
            raw.append(2 if (x, y) in ink and inside else 1 if inside else 0)
    # Palette PNG with transparency: 0 transparent, 1 badge colour, 2 white.
    palette = bytes([255, 255, 255]) + bytes(colour) + bytes([255, 255, 255])

    def chunk(kind, data):
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)

    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", SIZE, SIZE, 8, 3, 0, 0, 0))
            + chunk(b"PLTE", palette) + chunk(b"tRNS", bytes([0])) + chunk(b"IDAT", zlib.compress(bytes(raw), 9)) + chunk(b"IEND", b""))


def slug(text):
    text = unicodedata.normalize("NFD", text.replace("đ", "d").replace("Đ", "D"))
    text = "".join(c for c in text if unicodedata.category(c) != "Mn").lower()
    return re.sub(r"-{2,}", "-", re.sub(r"[^a-z0-9]", "-", text)).strip("-")[:60].strip("-")


def media_config(key, parent, name, level, sort, properties):
    props = "".join(f"    <{alias}>\n      <Value><![CDATA[{value}]]></Value>\n    </{alias}>\n" for alias, value in sorted(properties.items()))
    return f"""<?xml version="1.0" encoding="utf-8"?>
<Media Key="{key}" Alias="{html.escape(name)}" Level="{level}">
  <Info>
    <Parent Key="{parent}">{FOLDER_NAME if level > 1 else ""}</Parent>
    <Path>/{re.sub(r"[^A-Za-z0-9]", "", name)}</Path>
    <Trashed>false</Trashed>
    <ContentType>{"Folder" if not properties else "Image"}</ContentType>
    <CreateDate>2026-12-04T12:00:00</CreateDate>
    <NodeName Default="{html.escape(name)}" />
    <SortOrder>{sort}</SortOrder>
  </Info>
  <Properties>{chr(10) + props + "  " if props else ""}</Properties>
</Media>
"""


def set_property(text, alias, value):
    """Replaces or inserts one property, keeping uSync's alphabetical order; nothing else in the file changes."""
    block = f"    <{alias}>\n      <Value><![CDATA[{value}]]></Value>\n    </{alias}>\n"
    existing = re.search(rf"    <{alias}>\n.*?    </{alias}>\n", text, re.S)
    if existing:
        return text[:existing.start()] + block + text[existing.end():]
    props = text.index("  <Properties>\n") + len("  <Properties>\n")
    for match in re.finditer(r"^    <([A-Za-z0-9_]+)>\n", text[props:], re.M):
        if match.group(1).lower() > alias.lower():
            at = props + match.start()
            return text[:at] + block + text[at:]
    at = text.index("  </Properties>")
    return text[:at] + block + text[at:]


def main():
    os.makedirs(os.path.join(V17, "Media"), exist_ok=True)
    with open(os.path.join(V17, "Media", "logotipi-organizacij.config"), "w", encoding="utf-8") as f:
        f.write(media_config(FOLDER_KEY, "00000000-0000-0000-0000-000000000000", FOLDER_NAME, 1, 0, {}))
    organisations = []
    for path in sorted(glob.glob(os.path.join(V17, "Content", "*.config"))):
        text = open(path, encoding="utf-8").read()
        if "<ContentType>organisation</ContentType>" in text:
            key = re.search(r'<Content Key="([0-9a-f-]+)"', text).group(1)
            name = re.search(r'<Name Culture="sl-SI">(.*?)</Name>', text).group(1)
            organisations.append((path, key, html.unescape(name), text))
    for sort, (path, key, name, text) in enumerate(sorted(organisations, key=lambda o: o[2])):
        media_key = uuid.uuid5(NS, "logo:" + key)
        file_id = hashlib.sha256(("logo:" + key).encode()).hexdigest()[:32]
        file_name = slug(name) + ".png"
        data = png(initials(name), COLOURS[int(file_id[:2], 16) % len(COLOURS)])
        folder = os.path.join(FILES, file_id)
        os.makedirs(folder, exist_ok=True)
        with open(os.path.join(folder, file_name), "wb") as f:
            f.write(data)
        src = '{"src":"/media/%s/%s","crops":[]}' % (file_id, file_name)
        media_name = "Logotip – " + name
        with open(os.path.join(V17, "Media", "logotip-" + slug(name)[:50] + ".config"), "w", encoding="utf-8") as f:
            f.write(media_config(media_key, FOLDER_KEY, media_name, 2, sort, {
                "altText": name, "umbracoBytes": str(len(data)), "umbracoExtension": "png", "umbracoFile": src,
                "umbracoHeight": str(SIZE), "umbracoWidth": str(SIZE)}))
        picked = '[{"key":"%s","mediaKey":"%s","mediaTypeAlias":"Image","crops":[],"focalPoint":null}]' % (uuid.uuid5(NS, "pick:" + key), media_key)
        with open(path, "w", encoding="utf-8") as f:
            f.write(set_property(text, "logo", picked))
    print(f"{len(organisations)} organisation badges written")


if __name__ == "__main__":
    main()

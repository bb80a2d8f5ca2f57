#!/usr/bin/env python3
"""Seed material that exercises media, rich-text references and a single-culture item (issue 13):

* a small illustration per news article (a pictogram on a coloured panel, drawn here, with alt text), stored as uSync
  v17 Media in the folder "Slike novic" and picked by the article's `image` property;
* in "Vrata je odprla Pisarna lokalne blaginje", rich text as Umbraco 17 stores it: an internal link
  `{localLink:umb://document/<key>}` to the office's organisation page and an image `<img data-udi="umb://media/<key>">`;
* "Spomladansko srečanje organizacij: materialna stiska družin" published in Slovenian only (its English culture is
  removed), so the site and the Delivery API have an item without English.

The pictures are ours and show no real place or person. Idempotent like seed-media.py (whose helpers it uses): ids
are derived from the article keys and only the touched properties change. Python standard library only.

    python3 uSync/tools/seed-news.py
"""
import glob
import hashlib
import importlib.util
import json
import os
import re
import struct
import uuid
import zlib

spec = importlib.util.spec_from_file_location("seed_media", os.path.join(os.path.dirname(__file__), "seed-media.py"))
seed_media = importlib.util.module_from_spec(spec)
spec.loader.exec_module(seed_media)

V17, FILES, NS = seed_media.V17, seed_media.FILES, seed_media.NS
FOLDER_KEY = uuid.UUID("3c1f7a52-9d4e-4b6a-8f20-6e5d4c3b2a19")
FOLDER_NAME = "Slike novic"
WIDTH, HEIGHT = 320, 180
OFFICE_ORGANISATION = "7da78aa1-553f-57e3-90e9-8deb959116ac"
LINKED_ARTICLE = "vrata-je-odprla-pisarna-lokalne-blaginje.config"
SLOVENIAN_ONLY = "spomladansko-srecanje-organizacij-materialna-stiska-druzin.config"

# Which pictogram an article gets, and the alt text that says what it shows (media alt text is invariant, Slovenian).
PICTURES = {
    "vrata-je-odprla-pisarna-lokalne-blaginje": ("door", "Ilustracija: odprta vrata"),
    "rudi-brezplacno-vozi-starejse-in-gibalno-ovirane": ("car", "Ilustracija: avtomobil"),
    "v-zdravstvenem-domu-novo-mesto-odprli-centra-za-dusevno-zdravje": ("heart", "Ilustracija: srce"),
}
MEETING = ("people", "Ilustracija: tri osebe za mizo")
INFO = ("info", "Ilustracija: znak za informacije")


def shapes(kind):
    """Pictograms as (shape, ink, …) lists: 'r' rectangle x0 y0 x1 y1, 'c' disc cx cy radius. Ink 1 white, 2 panel."""
    if kind == "door":
        return [("r", 1, 120, 30, 200, 160), ("r", 2, 130, 40, 190, 160), ("r", 1, 140, 40, 190, 160), ("c", 2, 178, 100, 5)]
    if kind == "car":
        return [("r", 1, 70, 90, 250, 130), ("r", 1, 110, 60, 210, 92), ("r", 2, 120, 68, 155, 90), ("r", 2, 165, 68, 200, 90),
                ("c", 1, 115, 135, 20), ("c", 2, 115, 135, 9), ("c", 1, 205, 135, 20), ("c", 2, 205, 135, 9)]
    if kind == "heart":
        return [("c", 1, 135, 75, 30), ("c", 1, 185, 75, 30), ("t", 1, 107, 85, 213, 150)]
    if kind == "people":
        return [("c", 1, 100, 65, 18), ("c", 1, 160, 55, 18), ("c", 1, 220, 65, 18),
                ("c", 1, 100, 115, 28), ("c", 1, 160, 105, 28), ("c", 1, 220, 115, 28), ("r", 1, 50, 125, 270, 140)]
    return [("c", 1, 160, 90, 60), ("c", 2, 160, 55, 9), ("r", 2, 151, 75, 169, 130), ("r", 2, 143, 122, 177, 130)]


def ink_at(x, y, drawn):
    value = 0
    for shape in drawn:
        kind, ink = shape[0], shape[1]
        if kind == "r" and shape[2] <= x < shape[4] and shape[3] <= y < shape[5]:
            value = ink
        elif kind == "c" and (x - shape[2]) ** 2 + (y - shape[3]) ** 2 <= shape[4] ** 2:
            value = ink
        elif kind == "t":
            # A downward triangle: full width at the top edge, a point at the bottom centre.
            x0, y0, x1, y1 = shape[2:]
            half = (x1 - x0) / 2 * (1 - (y - y0) / (y1 - y0))
            if y0 <= y < y1 and abs(x - (x0 + x1) / 2) <= half:
                value = ink
    return value


def png(kind, colour):
    drawn = shapes(kind)
    raw = bytearray()
    for y in range(HEIGHT):
        raw.append(0)
        raw.extend(ink_at(x, y, drawn) for x in range(WIDTH))
    palette = bytes(colour) + bytes([255, 255, 255]) + bytes(colour)

    def chunk(name, data):
        return struct.pack(">I", len(data)) + name + data + struct.pack(">I", zlib.crc32(name + data) & 0xFFFFFFFF)

    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", WIDTH, HEIGHT, 8, 3, 0, 0, 0))
            + chunk(b"PLTE", palette) + chunk(b"IDAT", zlib.compress(bytes(raw), 9)) + chunk(b"IEND", b""))


def write_media(seed_name, name, sort, kind, alt):
    """Writes one image (file + uSync config) and returns its key and URL."""
    key = uuid.uuid5(NS, "news-image:" + seed_name)
    file_id = hashlib.sha256(("news-image:" + seed_name).encode()).hexdigest()[:32]
    file_name = seed_media.slug(name) + ".png"
    data = png(kind, seed_media.COLOURS[int(file_id[:2], 16) % len(seed_media.COLOURS)])
    folder = os.path.join(FILES, file_id)
    os.makedirs(folder, exist_ok=True)
    with open(os.path.join(folder, file_name), "wb") as f:
        f.write(data)
    url = "/media/%s/%s" % (file_id, file_name)
    config = seed_media.media_config(key, FOLDER_KEY, name, 2, sort, {
        "altText": alt, "umbracoBytes": str(len(data)), "umbracoExtension": "png", "umbracoFile": '{"src":"%s","crops":[]}' % url,
        "umbracoHeight": str(HEIGHT), "umbracoWidth": str(WIDTH)})
    with open(os.path.join(V17, "Media", "slika-" + seed_name[:50].rstrip("-") + ".config"), "w", encoding="utf-8") as f:
        f.write(config.replace(f">{seed_media.FOLDER_NAME}</Parent>", f">{FOLDER_NAME}</Parent>"))
    return key, url


def with_body(text, culture, extra):
    """Appends markup to one culture's rich text (once: a second run finds it there)."""
    pattern = re.compile(r'(<Value Culture="%s"><!\[CDATA\[)(.*?)(\]\]></Value>)' % culture, re.S)
    body = re.search(r"    <body>\n.*?    </body>\n", text, re.S)
    match = pattern.search(text, body.start(), body.end())
    value = json.loads(match.group(2))
    if "{localLink:" in value["markup"]:
        return text
    value["markup"] += extra
    return text[:match.start(2)] + json.dumps(value, ensure_ascii=False) + text[match.end(2):]


def without_english(text):
    text = re.sub(r'\s*<Name Culture="en-US">.*?</Name>', "", text)
    text = re.sub(r'\s*<Published Culture="en-US">.*?</Published>', "", text)
    return re.sub(r'\n\s*<Value Culture="en-US"><!\[CDATA\[.*?\]\]></Value>', "", text, flags=re.S)


def main():
    with open(os.path.join(V17, "Media", "slike-novic.config"), "w", encoding="utf-8") as f:
        f.write(seed_media.media_config(FOLDER_KEY, "00000000-0000-0000-0000-000000000000", FOLDER_NAME, 1, 1, {}))
    articles = []
    for path in sorted(glob.glob(os.path.join(V17, "Content", "*.config"))):
        text = open(path, encoding="utf-8").read()
        if "<ContentType>newsArticle</ContentType>" in text:
            articles.append((path, os.path.basename(path)[:-len(".config")], text))
    for sort, (path, seed_name, text) in enumerate(articles):
        kind, alt = PICTURES.get(seed_name, MEETING)
        name = re.search(r'<Name Culture="sl-SI">(.*?)</Name>', text).group(1)
        key, _ = write_media(seed_name, "Slika – " + name[:60], sort, kind, alt)
        picked = '[{"key":"%s","mediaKey":"%s","mediaTypeAlias":"Image","crops":[],"focalPoint":null}]' % (uuid.uuid5(NS, "news-pick:" + seed_name), key)
        text = seed_media.set_property(text, "image", picked)
        if path.endswith(LINKED_ARTICLE):
            info_key, info_url = write_media("info", "Znak za informacije", len(articles), *INFO)
            link = "{localLink:umb://document/%s}" % OFFICE_ORGANISATION.replace("-", "")
            image = '<p><img src="%s" alt="%%s" width="%d" height="%d" data-udi="umb://media/%s"></p>' % (info_url, WIDTH, HEIGHT, info_key.hex)
            text = with_body(text, "sl-SI", '<p>Kaj pisarna ponuja, kje je in kdaj je odprta, piše na strani <a href="%s" title="Pisarna lokalne blaginje">Pisarna lokalne blaginje</a>.</p>%s' % (link, image % INFO[1]))
            # The English text says in English what the picture shows; the media item's own alt text is Slovenian.
            text = with_body(text, "en-US", '<p>What the office offers, where it is and when it is open is on the page <a href="%s" title="Local Welfare Office">Local Welfare Office</a>.</p>%s' % (link, image % "Illustration: information sign"))
        if path.endswith(SLOVENIAN_ONLY):
            text = without_english(text)
        with open(path, "w", encoding="utf-8") as f:
            f.write(text)
    print(f"{len(articles)} news images written")


if __name__ == "__main__":
    main()

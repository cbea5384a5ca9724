#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""Writes the news demo content (module-news/src/main/demo/) from news_items.py.

The output is committed; run this again after changing news_items.py:
    python3 module-news/src/demo-generator/generate.py
File names are the Vietnamese URL names of the titles (same rule as org.portalkit.core.text.UrlNames:
NFD, combining marks removed, đ → d, non-alphanumerics → '-'); an integration test checks they agree.
"""
import os
import re
import shutil
import unicodedata
from datetime import datetime, timedelta, timezone
from html import escape

from news_items import CATEGORIES, ITEMS, SEED

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.normpath(os.path.join(HERE, "..", "main", "demo"))
SITE = "/sites/default"
NEWS_FOLDER = "tin-tuc"
IMAGE_FOLDER = "hinh-anh"
VN = timezone(timedelta(hours=7))
SCHEMA = "opencms://system/modules/org.portalkit.news/schemas/news.xsd"


def slug(title):
    text = title.replace("đ", "d").replace("Đ", "D")
    text = "".join(c for c in unicodedata.normalize("NFD", text) if not unicodedata.combining(c)).lower()
    text = re.sub(r"[^a-z0-9]+", "-", text).strip("-")
    if len(text) > 80:
        cut = text[:80]
        if text[80] != "-" and "-" in cut:
            cut = cut[: cut.rfind("-")]
        text = cut.strip("-")
    return text or "item"


def millis(stamp):
    return str(int(datetime.strptime(stamp, "%Y-%m-%d" if len(stamp) == 10 else "%Y-%m-%dT%H:%M").replace(tzinfo=VN).timestamp() * 1000))


def cdata(text):
    return "<![CDATA[" + text.replace("]]>", "]]]]><![CDATA[>") + "]]>"


def link(path):
    return '<link type="WEAK"><target>' + cdata(path) + "</target></link>"


def write(path, text):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w", encoding="utf-8") as f:
        f.write(text)


def meta(path, lines):
    write(path + ".meta.properties", "\n".join(lines) + "\n")


def props_escape(text):
    return "".join(c if ord(c) < 128 else "\\u%04x" % ord(c) for c in text)


def article(item, text_counter):
    parts = ['<?xml version="1.0" encoding="UTF-8"?>',
             '<PkNewsArticles xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:noNamespaceSchemaLocation="%s">' % SCHEMA,
             '  <PkNews language="vi">',
             "    <Title>%s</Title>" % cdata(item["title"])]
    if item.get("section"):
        parts.append("    <Section>%s</Section>" % cdata(item["section"]))
    parts.append("    <Lead>%s</Lead>" % cdata(item["lead"]))
    for section in item["sections"]:
        parts.append("    <Body>")
        html = "".join("<p>%s</p>" % escape(p, quote=False) for p in section["paragraphs"])
        parts.append('      <Text name="Text%d"><links/><content>%s</content></Text>' % (next(text_counter), cdata(html)))
        image = section.get("image")
        if image:
            parts.append("      <Image>")
            parts.append("        <Image>%s</Image>" % link("%s/%s/%s" % (SITE, IMAGE_FOLDER, image["file"])))
            parts.append("        <Caption>%s</Caption>" % cdata(image["caption"]))
            parts.append("        <Alt>%s</Alt>" % cdata(image["alt"]))
            parts.append("      </Image>")
        parts.append("    </Body>")
    if item.get("byline"):
        parts.append("    <Byline>%s</Byline>" % cdata(item["byline"]))
    parts.append("    <Poster>%s</Poster>" % cdata(item.get("poster", SEED["poster"])))
    parts.append("    <PublishDate>%s</PublishDate>" % cdata(millis(item["published"])))
    if item.get("event"):
        parts.append("    <EventDate>%s</EventDate>" % cdata(millis(item["event"])))
    parts.append("    <Categories>%s</Categories>" % link("%s/.categories/%s/" % (SITE, item["category"])))
    parts.append("    <Featured>%s</Featured>" % cdata("true" if item.get("featured") else "false"))
    parts.append("  </PkNews>")
    parts.append("</PkNewsArticles>")
    return "\n".join(parts) + "\n"


def main():
    if os.path.isdir(OUT):
        shutil.rmtree(OUT)
    counter = iter(range(1000000))
    base = os.path.join(OUT, SITE.strip("/"))
    # categories
    meta(os.path.join(base, ".categories"), ["type=folder", "property.Title=" + props_escape("Chuyên mục")])
    for key, vi, en in CATEGORIES:
        meta(os.path.join(base, ".categories", key), ["type=folder", "property.Title=" + props_escape(vi)])
    # folders
    meta(os.path.join(base, NEWS_FOLDER), [
        "type=folder",
        "property.Title=" + props_escape("Tin tức"),
        "property.template-elements=/system/modules/org.portalkit.news/elements/news-page.jsp",
        "property.pk.news.poster=SLDTBXH Kontum",
        "property.locale=vi"])
    meta(os.path.join(base, IMAGE_FOLDER), ["type=imagegallery", "property.Title=" + props_escape("Hình ảnh")])
    items = [SEED]
    for title, section, category, published, lead, paragraph, views, featured in ITEMS:
        item = {"title": title, "section": section, "category": category, "published": published, "lead": lead,
                "sections": [{"paragraphs": [lead, paragraph]}], "views": views, "featured": featured,
                "byline": "Văn phòng Sở"}
        if featured:
            image = slug(title)[:40].rstrip("-") + ".jpg"
            item["sections"][0]["image"] = {"file": image, "caption": title, "alt": title}
        items.append(item)
    names = set()
    for item in items:
        name = slug(item["title"])
        assert name not in names, name
        names.add(name)
        path = os.path.join(base, NEWS_FOLDER, name)
        write(path, article(item, counter))
        meta(path, ["type=pk-news", "counter.key=pk.news.views.${structureId}", "counter.value=%d" % item["views"]])
        for section in item["sections"]:
            image = section.get("image")
            if image:
                meta(os.path.join(base, IMAGE_FOLDER, image["file"]), [
                    "type=image", "generate=jpeg", "generate.width=1200", "generate.height=675",
                    "generate.caption=" + props_escape(image["caption"][:60]),
                    "property.Title=" + props_escape(image["caption"]),
                    "property.Description=" + props_escape(image["alt"])])
    # the news archive: all news, 20 a page, linked from the landing page
    index = os.path.join(base, NEWS_FOLDER, "index.html")
    write(index, """<?xml version="1.0" encoding="UTF-8"?>
<PkPages xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:noNamespaceSchemaLocation="opencms://system/modules/org.portalkit.template/schemas/page.xsd">
  <PkPage language="vi">
    <Title><![CDATA[Tin tức]]></Title>
    <Element><![CDATA[/system/modules/org.portalkit.news/elements/latest-news.jsp?n=20&paging=true&folder=/tin-tuc/]]></Element>
  </PkPage>
</PkPages>
""")
    meta(index, ["type=pk-page", "property.template-elements=/system/modules/org.portalkit.template/elements/page.jsp"])
    print("wrote %d articles to %s" % (len(items), OUT))


if __name__ == "__main__":
    main()

#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""Writes the news demo content (module-news/src/main/demo/) from news_items.py.

The output is committed; run this again after changing news_items.py:
    python3 module-news/src/demo-generator/generate.py
Vietnamese news go to /tin-tuc/ (ITEMS, SEED), English news to /en/news/ (EN_ITEMS), each folder with its pk-list
archive page index.html. File names are the URL names of the titles (same rule as org.portalkit.core.text.UrlNames:
NFD, combining marks removed, đ → d, non-alphanumerics → '-'); an integration test checks they agree.
"""
import os
import re
import shutil
import unicodedata
from datetime import datetime, timedelta, timezone
from html import escape

from news_items import CATEGORIES, EN_ITEMS, ITEMS, SEED

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.normpath(os.path.join(HERE, "..", "main", "demo"))
SITE = "/sites/default"
NEWS_FOLDER = "tin-tuc"
EN_ROOT = "en"
EN_NEWS_FOLDER = "en/news"
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


def article(item, text_counter, language="vi"):
    parts = ['<?xml version="1.0" encoding="UTF-8"?>',
             '<PkNewsArticles xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:noNamespaceSchemaLocation="%s">' % SCHEMA,
             '  <PkNews language="%s">' % language,
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


LIST_FIELDS = """    <Subfolders><![CDATA[true]]></Subfolders>
    <CategoryMode><![CDATA[any]]></CategoryMode>
    <Dates><![CDATA[none]]></Dates>
    <Sort><![CDATA[newest]]></Sort>
    <PageSize><![CDATA[20]]></PageSize>
    <Paging><![CDATA[numbered]]></Paging>
    <FacetCategory><![CDATA[true]]></FacetCategory>
    <FacetYear><![CDATA[true]]></FacetYear>
    <FacetMonth><![CDATA[false]]></FacetMonth>
"""


def news_list(folder, locales):
    """A pk-list of the templates module: the news of `folder`, newest first, 20 a page; locales: (language, title,
    empty text)."""
    parts = ['<?xml version="1.0" encoding="UTF-8"?>',
             '<PkLists xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:noNamespaceSchemaLocation="opencms://system/modules/org.portalkit.template/schemas/list.xsd">']
    for language, title, empty in locales:
        parts.append('  <PkList language="%s">' % language)
        parts.append("    <Title>%s</Title>" % cdata(title))
        parts.append("    <Type>%s</Type>" % cdata("pk-news"))
        parts.append("    <Folder>%s</Folder>" % cdata(folder))
        parts.append(LIST_FIELDS.rstrip("\n"))
        parts.append("    <EmptyText>%s</EmptyText>" % cdata(empty))
        parts.append("  </PkList>")
    parts.append("</PkLists>")
    return "\n".join(parts) + "\n"


def write_list(base, folder, locales):
    index = os.path.join(base, folder, "index.html")
    write(index, news_list("/" + folder + "/", locales))
    meta(index, ["# The news archive: a pk-list (templates module) with category and year facets, rendered as a page of its own.",
                 "type=pk-list", "property.template-elements=/system/modules/org.portalkit.template/elements/list-page.jsp"])


def write_items(base, folder, items, counter, language):
    names = set()
    for item in items:
        name = slug(item["title"])
        assert name not in names, name
        names.add(name)
        path = os.path.join(base, folder, name)
        write(path, article(item, counter, language))
        meta(path, ["type=pk-news", "counter.key=pk.news.views.${structureId}", "counter.value=%d" % item["views"]])
        for section in item["sections"]:
            image = section.get("image")
            if image:
                meta(os.path.join(base, IMAGE_FOLDER, image["file"]), [
                    "type=image", "generate=jpeg", "generate.width=1200", "generate.height=675",
                    "generate.caption=" + props_escape(image["caption"][:60]),
                    "property.Title=" + props_escape(image["caption"]),
                    "property.Description=" + props_escape(image["alt"])])


def short_items(rows, byline, poster=None):
    items = []
    for title, section, category, published, lead, paragraph, views, featured in rows:
        item = {"title": title, "section": section, "category": category, "published": published, "lead": lead,
                "sections": [{"paragraphs": [lead, paragraph]}], "views": views, "featured": featured,
                "byline": byline}
        if poster:
            item["poster"] = poster
        if featured:
            image = slug(title)[:40].rstrip("-") + ".jpg"
            item["sections"][0]["image"] = {"file": image, "caption": title, "alt": title}
        items.append(item)
    return items


def main():
    if os.path.isdir(OUT):
        shutil.rmtree(OUT)
    counter = iter(range(1000000))
    base = os.path.join(OUT, SITE.strip("/"))
    # categories, titled in Vietnamese and (Title_en) English; an earlier install's categories get the English titles
    # they lack (add-missing keeps every value somebody set)
    meta(os.path.join(base, ".categories"), ["type=folder", "existing.properties=add-missing",
                                              "property.Title=" + props_escape("Chuyên mục"), "property.Title_en=Categories"])
    for key, vi, en in CATEGORIES:
        meta(os.path.join(base, ".categories", key), ["type=folder", "existing.properties=add-missing",
                                                       "property.Title=" + props_escape(vi),
                                                       "property.Title_en=" + props_escape(en)])
    # folders
    meta(os.path.join(base, NEWS_FOLDER), [
        "type=folder",
        "property.Title=" + props_escape("Tin tức"),
        "property.template-elements=/system/modules/org.portalkit.news/elements/news-page.jsp",
        "property.pk.news.poster=SLDTBXH Kontum",
        "property.locale=vi",
        "property.NavText=" + props_escape("Tin tức"),
        "property.NavText_en=News",
        "property.NavPos=1"])
    meta(os.path.join(base, IMAGE_FOLDER), ["type=imagegallery", "property.Title=" + props_escape("Hình ảnh")])
    # the English pages' root (the templates module's demo gives it the rest of its properties): whichever module's
    # demo is seeded first creates the folder, so it has its locale from the start
    meta(os.path.join(base, EN_ROOT), [
        "# The English pages' language root; the templates module's demo adds its other properties (add-missing).",
        "type=folder", "property.Title=English", "property.locale=en"])
    meta(os.path.join(base, EN_NEWS_FOLDER), [
        "type=folder",
        "property.Title=News",
        "property.template-elements=/system/modules/org.portalkit.news/elements/news-page.jsp",
        "property.pk.news.poster=DOLISA Kon Tum",
        "property.locale=en",
        "property.NavText=News",
        "property.NavPos=1.5"])
    items = [SEED] + short_items(ITEMS, "Văn phòng Sở")
    write_items(base, NEWS_FOLDER, items, counter, "vi")
    en_items = short_items(EN_ITEMS, "Department Office", "DOLISA Kon Tum")
    write_items(base, EN_NEWS_FOLDER, en_items, counter, "en")
    # the news archives: all news of the folder, 20 a page, linked from the home pages
    write_list(base, NEWS_FOLDER, [("vi", "Tin tức", "Chưa có tin tức."), ("en", "News", "There is no news yet.")])
    write_list(base, EN_NEWS_FOLDER, [("en", "News", "There is no news yet.")])
    print("wrote %d Vietnamese and %d English articles to %s" % (len(items), len(en_items), OUT))


if __name__ == "__main__":
    main()

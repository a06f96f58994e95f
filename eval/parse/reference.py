"""Reference values for `npm run eval:parse`, from Python feedparser (Debian: python3-feedparser).

Usage: reference.py <data-dir>. Reads <data-dir>/manifest.json (written by eval/parse/data.ts) and
writes <data-dir>/reference.json: per saved document, each entry's title (as text), link, id,
author and date as feedparser reads them; per feedparser test case, the expectations its Expect
line sets on an entry's title, link, id or author.
"""

import ast
import json
import re
import sys
import time
import warnings
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import urljoin

import feedparser

warnings.filterwarnings("ignore")
FIELDS = ("title", "link", "id", "author")


class _Text(HTMLParser):
    """Collects the text of an HTML fragment, entities decoded, scripts and styles left out."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.parts = []
        self.silent = 0

    def handle_starttag(self, tag, attrs):
        if tag in ("script", "style"):
            self.silent += 1

    def handle_endtag(self, tag):
        if tag in ("script", "style") and self.silent:
            self.silent -= 1

    def handle_data(self, data):
        if not self.silent:
            self.parts.append(data)


def as_text(value, detail):
    """feedparser keeps markup in fields it reads as HTML; compared as text, only the text counts."""
    if value is None:
        return None
    if detail and "html" in (detail.get("type") or ""):
        parser = _Text()
        parser.feed(value)
        parser.close()
        return "".join(parser.parts)
    return value


def iso(parsed):
    return time.strftime("%Y-%m-%dT%H:%M:%SZ", parsed) if parsed else None


def parse(path, entry):
    headers = dict(entry["headers"])
    # Without a fetch, feedparser takes the document's address from Content-Location.
    headers["content-location"] = base_of(entry)
    return feedparser.parse(path.read_bytes(), response_headers=headers)


def base_of(entry):
    """The base the test harness gives: its Content-Location resolved against the address, else the address."""
    location = entry["headers"].get("content-location")
    return urljoin(entry["url"], location) if location else entry["url"]


def entry_values(item):
    detail = item.get("author_detail") or {}
    return {
        "title": as_text(item.get("title"), item.get("title_detail")),
        "link": item.get("link"),
        "id": item.get("id"),
        "author": item.get("author"),
        "authorName": detail.get("name"),
        "date": iso(item.get("published_parsed") or item.get("updated_parsed")),
    }


def constant(node):
    """A string literal, possibly written as a sum of literals; None for anything else."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    if isinstance(node, ast.BinOp) and isinstance(node.op, ast.Add):
        left, right = constant(node.left), constant(node.right)
        return left + right if left is not None and right is not None else None
    return None


def entry_field(node):
    """(index, field) for an `entries[i]['field']` expression, else None."""
    if (
        isinstance(node, ast.Subscript)
        and isinstance(node.value, ast.Subscript)
        and isinstance(node.value.value, ast.Name)
        and node.value.value.id == "entries"
    ):
        index, field = constant_index(node.value.slice), constant(node.slice)
        if index is not None and field in FIELDS:
            return index, field
    return None


def constant_index(node):
    return node.value if isinstance(node, ast.Constant) and isinstance(node.value, int) else None


def expectations(expect):
    """The (index, field, expected) triples of an Expect line's equality comparisons."""
    found = []
    for node in ast.walk(ast.parse(expect, mode="eval")):
        if not isinstance(node, ast.Compare) or not all(isinstance(op, ast.Eq) for op in node.ops):
            continue
        operands = [node.left, *node.comparators]
        values = [constant(operand) for operand in operands if constant(operand) is not None]
        if len(values) != 1:
            continue
        for operand in operands:
            target = entry_field(operand)
            if target:
                found.append((*target, values[0]))
    return found


def checks(path, entry):
    text = path.read_text("utf-8", errors="ignore")
    match = re.search(r"Expect:\s*(.*?)\s*-->", text, re.S)
    result = parse(path, entry)
    out = []
    for index, field, expected in expectations(match.group(1)) if match else []:
        item = result.entries[index] if index < len(result.entries) else {}
        detail = item.get(f"{field}_detail") if field == "title" else None
        name = (item.get("author_detail") or {}).get("name") if field == "author" else None
        out.append(
            {
                "entry": index,
                "field": field,
                "expected": expected,
                "expectedText": as_text(expected, detail),
                "expectedName": name,
            }
        )
    return out


def main(data_dir):
    data = Path(data_dir)
    manifest = json.loads((data / "manifest.json").read_text("utf-8"))
    reference = {"documents": {}, "tests": {}}
    for entry in manifest:
        path = data / entry["file"]
        if entry["kind"] == "document":
            result = parse(path, entry)
            reference["documents"][entry["id"]] = {
                "bozo": bool(result.bozo),
                "entries": [entry_values(item) for item in result.entries],
            }
        else:
            reference["tests"][entry["id"]] = checks(path, entry)
    (data / "reference.json").write_text(json.dumps(reference, ensure_ascii=False, indent=1), "utf-8")


if __name__ == "__main__":
    main(sys.argv[1])

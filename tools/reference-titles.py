#!/usr/bin/env python3
"""
Gives the sources of seeds/industry-reference.json the page titles the second reference collection knows:
a source whose title is only its address ("itiger.com: news/2534493255") takes the `source_title` of a
reference/v2 item read on the same page, and every source gets its host (without www.) as publisher when
it has none. Titles that are already a page's are kept. Deterministic; run after the generators that write
that file (tools/reference-industry.py), then prettier.

    python3 tools/reference-titles.py && npx prettier --write seeds/industry-reference.json
"""
import json
import os
from urllib.parse import urlparse

from reference_common import page_titles  # tools/, the script's own folder

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
FILE = os.path.join(ROOT, 'seeds', 'industry-reference.json')


def host(url):
    netloc = urlparse(url).netloc.rstrip('.')
    return netloc[4:] if netloc.startswith('www.') else netloc


def is_address(title, url):
    """True for the titles made from an address when the page's own was unknown."""
    parsed = urlparse(url)
    return (
        title.startswith((f'{parsed.netloc}: ', f'{host(url)}: '))
        or title in (parsed.netloc + parsed.path, host(url))
    )


def main():
    known = page_titles()
    with open(FILE, encoding='utf-8') as f:
        data = json.load(f)
    retitled = 0
    for source in data.get('sources', []):
        url = source.get('url')
        if not url:
            continue
        if url in known and is_address(source.get('title', ''), url):
            source['title'] = known[url]
            retitled += 1
        source.setdefault('publisher', host(url))
    with open(FILE, 'w', encoding='utf-8') as f:
        json.dump(data, f, ensure_ascii=False, indent=2)
        f.write('\n')
    print(f'{FILE}: {retitled} source(s) retitled from reference/v2')


if __name__ == '__main__':
    main()

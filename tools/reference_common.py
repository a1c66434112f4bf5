"""What the reference generators (tools/reference-*.py) share: the page titles the second collection knows."""
import glob
import json
import os

V2 = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '..', 'shared', 'reference', 'v2')


def page_titles():
    """url -> a page title that any item of the second collection gives for it (the first, in file order)."""
    found = {}
    for path in sorted(glob.glob(os.path.join(V2, '*.json'))):
        for item in json.load(open(path, encoding='utf-8'))['items']:
            if item.get('source_title'):
                found.setdefault(item['source'], item['source_title'])
    return found

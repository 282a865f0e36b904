"""Corpus cases from CPython's own test suite: every str call test_urlparse makes that url-tools can answer.

Runs Lib/test/test_urlparse.py (Debian: libpython3.11-testsuite) with urllib.parse's functions wrapped, and
prints, one JSON line each, the calls whose arguments the oracle (urlparse_oracle.py) and url-tools take:
urlparse and urlsplit of a URL, urljoin, quote and quote_plus with a safe set, unquote, unquote_plus, urlencode
of str pairs and parse_qsl; calls with other arguments (bytes, a default scheme, allow_fragments=False, another
encoding) have no url-tools form and are left out. Cases already in the corpus are left out too. From url-tools/:

    /usr/bin/python3 -I src/test/python/cpython_cases.py \
        src/test/resources/dev/netbasics/url/parse/corpus.jsonl >> src/test/resources/dev/netbasics/url/parse/corpus.jsonl

then regenerate expected.jsonl as urlparse_oracle.py says.
"""

import functools
import json
import sys
import unittest
import urllib.parse

recorded = []


def record(case):
    recorded.append(case)


def all_str(*values):
    return all(isinstance(value, str) for value in values)


def wrap(name, to_case):
    original = getattr(urllib.parse, name)

    @functools.wraps(original)
    def wrapper(*args, **kwargs):
        try:
            case = to_case(*args, **kwargs)
        except TypeError:
            case = None
        if case is not None:
            record(case)
        return original(*args, **kwargs)

    if hasattr(original, 'cache_clear'):
        wrapper.cache_clear = original.cache_clear  # urlsplit's lru_cache, which test_urlparse clears
    setattr(urllib.parse, name, wrapper)


def url_case(op):
    def to_case(url, scheme='', allow_fragments=True):
        if all_str(url) and scheme == '' and allow_fragments is True:
            return {"op": op, "url": url}
        return None
    return to_case


def join_case(base, url, allow_fragments=True):
    if all_str(base, url) and allow_fragments is True:
        return {"op": "urljoin", "base": base, "url": url}
    return None


def quote_case(op, default_safe):
    def to_case(string, safe=default_safe, encoding=None, errors=None):
        if all_str(string, safe) and encoding in (None, 'utf-8') and errors in (None, 'strict'):
            return {"op": op, "string": string, "safe": safe}
        return None
    return to_case


def unquote_case(op):
    def to_case(string, encoding='utf-8', errors='replace'):
        if all_str(string) and encoding == 'utf-8' and errors == 'replace':
            return {"op": op, "string": string}
        return None
    return to_case


def urlencode_case(query, doseq=False, safe='', encoding=None, errors=None, quote_via=None):
    if quote_via not in (None, urllib.parse.quote_plus) or doseq or encoding or errors or not all_str(safe):
        return None
    pairs = list(query.items()) if isinstance(query, dict) else list(query)
    if all(isinstance(pair, tuple) and len(pair) == 2 and all_str(*pair) for pair in pairs):
        return {"op": "urlencode", "pairs": [list(pair) for pair in pairs], "safe": safe}
    return None


def parse_qsl_case(qs, keep_blank_values=False, strict_parsing=False, encoding='utf-8', errors='replace',
                   max_num_fields=None, separator='&'):
    if all_str(qs, separator) and encoding == 'utf-8' and errors == 'replace':
        case = {"op": "parse_qsl", "qs": qs, "keep_blank_values": bool(keep_blank_values),
                "strict_parsing": bool(strict_parsing), "separator": separator}
        if max_num_fields is not None:
            case["max_num_fields"] = max_num_fields
        return case
    return None


def main():
    corpus = set()
    if len(sys.argv) > 1:
        with open(sys.argv[1], encoding='utf-8') as existing:
            corpus = {json.dumps(json.loads(line), sort_keys=True) for line in existing if line.strip()}
    wrap('urlparse', url_case('urlparse'))
    wrap('urlsplit', url_case('urlsplit'))
    wrap('urljoin', join_case)
    wrap('quote', quote_case('quote', '/'))
    wrap('quote_plus', quote_case('quote_plus', ''))
    wrap('unquote', unquote_case('unquote'))
    wrap('unquote_plus', unquote_case('unquote_plus'))
    wrap('urlencode', urlencode_case)
    wrap('parse_qsl', parse_qsl_case)
    from test import test_urlparse
    suite = unittest.defaultTestLoader.loadTestsFromModule(test_urlparse)
    result = unittest.TextTestRunner(stream=sys.stderr, verbosity=0).run(suite)
    if not result.wasSuccessful():
        sys.exit("test_urlparse failed under the wrappers")
    seen = set(corpus)
    for case in recorded:
        key = json.dumps(case, sort_keys=True)
        if key not in seen:
            seen.add(key)
            print(json.dumps(case))


if __name__ == '__main__':
    main()

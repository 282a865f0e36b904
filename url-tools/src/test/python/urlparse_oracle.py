"""CPython's own urllib.parse as the oracle of url-tools' differential tests.

Reads one JSON case per line on standard input and answers each with one JSON line
{"case": <the case>, "expect": <text>} on standard output. The text is a repr as Python prints
it, or "!<exception class>: <message>"; UrlParseCases.java renders the Java side the same way.

The reference interpreter is Debian 12's /usr/bin/python3 (3.11.2 with Debian's urllib fixes).
Regenerate the stored expectations after changing the corpus, from url-tools/:

    /usr/bin/python3 -I src/test/python/urlparse_oracle.py \
        < src/test/resources/dev/netbasics/url/parse/corpus.jsonl \
        > src/test/resources/dev/netbasics/url/parse/expected.jsonl
"""

import json
import sys
import urllib.parse


def error(exc):
    return f"!{type(exc).__name__}: {exc}"


def attempt(function):
    try:
        return repr(function())
    except Exception as exc:  # every exception is a result to compare
        return error(exc)


def url_result(parse, url):
    try:
        result = parse(url)
    except Exception as exc:
        return error(exc)
    lines = [repr(result)]
    for name in ("username", "password", "hostname", "port"):
        lines.append(f"{name}={attempt(lambda: getattr(result, name))}")
    return "\n".join(lines)


def ranges(predicate):
    """Hex code point ranges "lo-hi" (or "cp" alone) where predicate holds."""
    found, start = [], None
    for c in range(0x110001):
        if c < 0x110000 and predicate(c):
            if start is None:
                start = c
        elif start is not None:
            found.append(f"{start:x}" if start == c - 1 else f"{start:x}-{c - 1:x}")
            start = None
    return " ".join(found)


def lower_changes():
    return " ".join(f"{c:x}:" + ".".join(f"{ord(x):x}" for x in chr(c).lower())
                    for c in range(0x110000) if chr(c).lower() != chr(c))


TABLES = {
    "nonprintable": lambda: ranges(lambda c: not chr(c).isprintable()),
    "space": lambda: ranges(lambda c: chr(c).isspace()),
    "linebreak": lambda: ranges(lambda c: len(("a" + chr(c) + "b").splitlines()) == 2),
    "lower": lower_changes,
    # A cased letter or a case-ignorable character before a final capital sigma makes it final.
    "final_sigma_after": lambda: ranges(lambda c: ("A" + chr(c) + "\u03a3").lower().endswith("\u03c2")),
    # A case-ignorable or uncased character after the sigma keeps it final.
    "final_sigma_before": lambda: ranges(lambda c: ("A\u03a3" + chr(c)).lower()[1] == "\u03c2"),
}


def evaluate(case):
    op = case["op"]
    p = urllib.parse
    if op == "urlparse":
        return url_result(p.urlparse, case["url"])
    if op == "urlsplit":
        return url_result(p.urlsplit, case["url"])
    if op == "urljoin":
        return attempt(lambda: p.urljoin(case["base"], case["url"]))
    if op in ("quote", "quote_plus"):
        function = getattr(p, op)
        if "safe" in case:
            return attempt(lambda: function(case["string"], safe=case["safe"]))
        return attempt(lambda: function(case["string"]))
    if op in ("unquote", "unquote_plus"):
        return attempt(lambda: getattr(p, op)(case["string"]))
    if op == "urlencode":
        pairs = [tuple(pair) for pair in case["pairs"]]
        return attempt(lambda: p.urlencode(pairs, safe=case.get("safe", "")))
    if op == "parse_qsl":
        return attempt(lambda: p.parse_qsl(
            case["qs"], keep_blank_values=case.get("keep_blank_values", False),
            strict_parsing=case.get("strict_parsing", False),
            max_num_fields=case.get("max_num_fields"), separator=case.get("separator", "&")))
    if op == "repr":
        return repr(case["string"])
    if op == "lower":
        return repr(case["string"].lower())
    if op == "strip":
        return repr(case["string"].strip())
    if op == "splitlines":
        return repr(case["string"].splitlines())
    if op == "table":
        return TABLES[case["name"]]()
    if op == "about":
        return (f"{sys.version_info[0]}.{sys.version_info[1]}"
                f" bracketed_netloc_check={hasattr(p, '_check_bracketed_netloc')}"
                f" rtsps={'rtsps' in p.uses_netloc}")
    raise KeyError(f"unknown op {op!r}")


def main():
    for line in sys.stdin.buffer:
        if line.strip():
            case = json.loads(line.decode("utf-8"))
            print(json.dumps({"case": case, "expect": evaluate(case)}), flush=False)
    sys.stdout.flush()


if __name__ == "__main__":
    main()

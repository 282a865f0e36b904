"""Prints urllib.robotparser's answer for every case of corpus.txt (read from stdin), one per line."""
import sys
import urllib.robotparser

text = sys.stdin.read()
for block in text.split('\n=== ')[1:]:
    name, rest = block.split('\n', 1)
    robots, cases = rest.split('\n---\n', 1)
    parser = urllib.robotparser.RobotFileParser()
    parser.parse(robots.splitlines())
    for line in cases.strip().splitlines():
        agent, path = line.rsplit(' ', 3)[:2]
        print('allowed' if parser.can_fetch(agent, path) else 'disallowed')

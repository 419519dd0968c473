#!/usr/bin/env python3
"""The longest methods of the Java sources under the given folders, by lines from the signature
to the closing brace. Usage: scripts/longest-methods.py [--most N] DIR...
(e.g. scripts/longest-methods.py vesnik-core/src/main/java/org/vesnik/core/{ner,quotes,claims,time})"""
import os
import re
import sys

SIGNATURE = re.compile(r'^\s+(?:(?:public|private|protected|static|final|default|synchronized|abstract)\s+)*'
                       r'(?:<[^>]+>\s+)?[\w<>\[\], .?]+\s+(\w+)\s*\([^;]*$')


def methods(path):
    lines = open(path, encoding='utf-8').read().split('\n')
    i = 0
    while i < len(lines):
        m = SIGNATURE.match(lines[i])
        if m and m.group(1) not in ('if', 'for', 'while', 'switch', 'return', 'new', 'catch'):
            depth, j, opened = 0, i, False
            while j < len(lines):
                code = re.sub(r'"(?:[^"\\\\]|\\\\.)*"|\'(?:[^\'\\\\]|\\\\.)*\'|//.*', '', lines[j])
                if ';' in code and not opened and depth == 0 and '{' not in code:
                    break  # an abstract or interface method, or a field
                depth += code.count('{') - code.count('}')
                opened |= '{' in code
                if opened and depth <= 0:
                    yield m.group(1), i + 1, j - i + 1
                    break
                j += 1
            i = j if opened else i
        i += 1


def main(args):
    most = 10
    if args[:1] == ['--most']:
        most, args = int(args[1]), args[2:]
    found = []
    for folder in args:
        for root, _, files in os.walk(folder):
            for f in files:
                if f.endswith('.java'):
                    path = os.path.join(root, f)
                    found += [(n, path, name, line) for name, line, n in methods(path)]
    for n, path, name, line in sorted(found, reverse=True)[:most]:
        print(f'{n:4} lines  {path}:{line} {name}')


if __name__ == '__main__':
    main(sys.argv[1:])

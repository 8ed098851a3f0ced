"""Generates jinja2-method-cases.jsonl: Python methods, value reprs, range and namespace, slicing.

Run by hand, never by the build (Python 3.11+, Jinja2 3.1, PyYAML):

    cd common/src/test/python && python3 generate_method_cases.py > ../resources/parity/jinja2-method-cases.jsonl

Each family applies the methods templates call on str, bytes, list, tuple, dict and range (the
changing ones too: Jinja2's environment lets a template append to a list it was given) with
several argument shapes to several input values, and prints values whose repr is Python's own
(range(0, 3), dict_keys([...]), b'...', <Namespace {...}>). Expectations come from real Jinja2
configured as the reference (reference_env.py).
"""
import sys

import jinja2

from reference_env import Corpus, LIST, NUM, OBJ, S

STRINGS = {
    "empty": "",
    "plain": "Hello World",
    "tabs": "a\tbc\td\n\tx",
    "unicode": "straße ÉLAN",
    "quote": "it's",
    "both": "say \"it's\"",
    "ctrl": "a\x7f\\b",
    "emoji": "hi 😀",
    "lines": "one\ntwo\r\nthree",
}

STR_METHODS = [
    "s.expandtabs()", "s.expandtabs(4)", "s.expandtabs(1)", "s.expandtabs(0)", "s.expandtabs(-1)",
    "s.expandtabs(tabsize=3)",
    "s.encode()", "s.encode('utf-8')", "s.encode('ascii')", "s.encode('ascii', 'ignore')",
    "s.encode('ascii', 'replace')", "s.encode('ascii', 'xmlcharrefreplace')",
    "s.encode('ascii', errors='backslashreplace')", "s.encode('latin-1')", "s.encode(encoding='utf8')",
    "s.encode('utf-16')", "s.encode('rot13')", "s.encode()|length", "s.encode()|list", "s.encode()[0]",
    "s.encode()[-1]", "s.encode().decode()", "s.encode('latin-1').decode('latin-1')", "s.encode().hex()",
    "s.encode() ~ '|'", "[s.encode()]", "s.encode().count(97)",
    "s.isprintable()", "s.__len__()", "s.__len__(1)", "s.__contains__('l')", "s.__contains__(1)",
    "s.__getitem__(0)", "s.__getitem__(-1)", "s.__add__('!')", "s.__add__(1)", "s.__mul__(2)",
    "s.__mul__(-1)", "s.__rmul__(3)", "s.__mul__('x')", "s.__str__()", "s.__repr__()",
    "'{x}-{y}'.format_map({'x': s, 'y': 2})", "'{x}'.format_map({})", "'{0}'.format_map({'0': s})",
    "s.upper()", "s.casefold()", "s.swapcase()", "s.title()", "s.capitalize()", "s.strip('ab ')",
    "s.lstrip('sa')", "s.rstrip()", "s.ljust(14, '*')", "s.rjust(14)", "s.center(15, '-')", "s.zfill(12)",
    "s.replace('l', 'L', 1)", "s.replace('', '.')", "s.removeprefix('He')", "s.removesuffix('ld')",
    "s.split()", "s.split(' ', 1)", "s.split(maxsplit=1)", "s.rsplit(None, 1)", "s.splitlines(True)",
    "s.partition(' ')", "s.rpartition(' ')", "s.find('o')", "s.find('o', 5)", "s.rfind('o', 0, 5)",
    "s.index('o')", "s.rindex('l')", "s.count('l')", "s.count('')", "s.startswith(('He', 'st'))",
    "s.endswith('d', 0, 5)", "s.isdigit()", "s.isalpha()", "s.isalnum()", "s.isspace()", "s.islower()",
    "s.isupper()", "s.istitle()", "s.isascii()", "s.isidentifier()", "s.isdecimal()", "s.isnumeric()",
    "'-'.join(s)", "s.join(['1', '2'])",
]

LISTS = {"none": [], "abc": ["c", "a", "b", "a"], "one": ["x"]}

LIST_METHODS = [
    "{{ xs.append('z') }}{{ xs }}", "{{ xs.append(['p']) }}{{ xs }}", "{{ xs.append() }}",
    "{{ xs.extend(['x', 'y']) }}{{ xs }}", "{{ xs.extend('cd') }}{{ xs }}", "{{ xs.extend(5) }}",
    "{{ xs.extend({'k': 1}) }}{{ xs }}", "{{ xs.extend(xs) }}{{ xs }}",
    "{{ xs.insert(0, 'q') }}{{ xs }}", "{{ xs.insert(-1, 'q') }}{{ xs }}", "{{ xs.insert(99, 'q') }}{{ xs }}",
    "{{ xs.insert('1', 'q') }}", "{{ xs.pop() }}{{ xs }}", "{{ xs.pop(0) }}{{ xs }}", "{{ xs.pop(-2) }}{{ xs }}",
    "{{ xs.pop(7) }}", "{{ xs.remove('a') }}{{ xs }}", "{{ xs.remove('q') }}", "{{ xs.clear() }}{{ xs }}",
    "{{ xs.sort() }}{{ xs }}", "{{ xs.sort(reverse=true) }}{{ xs }}", "{{ xs.sort(key=none) }}{{ xs }}",
    "{{ xs.reverse() }}{{ xs }}", "{{ xs.copy() }}", "{% set ys = xs.copy() %}{{ ys.append(1) }}{{ xs }}{{ ys }}",
    "{{ xs.index('a') }}", "{{ xs.index('a', 2) }}", "{{ xs.index('a', -1) }}", "{{ xs.index('q') }}",
    "{{ xs.index() }}", "{{ xs.count('a') }}", "{{ xs.count() }}", "{{ xs.__len__() }}",
    "{{ xs.__contains__('a') }}", "{{ xs.__getitem__(-1) }}", "{{ xs.__getitem__(9) }}",
    "{{ xs.append('z') }}{{ xs|length }}{{ xs|last }}", "{% for x in xs %}{{ xs.pop() if false }}{{ x }}{% endfor %}",
    "{% set ys = [3, 1, 2] %}{{ ys.sort() }}{{ ys }}", "{{ [1, 'a'].sort() }}",
    "{% set ys = [] %}{% for x in xs %}{{ ys.append(x|upper) or '' }}{% endfor %}{{ ys }}",
    "{{ (1, 2, 1).count(1) }}", "{{ (1, 2).index(2) }}", "{{ (1, 2).append(3) }}",
    "{{ [1, 2].count(1.0) }}", "{{ [1, 2].index(true) }}", "{{ [[1], [2]].index([2]) }}",
]

DICTS = {"empty": {}, "mixed": {"a": 1, "b": "two", "n": {"x": [1, 2]}}}

DICT_METHODS = [
    "{{ o.keys() }}", "{{ o.values() }}", "{{ o.items() }}", "{{ [o.keys()] }}", "{{ o.keys()|list }}",
    "{{ o.values()|list }}", "{{ o.items()|list }}", "{{ o.keys()|length }}", "{{ o.items()|first }}",
    "{{ o.keys()|join(',') }}", "{{ o.keys()|sort }}", "{{ o.keys() ~ '|' }}", "{{ o.keys()|string }}",
    "{{ o.keys()[0] }}", "{{ 'a' in o.keys() }}", "{{ 1 in o.values() }}", "{{ o.keys() == o.keys() }}",
    "{% for k, v in o.items() %}{{ k }}={{ v }};{% endfor %}", "{% for k in o.keys() %}{{ k }};{% endfor %}",
    "{% set k = o.keys() %}{{ o.update({'z': 1}) }}{{ k }}",
    "{{ o.get('a') }}", "{{ o.get('z') }}", "{{ o.get('z', 5) }}", "{{ o.get() }}", "{{ o.copy() }}",
    "{{ o.setdefault('q', 1) }}{{ o }}", "{{ o.setdefault('a', 9) }}{{ o }}", "{{ o.setdefault('q') }}{{ o }}",
    "{{ o.pop('a') }}{{ o }}", "{{ o.pop('z') }}", "{{ o.pop('z', 7) }}{{ o }}", "{{ o.popitem() }}{{ o }}",
    "{{ o.update({'z': 1}) }}{{ o }}", "{{ o.update(z=1, a=2) }}{{ o }}", "{{ o.update([('k', 3)]) }}{{ o }}",
    "{{ o.update([['k', 3]]) }}{{ o }}", "{{ o.update(['ab']) }}{{ o }}", "{{ o.update(5) }}",
    "{{ o.update([('k',)]) }}", "{{ o.update() }}{{ o }}", "{{ o.update({'a': 0}, b=3) }}{{ o }}",
    "{{ o.clear() }}{{ o }}", "{{ o.fromkeys(['x', 'y']) }}", "{{ o.fromkeys('ab', 0) }}",
    "{{ o.__len__() }}", "{{ o.__contains__('a') }}", "{{ o.__getitem__('a') }}",
    "{{ o.update({'z': [1]}) }}{{ o|tojson }}", "{{ o.n.update({'y': 2}) if o.n }}{{ o }}",
]

GLOBALS = [
    "{{ range(3) }}", "{{ range(1, 10, 3) }}", "{{ range(5, 0, -1) }}", "{{ range(0) }}", "{{ range(-2) }}",
    "{{ range(3)[1:] }}", "{{ range(10)[::-1] }}", "{{ range(10)[2:8:2] }}", "{{ range(0, 10, 3)[1:] }}",
    "{{ range(10)[8:2] }}", "{{ range(3)|list }}", "{{ range(3)|length }}", "{{ range(3)|string }}",
    "{{ [range(2)] }}", "{{ range(3) ~ 'x' }}", "{{ range(4)|sum }}", "{{ range(3)|join(',') }}",
    "{{ range(3).index(1) }}", "{{ range(3).count(5) }}", "{{ range(5)[-1] }}", "{{ range(3)|reverse|list }}",
    "{{ range(3)|first }}", "{{ range(3)|last }}", "{{ range(3)[5] }}", "{{ 2 in range(3) }}",
    "{{ range(3)|map('string')|join }}", "{{ range(2, 4)|list }}", "{{ range(3)|tojson }}",
    "{% for i in range(2) %}{{ i }}{% endfor %}", "{{ range(1, 3)|select('odd')|list }}",
    "{{ namespace() }}", "{{ namespace(a=1) }}", "{{ namespace(b=2, a=1) }}", "{{ namespace({'k': 'v'}, a=1) }}",
    "{{ [namespace(a=1)] }}", "{{ namespace(a=1).a }}", "{{ namespace(a=[1, 'x'])|string }}",
    "{% set ns = namespace(n=0) %}{% for x in xs %}{% set ns.n = ns.n + 1 %}{% endfor %}{{ ns }}",
    "{% set ns = namespace(items=[]) %}{{ ns.items.append(1) }}{{ ns }}",
]

NUMBERS = {"three": 3, "neg": -5, "zero": 0, "big": 2 ** 70, "half": 2.5, "whole": 2.0, "tenth": 0.1,
           "negzero": -0.0, "huge": 1e300, "tiny": 1.5e-320}

NUMBER_METHODS = [
    "n.bit_length()", "n.bit_count()", "n.conjugate()", "n.as_integer_ratio()", "n.is_integer()", "n.hex()",
    "n.real", "n.imag", "n.numerator", "n.denominator", "n.bit_length(1)", "n.is_integer", "n.nope",
    "n.real is defined", "n.numerator is defined", "true.bit_length()", "true.real", "false.numerator",
    "(n.as_integer_ratio()|first)", "n.to_bytes(2, 'big')", "n.to_bytes()", "n.to_bytes(3, 'little', signed=true)",
    "n.to_bytes(byteorder='middle')",
]

PPRINT_VALUES = {
    "small": {"b": 1, "a": [1, 2]},
    "empty": {},
    "wide": {"k%02d" % i: "value number %d" % i for i in range(8)},
    "nested": {"z": {"y": ["alpha beta gamma delta"] * 4, "x": {"w": list(range(30))}}, "a": None, "m": True},
    "longtext": {"t": "lorem ipsum dolor sit amet, " * 8},
    "lines": {"t": "first line\nsecond line that is rather long and goes on and on and on and on and on\nthird"},
    "list": {"l": [{"name": "n%d" % i, "tags": ["a", "b"], "score": i / 3} for i in range(5)]},
}

PPRINT_TEMPLATES = [
    "{{ o|pprint }}", "{{ o.values()|list|pprint }}", "{{ [o, o]|pprint }}", "{{ (o, 1)|pprint }}",
    "{{ o.keys()|pprint }}", "{{ o.items()|list|pprint }}", "{{ ('lorem ipsum dolor ' * 6)|pprint }}",
    "{{ ['x' * 90]|pprint }}", "{{ range(40)|list|pprint }}", "{{ range(3)|pprint }}", "{{ 'a'|pprint }}",
    "{{ none|pprint }}", "{{ 3.5|pprint }}", "{{ ((1,),)|pprint }}", "{{ {'b': 1, 'a': {'d': 2, 'c': 3} }|pprint }}",
]

DICT_LITERALS = [
    "{{ {1: 'a', 2.5: 'b'} }}", "{{ {1: 'a', 1.0: 'b', true: 'c'} }}", "{{ {true: 1, none: 2} }}",
    "{{ {(1, 2): 'p'} }}", "{{ {[1]: 2} }}", "{{ {x: 1} }}", "{{ {'x': 1, x: 2} }}", "{{ {1: 'a'}[1] }}",
    "{{ {1: 'a'}[1.0] }}", "{{ {1: 'a'}[true] }}", "{{ {1: 'a'}['1'] }}", "{{ {1: 'a'}.get(1) }}",
    "{{ {1: 'a'}.get('1', 'none') }}", "{{ 1 in {1: 'a'} }}", "{{ '1' in {1: 'a'} }}", "{{ {1: 'a'}|tojson }}",
    "{{ {2: 'b', 1: 'a'}|dictsort }}", "{{ {1: 'a'}.keys()|list }}", "{{ {x: 1}[x] }}", "{{ {nope: 1} }}",
    "{% for k, v in {1: 'a', 2: 'b'}.items() %}{{ k + 1 }}{{ v }}{% endfor %}", "{{ {1: 'a'}|length }}",
    "{{ {'a': 1}.a }}", "{{ {'a': 1}['a'] }}", "{{ {1: {2: 'deep'} }[1][2] }}", "{{ {1: 'a'} == {1.0: 'a'} }}",
]

SLICES = [
    "{{ x[none] }}", "{{ x[none:2] }}", "{{ x[1:none] }}", "{{ x[::none] }}", "{{ x[-1] }}", "{{ x[-9] }}",
    "{{ x[9] }}", "{{ x[::-2] }}", "{{ x[-3:-1] }}", "{{ x[5:1:-1] }}", "{{ x[100:] }}", "{{ x[true] }}",
    "{{ x['0'] }}", "{{ x[1.0] }}", "{{ x[none] is defined }}",
]

SLICE_VALUES = {"str": (S, "abcde"), "list": (LIST, ["a", "b", "c", "d", "e"])}


def main():
    corpus = Corpus()
    for value_name, value in STRINGS.items():
        for i, method in enumerate(STR_METHODS):
            corpus.add("meth-str-%s-%02d" % (value_name, i), "{{ %s }}" % method, {"s": S}, {"s": value})
    for value_name, value in LISTS.items():
        for i, template in enumerate(LIST_METHODS):
            corpus.add("meth-list-%s-%02d" % (value_name, i), template, {"xs": LIST}, {"xs": value})
    for value_name, value in DICTS.items():
        for i, template in enumerate(DICT_METHODS):
            corpus.add("meth-dict-%s-%02d" % (value_name, i), template, {"o": OBJ}, {"o": value})
    for value_name, value in NUMBERS.items():
        for i, method in enumerate(NUMBER_METHODS):
            corpus.add("meth-num-%s-%02d" % (value_name, i), "{{ %s }}" % method, {"n": NUM}, {"n": value})
    for value_name, value in PPRINT_VALUES.items():
        for i, template in enumerate(PPRINT_TEMPLATES):
            corpus.add("meth-pprint-%s-%02d" % (value_name, i), template, {"o": OBJ}, {"o": value})
    for i, template in enumerate(DICT_LITERALS):
        corpus.add("meth-dictlit-%02d" % i, template, {"x": S}, {"x": "k"})
    for i, template in enumerate(GLOBALS):
        corpus.add("meth-global-%02d" % i, template, {"xs": LIST}, {"xs": ["a", "b"]})
    for value_name, (kind, value) in SLICE_VALUES.items():
        for i, template in enumerate(SLICES):
            corpus.add("meth-slice-%s-%02d" % (value_name, i), template, {"x": kind}, {"x": value})
    corpus.write(sys.stdout)
    errors = sum(1 for c in corpus.cases if "error" in c["expect"])
    sys.stderr.write("jinja2 %s: %d cases, %d expect an error; left out (object addresses): %s\n" % (
        jinja2.__version__, len(corpus.cases), errors, ", ".join(corpus.skipped)))


if __name__ == "__main__":
    main()

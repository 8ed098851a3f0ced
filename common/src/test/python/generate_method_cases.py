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
    "{% set ys = xs %}{{ ys.append(1) }}{{ xs }}", "{% set ys = xs|list %}{{ ys.append(1) }}{{ xs }}{{ ys }}",
    "{% set ys = xs|sort %}{{ ys.reverse() }}{{ ys }}", "{% set ys = [] %}{{ ys.extend(xs) }}{{ ys.sort() }}{{ ys }}",
    "{% set ys = xs[:] %}{{ ys.pop() if ys }}{{ xs|length - ys|length }}", "{{ (xs + ['z']).pop() }}",
    "{% set d = {} %}{% for x in xs %}{{ d.setdefault(x, []).append(loop.index) }}{% endfor %}{{ d }}",
    "{% set ns = namespace(l=[]) %}{% for x in xs %}{{ ns.l.append(x) or '' }}{% endfor %}{{ ns.l|join }}",
    "{{ (1, 2, 1).count(1) }}", "{{ (1, 2).index(2) }}", "{{ (1, 2).append(3) }}",
    "{{ [1, 2].count(1.0) }}", "{{ xs['append']('q') }}{{ xs }}", "{{ xs['count']('a') }}", "{{ xs['count'] }}", "{{ [1, 2].index(true) }}", "{{ [[1], [2]].index([2]) }}",
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
    "{{ o.update({'z': [1]}) }}{{ o|tojson }}", "{{ o['update']({'z': 1}) }}{{ o }}", "{{ o['keys']() }}", "{{ o.n.update({'y': 2}) if o.n }}{{ o }}",
]

GLOBALS = [
    "{{ range(3) }}", "{{ range(1, 10, 3) }}", "{{ range(5, 0, -1) }}", "{{ range(0) }}", "{{ range(-2) }}",
    "{{ range(3)[1:] }}", "{{ range(10)[::-1] }}", "{{ range(10)[2:8:2] }}", "{{ range(0, 10, 3)[1:] }}",
    "{{ range(10)[8:2] }}", "{{ range(3)|list }}", "{{ range(3)|length }}", "{{ range(3)|string }}",
    "{{ [range(2)] }}", "{{ range(3) ~ 'x' }}", "{{ range(4)|sum }}", "{{ range(3)|join(',') }}",
    "{{ range(3).index(1) }}", "{{ range(3).count(5) }}", "{{ range(5)[-1] }}", "{{ range(3)|reverse|list }}",
    "{{ range(3) == [0, 1, 2] }}", "{{ range(3) == range(0, 3) }}", "{{ range(0) == range(2, 2) }}",
    "{{ [0, 1] != range(2) }}", "{{ range(3)|first }}", "{{ range(3)|last }}", "{{ range(3)[5] }}", "{{ 2 in range(3) }}",
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
    "{% set d = {1: 'a'} %}{{ d.update({1.0: 'b'}) }}{{ d }}", "{{ {1: 'a'}.get(true) }}",
    "{{ {none: 1}.get(none) }}", "{{ {1: 'a'}.pop(1.0) }}", "{% set d = {1: 'a'} %}{{ d.setdefault(1.0, 'z') }}{{ d }}",
    "{{ {}.fromkeys([1, 1.0, true]) }}", "{{ {1: 'a'}.__contains__(1.0) }}",
    "{{ {'a': 1}.a }}", "{{ {'a': 1}['a'] }}", "{{ {1: {2: 'deep'} }[1][2] }}", "{{ {1: 'a'} == {1.0: 'a'} }}",
]

STRING_LITERALS = [
    r"{{ ['\x00'] }}", r"{{ ['\u00e9'] }}", r"{{ '\U0001F600' }}", r"{{ ['\d\w'] }}", r"{{ ['\101\7\0'] }}",
    r"{{ ['\a\b\f\v'] }}", r"{{ ['\x4'] }}", r"{{ ['\u12'] }}", r"""{{ "it\'s" }}""", r"""{{ 'say \"hi\"' }}""",
    r"{{ ['é\t'] }}", r"{{ ['\''] }}", r"{{ '\\' }}", r"{{ ['\8'] }}", r"{{ 'a\nb'|length }}", r"{{ 'x\x41y' }}",
    r"{{ '\u00e9' == 'é' }}", r"{{ ['\r\n'] }}", "{{ 'two\nlines' }}", r"{{ '\101\1012' }}",
]

STAR_ARGS = [
    "{{ '{x}{y}'.format(**{'x': 1}, y=2) }}", "{{ '{}{}'.format(*xs) }}", "{{ '{}{x}'.format(*xs, **{'x': 3}) }}",
    "{{ '{}'.format(**xs) }}", "{{ '{}'.format(*5) }}", "{{ range(*[1, 4]) }}", "{{ dict(**o) }}",
    "{{ namespace(**o) }}", "{{ [*xs] }}", "{{ xs|join(*[',']) }}", "{{ '{a}'.format(**{1: 2}) }}",
    "{{ '{x}'.format(**o) }}", "{{ '{0}-{1}'.format(*'ab') }}", "{{ '{b}'.format(**o) }}", "{{ '{}'.format(*o) }}",
    "{{ 'a,b,c'.split(*[',', 1]) }}", "{{ '{x}'.format(**{'x': 1}, **{'y': 2}) }}", "{{ '{}'.format(*[]) }}",
]

FORMATS = [
    "'{:^20}'.format(s)", "'{:08.3f}'.format(f)", "'{:+d}'.format(n)", "'{:x}|{:X}|{:#o}|{:#b}'.format(n, n, n, n)",
    "'{:e}'.format(f)", "'{:.1%}'.format(f)", "'{:_}'.format(n * 1000000)", "'{:,}'.format(n * 1000000)",
    "'{0!s:>5}|{0!r:<8}|'.format(s)", "'{{}}{}'.format(s)", "'{:{w}}|'.format(s, w=8)", "'{:{f}{a}{w}}'.format(s, f='*', a='>', w=7)",
    "'{:.{p}f}'.format(f, p=2)", "'{0}{1}{0}'.format(s, n)", "'{}'.format(o)", "'{[k]}'.format(o)",
    "'{0[1]}'.format(xs)", "'{:>6.2}'.format(s)", "'{:=+8.2f}'.format(-f)", "'{: d}'.format(n)", "'{:c}'.format(65)",
    "'{:g}|{:G}'.format(f * 1e20, f * 1e-20)", "'{:n}'.format(f)", "'{!a}'.format('é')", "'{}'.format(none)",
    "'{}'.format(true)", "'{:d}'.format(true)", "'{:>5}'.format(true)", "'{:5}'.format(n)", "'{:5}'.format(s)",
    "'{:.3}'.format(f)", "'{:.0f}'.format(2.5)", "'{:.0f}'.format(3.5)", "'{:10.4e}'.format(f)", "'{}'.format(1e16)",
    "'{}'.format(0.1 + 0.2)", "'{:,.2f}'.format(1234567.891)", "'{:%}'.format(0.5)", "'{:s}'.format(n)",
    "'{:d}'.format(f)", "'{'.format(s)", "'}'.format(s)", "'{0}{}'.format(s)", "'{2}'.format(s)", "'{x}'.format(s)",
    "'%s and %r' % (s, s)", "'%5.1f%%' % f", "'%-6s|' % s", "'%(k)s' % o", "'%x %o %e' % (n, n, f)", "'%c' % 65",
    "'%s' % (xs,)", "'%s' % xs", "'%d' % f", "'%i|%u' % (n, n)", "'%+.2e' % f", "'%*d' % (5, n)", "'%.*f' % (1, f)",
    "'%s %s' % (s,)", "'%z' % n", "'%#x|%#o' % (n, n)", "'% d' % n", "'%05d' % -n", "'%a' % 'é'",
]

REPRS = [
    "(1,)", "()", "(1, 'a', none)", "[(1, 2), (3,)]", "[1.0, 1e16, -0.0, 1e-5, 1.5e300]", "{'a': (1, 2)}", "'a' ~ (1, 2)",
    "[true, none, false]", "10 ** 20", "[10 ** 20, -10 ** 20]", "xs|batch(2)|list", "'ab'|list", "[[], {}, ()]",
    "\"'\"", "[\"'\"]", "['\"']", "[\"'\\\"\"]", "[s]", "(s,)", "{s: s}", "s|string", "[s|upper]", "xs[::-1]|join",
    "s[1:-1]", "(1, 2, 3)[1:]", "range(5)[::2]|list", "s[::-1]", "xs[-1:]", "s[10 ** 20:]", "xs[:-10 ** 20]",
    "dict(a=1, b=2)", "dict({'a': 1}, b=2)", "dict([('a', 1)])", "dict([['a', 1]], b=2)", "dict(['ab'])", "dict([1])", "dict(5)", "dict()", "dict(o, z=0)", "dict(**o)",
    "cycler('a', 'b').next()", "cycler()", "joiner()", "[xs]", "[o]", "[[s]]", "o|dictsort|first",
    "(s, s)|join('-')", "[1, 2][true]", "'abc'[-1]", "'abc'[true]", "xs[1.5]", "o[none]", "o.get(none)",
    "[1, [2, [3, [4]]]]", "{'a': {'b': {'c': {} } } }", "[0.1 + 0.2, 1 / 3, 2 / 2, 7 // 2, -7 // 2, 7 % -3]",
    "3.0 * 2", "10 / 4", "2 ** -1", "2 ** 0.5", "[1e22, 1e21, 1e-7, 123456789012345678.0]",
]

MARKUP = [
    "('<b>'|safe).upper()", "('a'|safe).replace('a', '<')", "('<b>{}</b>'|safe).format('<i>')",
    "('-'|safe).join(['<a>', 'b'])", "('<a> b'|safe).split()", "('<b>%s</b>'|safe) % '<i>'", "('<b>'|safe) ~ '<i>'",
    "('<b>'|safe) + '<i>'", "('<b>'|safe).strip('<')", "('ab'|safe).startswith('a')", "('<b>'|safe).__len__()",
    "['<b>'|safe]", "('<b>'|safe).partition('b')", "('<b>'|safe)[1:]", "('<b>'|safe).title()",
    "('<b>'|safe).encode()", "('a<b'|safe).find('<')", "('<b>'|safe).ljust(5, '.')", "('ab'|safe).center(6, '<')",
    "('-'|safe).join([1, '<', '>'|safe])", "('{}|{:.2f}|{}'|safe).format(['<'], 2.5, '<'|safe)",
    "('{x}'|safe).format_map({'x': '&'})", "('a<b'|safe).split('<')", "('a<b'|safe).replace('<', '>', 1)",
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
    for i, template in enumerate(STRING_LITERALS):
        corpus.add("meth-strlit-%02d" % i, template)
    for i, template in enumerate(STAR_ARGS):
        corpus.add("meth-star-%02d" % i, template, {"xs": LIST, "o": OBJ}, {"xs": ["a", "b"], "o": {"x": 1, "b": "two"}})
    for i, expression in enumerate(FORMATS):
        corpus.add("meth-fmt-%02d" % i, "{{ %s }}" % expression, {"s": S, "n": NUM, "f": NUM, "xs": LIST, "o": OBJ},
                   {"s": "ab", "n": 42, "f": 3.14159, "xs": ["p", "q"], "o": {"k": "v"}})
    for value_name, value in {"plain": "ab", "odd": "it's \"x\"\t\u00e9\n\x00\u2028"}.items():
        for i, expression in enumerate(REPRS):
            corpus.add("meth-repr-%s-%02d" % (value_name, i), "{{ %s }}" % expression, {"s": S, "xs": LIST, "o": OBJ},
                       {"s": value, "xs": ["p", "q", "r"], "o": {"k": "v", "n": 1}})
    for i, expression in enumerate(MARKUP):
        corpus.add("meth-markup-%02d" % i, "{{ %s }}" % expression)
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

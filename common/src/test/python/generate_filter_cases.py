"""Generates jinja2-filter-cases.jsonl: tags, loop features, filters and Python methods as real Jinja2 renders them.

Run by hand, never by the build:
    python3 generate_filter_cases.py filters > ../resources/parity/jinja2-filter-cases.jsonl
    python3 generate_filter_cases.py tags > ../resources/parity/jinja2-tag-cases.jsonl

"filters" holds the filter and Python method cases, "tags" the tag, loop, global and whitespace cases.

The environment is the reference's, shared with generate_extra_cases.py. Each case is
(name, template, input specs, inputs); the expected text or error comes from Jinja2.
"""
import json
import sys

import jinja2

from generate_extra_cases import BOOL, LIST, NUM, OBJ, OPT, S, expected, spec_inputs

USERS = {"users": [{"name": "bob", "age": 30, "city": "Oslo", "tags": ["a"], "admin": True},
                   {"name": "Alice", "age": 25, "city": "Bergen", "tags": [], "admin": False},
                   {"name": "carl", "age": 30, "city": "oslo", "tags": ["b", "c"], "admin": False}]}
TREE = {"tree": [{"name": "a", "children": [{"name": "a1", "children": []},
                                            {"name": "a2", "children": [{"name": "a2x", "children": []}]}]},
                 {"name": "b", "children": []}]}

CASES = [
    # tags
    ("tag-filter-block", "{% filter upper %}hello {{ s }}{% endfilter %}", {"s": S}, {"s": "world"}),
    ("tag-filter-chain-args", "{% filter replace('a', 'o')|upper|center(11) %}banana{% endfilter %}|", {}, {}),
    ("tag-filter-multiline", "{% filter indent(2) %}\na\nb\n{% endfilter %}", {}, {}),
    ("tag-with", "{% with a = 1, b = s %}{{ a }}{{ b }}{% endwith %}{{ a is defined }}", {"s": S}, {"s": "x"}),
    ("tag-with-scope", "{% set a = 'out' %}{% with a = 'in' %}{{ a }}{% set a = 'set' %}{{ a }}{% endwith %}{{ a }}", {}, {}),
    ("tag-set-block", "{% set x %}Hello {{ s }}!{% endset %}[{{ x }}] {{ x|length }}", {"s": S}, {"s": "you"}),
    ("tag-set-block-filter", "{% set x | upper | replace('L', 'l') %}hello{% endset %}{{ x }}", {}, {}),
    ("tag-set-multi-target", "{% set a, b = xs %}{{ b }}{{ a }}", {"xs": LIST}, {"xs": ["p", "q"]}),
    ("tag-raw", "{% raw %}{% for x in y %}{{ x }}{% endfor %}{% endraw %}", {}, {}),
    ("tag-raw-whitespace", "a\n{% raw -%}\n  {{ x }}\n{%- endraw %}\nb", {}, {}),
    ("tag-macro-defaults", "{% macro greet(name, greeting='Hi') %}{{ greeting }}, {{ name }}!{% endmacro %}{{ greet('A') }} {{ greet('B', 'Yo') }} {{ greet(greeting='Hey', name='C') }}", {}, {}),
    ("tag-macro-varargs", "{% macro m(a) %}{{ a }}|{{ varargs }}|{{ kwargs }}{% endmacro %}{{ m(1, 2, 3, x=4) }}", {}, {}),
    ("tag-macro-varargs-loop", "{% macro m() %}{% for v in varargs %}[{{ v }}]{% endfor %}{% endmacro %}{{ m('a', 'b') }}", {}, {}),
    ("tag-macro-caller", "{% macro box() %}<{{ caller() }}>{% endmacro %}{% call box() %}inside {{ s }}{% endcall %}", {"s": S}, {"s": "x"}),
    ("tag-macro-caller-args", "{% macro list(items) %}{% for i in items %}{{ caller(i) }};{% endfor %}{% endmacro %}{% call(user) list(xs) %}<{{ user }}>{% endcall %}", {"xs": LIST}, {"xs": ["a", "b"]}),
    ("tag-macro-too-many-args", "{% macro m(a) %}{{ a }}{% endmacro %}{{ m(1, 2) }}", {}, {}),
    ("tag-macro-missing-arg", "{% macro m(a, b) %}{{ a }}{{ b }}{% endmacro %}{{ m(1) }}", {}, {}),
    ("tag-macro-recursive", "{% macro fact(n) %}{% if n <= 1 %}1{% else %}{{ n }}*{{ fact(n - 1) }}{% endif %}{% endmacro %}{{ fact(4) }}", {}, {}),
    ("ws-minus-tags", "<ul>\n  {%- for x in xs -%}\n    <li>{{ x }}</li>\n  {%- endfor -%}\n</ul>", {"xs": LIST}, {"xs": ["a", "b"]}),
    ("ws-plus-trim", "{% if true +%}\nyes\n{% endif %}\nend", {}, {}),
    ("ws-lstrip-nested", "<div>\n    {% if true %}\n        {% for x in xs %}\n        {{ x }}\n        {% endfor %}\n    {% endif %}\n</div>", {"xs": LIST}, {"xs": ["a", "b"]}),
    ("ws-comment-minus", "a {#- c -#} b\n  {# x #}\nc", {}, {}),
    # loop features
    ("loop-revindex-length", "{% for x in xs %}{{ loop.index }}{{ loop.revindex }}{{ loop.revindex0 }}{{ loop.length }}{{ loop.first }}{{ loop.last }} {% endfor %}", {"xs": LIST}, {"xs": ["a", "b", "c"]}),
    ("loop-previtem-nextitem", "{% for x in xs %}{{ loop.previtem }}-{{ x }}-{{ loop.nextitem }} {% endfor %}", {"xs": LIST}, {"xs": ["a", "b", "c"]}),
    ("loop-previtem-undefined", "{% for x in xs %}{{ loop.previtem is defined }}{{ loop.nextitem is defined }} {% endfor %}", {"xs": LIST}, {"xs": ["a", "b"]}),
    ("loop-previtem-default", "{% for x in xs %}{{ loop.previtem|default('start') }} {% endfor %}", {"xs": LIST}, {"xs": ["a", "b"]}),
    ("loop-changed", "{% for u in o.users|sort(attribute='age') %}{% if loop.changed(u.age) %}[{{ u.age }}]{% endif %}{{ u.name }} {% endfor %}", {"o": OBJ}, {"o": USERS}),
    ("loop-cycle", "{% for x in xs %}{{ loop.cycle('odd', 'even') }}{% endfor %}", {"xs": LIST}, {"xs": ["a", "b", "c"]}),
    ("loop-if-filter", "{% for x in xs if x != 'b' %}{{ loop.index }}{{ x }}{{ loop.length }}{{ loop.last }} {% endfor %}", {"xs": LIST}, {"xs": ["a", "b", "c"]}),
    ("loop-if-filter-else", "{% for x in xs if x == 'z' %}{{ x }}{% else %}none{% endfor %}", {"xs": LIST}, {"xs": ["a", "b"]}),
    ("loop-else-empty", "{% for x in xs %}{{ x }}{% else %}empty{% endfor %}", {"xs": LIST}, {"xs": []}),
    ("loop-recursive", "{% for n in o.tree recursive %}{{ n.name }}@{{ loop.depth }}/{{ loop.depth0 }}{% if n.children %}({{ loop(n.children) }}){% endif %} {% endfor %}", {"o": OBJ}, {"o": TREE}),
    ("loop-recursive-list", "<ul>\n{% for n in o.tree recursive %}\n<li>{{ n.name }}\n{% if n.children %}<ul>{{ loop(n.children) }}</ul>{% endif %}\n</li>\n{% endfor %}\n</ul>", {"o": OBJ}, {"o": TREE}),
    ("loop-unpack-items", "{% for k, v in o.items() %}{{ k }}={{ v }};{% endfor %}", {"o": OBJ}, {"o": {"a": 1, "b": "x"}}),
    ("loop-nested-outer", "{% for x in xs %}{% set outer = loop %}{% for y in xs %}{{ outer.index }}{{ loop.index }} {% endfor %}{% endfor %}", {"xs": LIST}, {"xs": ["a", "b"]}),
    ("loop-over-dict", "{% for k in o %}{{ k }}{% endfor %}", {"o": OBJ}, {"o": {"b": 1, "a": 2}}),
    ("loop-over-string", "{% for c in s %}[{{ c }}]{% endfor %}", {"s": S}, {"s": "héy"}),
    ("loop-set-no-leak", "{% set n = 0 %}{% for x in xs %}{% set n = n + 1 %}{{ n }}{% endfor %}|{{ n }}", {"xs": LIST}, {"xs": ["a", "b"]}),
    ("loop-var-no-leak", "{% for x in xs %}{% endfor %}{{ x is defined }}", {"xs": LIST}, {"xs": ["a"]}),
    ("loop-namespace", "{% set ns = namespace(found=false, items=[]) %}{% for x in xs %}{% if x == 'b' %}{% set ns.found = true %}{% endif %}{% endfor %}{{ ns.found }}", {"xs": LIST}, {"xs": ["a", "b"]}),
    ("loop-index-out-of-loop", "{{ loop.index }}", {}, {}),
    # globals
    ("global-joiner", "{% set pipe = joiner(' | ') %}{% for x in xs %}{{ pipe() }}{{ x }}{% endfor %}", {"xs": LIST}, {"xs": ["a", "b", "c"]}),
    ("global-joiner-default", "{% set j = joiner() %}{{ j() }}{{ j() }}{{ j() }}", {}, {}),
    ("global-cycler", "{% set c = cycler('r', 'g', 'b') %}{{ c.next() }}{{ c.next() }}{{ c.current }}{{ c.next() }}{{ c.next() }}{% set _ = c.reset() %}{{ c.current }}", {}, {}),
    ("global-cycler-in-loop", "{% set row = cycler('odd', 'even') %}{% for x in xs %}{{ row.next() }} {% endfor %}", {"xs": LIST}, {"xs": ["a", "b", "c"]}),
    ("global-dict", "{{ dict(a=1, b='x') }} {{ dict(a=1).a }}", {}, {}),
    ("global-namespace-kwargs", "{% set ns = namespace(a=1, b='x') %}{{ ns.a }}{{ ns.b }}{% set ns.a = ns.a + 1 %}{{ ns.a }}", {}, {}),
    ("global-range-step", "{{ range(10, 0, -3)|list }} {{ range(3)|list }}", {}, {}),
    # python string methods
    ("method-slice-string", "{{ s[::-1] }}|{{ s[1:3] }}|{{ s[-2:] }}|{{ s[::2] }}|{{ s[:-1] }}|{{ s[5:1:-2] }}", {"s": S}, {"s": "abcdefg"}),
    ("method-slice-list", "{{ xs[1:-1] }}|{{ xs[::-1] }}|{{ xs[::2] }}|{{ xs[-2:] }}|{{ xs[1:-1:2] }}|{{ xs[10:] }}", {"xs": LIST}, {"xs": ["a", "b", "c", "d", "e", "f"]}),
    ("method-percent-format", "{{ '%s and %d' % (s, n) }}|{{ '%05.2f' % x }}|{{ '%x %X %o' % (n, n, n) }}|{{ '%r' % s }}|{{ '%5s|%-5s|' % ('a', 'b') }}", {"s": S, "n": NUM, "x": NUM}, {"s": "it", "n": 255, "x": 3.14159}),
    ("method-percent-dict", "{{ '%(name)s is %(age)d' % o }}", {"o": OBJ}, {"o": {"name": "Ann", "age": 30}}),
    ("method-percent-single", "{{ 'Hello %s!' % s }} {{ '%.1f%%' % x }} {{ '%e' % x }} {{ '%g' % x }}", {"s": S, "x": NUM}, {"s": "you", "x": 12.345}),
    ("method-percent-too-few", "{{ '%s %s' % (s,) }}", {"s": S}, {"s": "x"}),
    ("method-format", "{{ '{} and {}'.format(a, b) }}|{{ '{1}{0}'.format(a, b) }}|{{ '{x}-{y}'.format(x=a, y=b) }}|{{ '{:>6}|{:<6}|{:^6}'.format(a, a, a) }}", {"a": S, "b": S}, {"a": "p", "b": "q"}),
    ("method-format-specs", "{{ '{:.2f}'.format(x) }}|{{ '{0!r}'.format(s) }}|{{ '{:05d}'.format(n) }}|{{ '{:,}'.format(m) }}|{{ '{:x}'.format(n) }}|{{ '{:*^9}'.format(s) }}|{{ '{{}}'.format() }}|{{ '{:+.1e}'.format(x) }}|{{ '{:.1%}'.format(0.25) }}", {"x": NUM, "s": S, "n": NUM, "m": NUM}, {"x": 3.14159, "s": "hi", "n": 42, "m": 1234567}),
    ("method-format-index", "{{ '{0[1]} {o[k]}'.format(xs, o=o) }}", {"xs": LIST, "o": OBJ}, {"xs": ["a", "b"], "o": {"k": "v"}}),
    ("method-just", "[{{ s.ljust(6) }}][{{ s.rjust(6, '*') }}][{{ s.center(7, '-') }}][{{ s.zfill(5) }}][{{ '-42'.zfill(6) }}][{{ s.center(2) }}]", {"s": S}, {"s": "abc"}),
    ("method-replace-count", "{{ s.replace('a', 'o', 2) }} {{ s.replace('', '-') }} {{ s.replace('an', '') }}", {"s": S}, {"s": "banana"}),
    ("method-split", "{{ s.split(',', 1) }} {{ s.rsplit(',', 1) }} {{ s.rsplit(',') }} {{ t.rsplit(None, 1) }} {{ s.split(',', maxsplit=2) }}", {"s": S, "t": S}, {"s": "a,b,c,d", "t": " x  y z "}),
    ("method-splitlines", "{{ s.splitlines() }} {{ s.splitlines(True) }}", {"s": S}, {"s": "a\nb\r\nc\n"}),
    ("method-strip-chars", "[{{ s.strip('x') }}][{{ s.lstrip('x') }}][{{ s.rstrip('x') }}][{{ t.strip() }}][{{ s.strip('xa') }}]", {"s": S, "t": S}, {"s": "xxaxbxx", "t": " \t y \n"}),
    ("method-startswith-tuple", "{{ s.startswith(('x', 'he')) }} {{ s.endswith(('lo', 'z')) }} {{ s.startswith('el', 1) }} {{ s.startswith(('a',)) }}", {"s": S}, {"s": "hello"}),
    ("method-case", "{{ s.title() }}|{{ s.capitalize() }}|{{ s.swapcase() }}|{{ s.casefold() }}|{{ s.upper() }}|{{ s.lower() }}", {"s": S}, {"s": "hELLO wOrld's straße"}),
    ("method-find", "{{ s.find('l') }} {{ s.rfind('l') }} {{ s.find('z') }} {{ s.index('o') }} {{ s.rindex('l') }} {{ s.count('l') }} {{ s.find('l', 4) }}", {"s": S}, {"s": "hello world"}),
    ("method-index-missing", "{{ s.index('z') }}", {"s": S}, {"s": "hello"}),
    ("method-join", "{{ ', '.join(xs) }} {{ '-'.join(s) }} {{ ''.join(xs|reverse) }}", {"xs": LIST, "s": S}, {"xs": ["a", "b"], "s": "xyz"}),
    ("method-is", "{{ a.isdigit() }}{{ b.isalpha() }}{{ c.isspace() }}{{ a.isalnum() }}{{ b.isupper() }}{{ b.islower() }}{{ d.istitle() }}{{ a.isnumeric() }}{{ a.isdecimal() }}{{ e.isidentifier() }}{{ ''.isdigit() }}", {"a": S, "b": S, "c": S, "d": S, "e": S}, {"a": "123", "b": "abc", "c": " \t", "d": "Hello World", "e": "_x1"}),
    ("method-partition", "{{ s.partition('=') }} {{ s.rpartition('=') }} {{ s.partition('#') }}", {"s": S}, {"s": "a=b=c"}),
    ("method-dict", "{{ o.items()|list }} {{ o.keys()|list }} {{ o.values()|list }} {{ o.get('a') }} {{ o.get('z') }} {{ o.get('z', 0) }}", {"o": OBJ}, {"o": {"a": 1, "b": [2]}}),
    ("method-list", "{{ xs.index('b') }} {{ xs.count('a') }} {{ xs.count('z') }}", {"xs": LIST}, {"xs": ["a", "b", "a"]}),
    ("method-list-index-missing", "{{ xs.index('z') }}", {"xs": LIST}, {"xs": ["a"]}),
    ("method-expandtabs-encode", "{{ s.startswith('a') and s.endswith('c') }} {{ s.removeprefix('a') }} {{ s.removesuffix('c') }}", {"s": S}, {"s": "abc"}),
    ("method-unknown", "{{ s.nosuch() }}", {"s": S}, {"s": "x"}),
    # filters
    ("filter-abs", "{{ -3|abs }} {{ x|abs }} {{ n|abs }}", {"x": NUM, "n": NUM}, {"x": -2.5, "n": -4}),
    ("filter-attr", "{{ o|attr('a') }} {{ (o|attr('zz')) is defined }}", {"o": OBJ}, {"o": {"a": 1}}),
    ("filter-batch", "{% for row in xs|batch(3, '-') %}{{ row|join }};{% endfor %}|{{ xs|batch(2)|list }}", {"xs": LIST}, {"xs": ["a", "b", "c", "d", "e"]}),
    ("filter-center", "[{{ s|center(9) }}][{{ s|center }}][{{ s|center(2) }}]", {"s": S}, {"s": "abc"}),
    ("filter-dictsort-all", "{{ o|dictsort }} {{ o|dictsort(true) }} {{ o|dictsort(false, 'value') }} {{ o|dictsort(reverse=true) }}", {"o": OBJ}, {"o": {"b": 2, "A": 3, "a": 1}}),
    ("filter-escape", "{{ s|escape }} {{ s|e }} {{ s|forceescape }} {{ s|e|e }}", {"s": S}, {"s": "<a href=\"x\">'&'</a>"}),
    ("filter-filesizeformat", "{{ 100|filesizeformat }} {{ 1000|filesizeformat }} {{ 1500000|filesizeformat }} {{ 1024|filesizeformat(true) }} {{ 3000000000000|filesizeformat }} {{ 1|filesizeformat }} {{ x|filesizeformat(binary=true) }}", {"x": NUM}, {"x": 123456789}),
    ("filter-first-last", "{{ xs|first }} {{ xs|last }} {{ o.users|first }}", {"xs": LIST, "o": OBJ}, {"xs": ["a", "b"], "o": {"users": [1, 2]}}),
    ("filter-first-empty", "{{ xs|first }}", {"xs": LIST}, {"xs": []}),
    ("filter-float", "{{ s|float }} {{ t|float }} {{ t|float(1.5) }} {{ 3|float }} {{ '1e3'|float }}", {"s": S, "t": S}, {"s": "2.5", "t": "x"}),
    ("filter-format", "{{ '%s, %s!'|format(a, b) }} {{ '%(x)s'|format(x=a) }} {{ '%5.1f|%-4d|'|format(x, n) }}", {"a": S, "b": S, "x": NUM, "n": NUM}, {"a": "Hi", "b": "you", "x": 2.25, "n": 7}),
    ("filter-groupby", "{% for g in o.users|groupby('age') %}{{ g.grouper }}:{{ g.list|map(attribute='name')|join(',') }};{% endfor %}", {"o": OBJ}, {"o": USERS}),
    ("filter-groupby-unpack", "{% for age, us in o.users|groupby('age') %}{{ age }}={{ us|length }};{% endfor %}", {"o": OBJ}, {"o": USERS}),
    ("filter-groupby-case", "{% for city, us in o.users|groupby('city') %}{{ city }}={{ us|length }};{% endfor %}|{% for city, us in o.users|groupby('city', case_sensitive=true) %}{{ city }}={{ us|length }};{% endfor %}", {"o": OBJ}, {"o": USERS}),
    ("filter-groupby-default", "{% for k, v in o.rows|groupby('k', default='none') %}{{ k }}:{{ v|length }};{% endfor %}", {"o": OBJ}, {"o": {"rows": [{"k": "a"}, {}, {"k": "a"}]}}),
    ("filter-groupby-print", "{{ o.users|groupby('admin')|list|length }} {{ (o.users|groupby('admin')|first).grouper }}", {"o": OBJ}, {"o": USERS}),
    ("filter-indent-more", "[{{ s|indent(first=true) }}][{{ s|indent(width='>>') }}]", {"s": S}, {"s": "a\nb\n"}),
    ("filter-int-base", "{{ '0x1A'|int(0, 16) }} {{ 'ff'|int(base=16) }} {{ '0b101'|int(0, 2) }} {{ '12'|int(base=8) }} {{ 'x'|int }} {{ 'x'|int(-1) }} {{ '1_000'|int }} {{ ' 7 '|int }}", {}, {}),
    ("filter-items", "{{ o|items|list }} {% for k, v in o|items %}{{ k }}{{ v }}{% endfor %}", {"o": OBJ}, {"o": {"a": 1, "b": 2}}),
    ("filter-join-attr", "{{ o.users|join(', ', attribute='name') }} {{ [1, 2]|join('-') }}", {"o": OBJ}, {"o": USERS}),
    ("filter-length", "{{ xs|length }} {{ o|length }} {{ s|count }}", {"xs": LIST, "o": OBJ, "s": S}, {"xs": ["a"], "o": {"a": 1, "b": 2}, "s": "héé"}),
    ("filter-list", "{{ s|list }} {{ o|list }} {{ xs|list }}", {"s": S, "o": OBJ, "xs": LIST}, {"s": "ab", "o": {"k": 1}, "xs": ["x"]}),
    ("filter-map", "{{ o.users|map(attribute='name')|join(',') }} {{ xs|map('upper')|list }} {{ xs|map('replace', 'a', 'o')|list }} {{ o.users|map(attribute='zip', default='-')|list }}", {"o": OBJ, "xs": LIST}, {"o": USERS, "xs": ["a", "b"]}),
    ("filter-map-nested-attr", "{{ o.rows|map(attribute='p.q')|list }} {{ o.rows|map(attribute='l.0')|list }}", {"o": OBJ}, {"o": {"rows": [{"p": {"q": 1}, "l": ["x"]}, {"p": {"q": 2}, "l": ["y"]}]}}),
    ("filter-max-min", "{{ xs|max }} {{ xs|min }} {{ xs|max(case_sensitive=true) }} {{ o.users|max(attribute='age') }} {{ o.users|min(attribute='name') }}", {"xs": LIST, "o": OBJ}, {"xs": ["b", "a", "C"], "o": USERS}),
    ("filter-max-empty", "{{ xs|max }}", {"xs": LIST}, {"xs": []}),
    ("filter-pprint", "{{ o|pprint }} {{ s|pprint }}", {"o": OBJ, "s": S}, {"o": {"b": [1, 2], "a": "x"}, "s": "q"}),
    ("filter-select-reject", "{{ [1, 2, 3, 4, 5]|select('odd')|list }} {{ [1, 2, 3, 4, 5]|reject('odd')|list }} {{ [0, 1, '', 'a', none]|select|list }} {{ [1, 2, 3]|select('gt', 1)|list }} {{ [1, 2, 3]|reject('equalto', 2)|list }} {{ xs|select('in', ['a', 'c'])|list }}", {"xs": LIST}, {"xs": ["a", "b", "c"]}),
    ("filter-select-tests", "{{ [1, 'a', none, 2.5, [1]]|select('number')|list }} {{ [1, 'a']|select('string')|list }} {{ [1, 2, 3, 6]|select('divisibleby', 3)|list }} {{ [1, 2, 3]|select('>=', 2)|list }} {{ [1, 2]|select('==', 2)|list }} {{ [none, 1]|reject('none')|list }}", {}, {}),
    ("filter-select-odd-strings", "{{ xs|select('odd')|list }}", {"xs": LIST}, {"xs": ["a"]}),
    ("filter-selectattr", "{{ o.users|selectattr('admin')|map(attribute='name')|list }} {{ o.users|rejectattr('admin')|map(attribute='name')|list }} {{ o.users|selectattr('age', 'equalto', 30)|map(attribute='name')|list }} {{ o.users|selectattr('age', '<', 30)|map(attribute='name')|list }} {{ o.users|selectattr('city', 'in', ['Oslo'])|list|length }}", {"o": OBJ}, {"o": USERS}),
    ("filter-selectattr-missing", "{{ o.users|selectattr('zip')|list }}", {"o": OBJ}, {"o": USERS}),
    ("filter-replace-count", "{{ s|replace('a', 'o') }} {{ s|replace('a', 'o', 2) }} {{ s|replace('', '.') }}", {"s": S}, {"s": "banana"}),
    ("filter-reverse", "{{ s|reverse }} {{ xs|reverse|list }} {{ xs|reverse|join }}", {"s": S, "xs": LIST}, {"s": "abc", "xs": ["x", "y"]}),
    ("filter-round", "{{ 2.5|round }} {{ 3.5|round }} {{ 2.567|round(2, 'floor') }} {{ 2.561|round(2, 'ceil') }} {{ 42|round }} {{ 42|round(1, 'ceil') }} {{ -2.5|round(0, 'floor') }}", {}, {}),
    ("filter-round-bad-method", "{{ 2.5|round(0, 'up') }}", {}, {}),
    ("filter-safe-string", "{{ s|safe }} {{ n|string }} {{ xs|string }} {{ (n|string) ~ 'x' }} {{ none|string }}", {"s": S, "n": NUM, "xs": LIST}, {"s": "<b>", "n": 3, "xs": ["a"]}),
    ("filter-slice", "{% for col in xs|slice(3) %}{{ col|join }};{% endfor %}|{{ xs|slice(3, 'x')|list }}|{{ xs|slice(2)|list }}", {"xs": LIST}, {"xs": ["a", "b", "c", "d", "e", "f", "g"]}),
    ("filter-sort-attr", "{{ o.users|sort(attribute='name')|map(attribute='name')|join(',') }} {{ o.users|sort(attribute='age,name')|map(attribute='name')|join(',') }} {{ o.users|sort(attribute='age', reverse=true)|map(attribute='name')|join(',') }} {{ o.users|sort(attribute='name', case_sensitive=true)|map(attribute='name')|join(',') }}", {"o": OBJ}, {"o": USERS}),
    ("filter-sort-dotted", "{{ o.rows|sort(attribute='p.q')|map(attribute='n')|join }}", {"o": OBJ}, {"o": {"rows": [{"n": "x", "p": {"q": 2}}, {"n": "y", "p": {"q": 1}}]}}),
    ("filter-sort-mixed", "{{ [1, 'a']|sort }}", {}, {}),
    ("filter-striptags", "{{ s|striptags }}", {"s": S}, {"s": "<p>Hello  <b>World</b>\n<br/>x &amp; y</p><!-- c -->"}),
    ("filter-sum", "{{ [1, 2, 3]|sum }} {{ [1, 2.5]|sum }} {{ o.users|sum(attribute='age') }} {{ [1, 2]|sum(start=10) }} {{ []|sum }}", {"o": OBJ}, {"o": USERS}),
    ("filter-title-unusual", "{{ s|title }} | {{ t|title }}", {"s": S, "t": S}, {"s": "they're bill's friends from the UK", "t": "ǆemal ǈubljana 2nd-place éa"}),
    ("filter-tojson-more", "{{ s|tojson }} {{ n|tojson }} {{ xs|tojson(indent=1) }}", {"s": S, "n": NUM, "xs": LIST}, {"s": "a<b>&'", "n": 2.5, "xs": ["a"]}),
    ("filter-trim-chars", "[{{ s|trim }}][{{ s|trim(' x') }}][{{ s|trim(chars='x ') }}]", {"s": S}, {"s": " xhix "}),
    ("filter-truncate-more", "{{ s|truncate(5) }}|{{ s|truncate(5, leeway=0) }}|{{ s|truncate(10, true, '') }}|{{ s|truncate(3, end='') }}", {"s": S}, {"s": "abcdefghijklmnop qrst"}),
    ("filter-unique", "{{ xs|unique|list }} {{ xs|unique(case_sensitive=true)|list }} {{ o.users|unique(attribute='age')|map(attribute='name')|list }} {{ o.users|unique(attribute='city')|map(attribute='name')|list }}", {"xs": LIST, "o": OBJ}, {"xs": ["a", "A", "b", "a"], "o": USERS}),
    ("filter-urlencode", "{{ s|urlencode }} {{ o|urlencode }} {{ [('a', 'b c'), ('d', 1)]|urlencode }} {{ t|urlencode }}", {"s": S, "o": OBJ, "t": S}, {"s": "a b&c=d/é?", "o": {"q": "x y", "n": 1}, "t": "~_.-"}),
    ("filter-urlize", "{{ s|urlize }}", {"s": S}, {"s": "see http://example.com/a?b=1 and www.x.org, or mail me@example.com."}),
    ("filter-urlize-args", "{{ s|urlize(10, true, target='_blank') }}", {"s": S}, {"s": "go https://example.com/very/long/path now"}),
    ("filter-wordcount", "{{ s|wordcount }} {{ ''|wordcount }}", {"s": S}, {"s": "one two-three four_five"}),
    ("filter-wordwrap", "{{ s|wordwrap(10) }}|{{ s|wordwrap(10, wrapstring='<br>') }}|{{ t|wordwrap(5) }}|{{ t|wordwrap(5, false) }}|{{ u|wordwrap(6) }}|{{ u|wordwrap(6, break_on_hyphens=false) }}", {"s": S, "t": S, "u": S}, {"s": "The quick brown fox jumps over the lazy dog", "t": "abcdefghijkl mn", "u": "well-known fact"}),
    ("filter-wordwrap-paragraphs", "{{ s|wordwrap(8) }}", {"s": S}, {"s": "aaa bbb ccc\n\nddd eee fff\nggg"}),
    ("filter-xmlattr", "<p{{ o|xmlattr }}>", {"o": OBJ}, {"o": {"class": "a b", "id": "x<y>", "hidden": None, "n": 1}}),
    ("filter-xmlattr-no-space", "<p{{ o|xmlattr(false) }}>", {"o": OBJ}, {"o": {"a": "1"}}),
    ("filter-capitalize-lower-upper", "{{ s|capitalize }} {{ s|lower }} {{ s|upper }}", {"s": S}, {"s": "hELLO World"}),
    ("filter-default-boolean", "{{ false|default('x') }} {{ false|default('x', true) }} {{ 0|d('z') }}", {}, {}),
    ("filter-unknown", "{{ s|nosuchfilter }}", {"s": S}, {"s": "x"}),
]


TAG_PREFIXES = ("tag-", "ws-", "loop-", "global-")


def main():
    tags = sys.argv[1:] == ["tags"]
    selected = [case for case in CASES if case[0].startswith(TAG_PREFIXES) == tags]
    for name, template, inputs, given in selected:
        case = {
            "name": name,
            "spec": {"id": name, "version": "1.0.0", "template": template, "inputs": spec_inputs(inputs)},
            "inputs": given,
            "expect": expected(template, inputs, given),
        }
        sys.stdout.write(json.dumps(case, ensure_ascii=False) + "\n")
    sys.stderr.write("jinja2 %s: %d cases\n" % (jinja2.__version__, len(selected)))


if __name__ == "__main__":
    main()

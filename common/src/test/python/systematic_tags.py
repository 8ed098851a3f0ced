"""Systematic families: tags, loop attributes and whitespace control."""
from reference_env import BOOL, LIST, NUM, OBJ, OPT, S

TAG_INPUTS = {"xs": LIST, "n": NUM, "flag": BOOL, "o": OBJ, "name": S, "tree": OBJ}
TAG_GIVEN = {"xs": ["a", "b", "c"], "n": 3, "flag": True, "o": {"k": "v", "m": [1, 2]}, "name": "Ada",
             "tree": {"items": [{"name": "root", "children": [{"name": "leaf1", "children": []},
                                                              {"name": "mid", "children": [{"name": "leaf2",
                                                                                            "children": []}]}]}]}}

TAGS = {
    "if": ["{% if flag %}yes{% endif %}", "{% if not flag %}yes{% else %}no{% endif %}",
           "{% if n > 5 %}big{% elif n > 2 %}mid{% elif n > 0 %}small{% else %}zero{% endif %}",
           "{% if xs %}has{% endif %}", "{% if o.k == 'v' and flag %}both{% endif %}", "{% if %}x{% endif %}",
           "{% if flag %}x{% else %}y{% else %}z{% endif %}", "{% if flag %}x", "{% if flag %}{% if n %}in{% endif %}{% endif %}",
           "{% if 'b' in xs %}found{% endif %}", "{% if name is string and name|length > 2 %}ok{% endif %}",
           "{% elif flag %}x{% endif %}", "{% if flag %}x{% endfor %}"],
    "for": ["{% for x in xs %}{{ x }}{% endfor %}", "{% for x in xs if x != 'b' %}{{ x }}{% endfor %}",
            "{% for x in [] %}{{ x }}{% else %}none{% endfor %}",
            "{% for x in xs if x == 'z' %}{{ x }}{% else %}filtered-out{% endfor %}",
            "{% for k, v in o.items() %}{{ k }}={{ v }};{% endfor %}", "{% for k in o %}{{ k }}{% endfor %}",
            "{% for a, b in [[1, 2], [3, 4]] %}{{ a + b }}{% endfor %}", "{% for c in name %}{{ c }}.{% endfor %}",
            "{% for x in xs %}{% for y in xs %}{{ x }}{{ y }} {% endfor %}{% endfor %}",
            "{% for x in xs %}{% if loop.index > 1 %}{% break %}{% endif %}{{ x }}{% endfor %}",
            "{% for x in n %}{{ x }}{% endfor %}", "{% for x in xs %}{{ x }}", "{% for x in xs|reverse %}{{ x }}{% endfor %}",
            "{% for x in xs %}{% set y = x|upper %}{{ y }}{% endfor %}{{ y is defined }}",
            "{% for x in xs if loop.index > 1 %}{{ x }}{% endfor %}", "{% for i in range(n) %}{{ i }}{% endfor %}",
            "{% for x, in [[1], [2]] %}{{ x }}{% endfor %}", "{% for a, b in xs %}{{ a }}{% endfor %}"],
    "set": ["{% set a = 1 %}{{ a }}", "{% set a, b = 1, 2 %}{{ a }}{{ b }}", "{% set a = xs|length %}{{ a * 2 }}",
            "{% set body %}inner {{ name }}{% endset %}[{{ body }}]", "{% set body | upper %}shout {{ name }}{% endset %}{{ body }}",
            "{% set a = 1 %}{% set a = a + 1 %}{{ a }}", "{% set xs = xs + ['d'] %}{{ xs }}",
            "{% set d = {'k': name} %}{{ d.k }}", "{% set a %}x{% endset %}{{ a is string }}",
            "{% set 1 = 2 %}", "{% set a = %}", "{% set a.b = 1 %}"],
    "macro": ["{% macro m(a, b='B') %}{{ a }}-{{ b }}{% endmacro %}{{ m(1) }} {{ m(1, 2) }} {{ m(b=3, a=4) }}",
              "{% macro m() %}{{ varargs }}{% endmacro %}{{ m(1, 2, 3) }}",
              "{% macro m(a) %}{{ a }}{{ varargs }}{{ kwargs }}{% endmacro %}{{ m(1, 2, x=3) }}",
              "{% macro m() %}{{ kwargs }}{% endmacro %}{{ m(k='v', n=1) }}",
              "{% macro m(a) %}{{ a }}{% endmacro %}{{ m() }}",
              "{% macro m(a) %}{{ a }}{% endmacro %}{{ m(1, 2) }}",
              "{% macro m(a) %}{{ a }}{% endmacro %}{{ m(z=2) }}",
              "{% macro wrap(tag) %}<{{ tag }}>{{ caller() }}</{{ tag }}>{% endmacro %}{% call wrap('p') %}body {{ name }}{% endcall %}",
              "{% macro each(items) %}{% for i in items %}{{ caller(i) }}{% endfor %}{% endmacro %}{% call(x) each(xs) %}[{{ x }}]{% endcall %}",
              "{% macro m() %}{{ caller() }}{% endmacro %}{{ m() }}",
              "{% macro m(a, b) %}{{ a ~ b }}{% endmacro %}{{ m|attr('name') }}",
              "{% macro m(a) %}{{ a }}{% endmacro %}{{ m.name }} {{ m.arguments }}",
              "{% macro f(n) %}{% if n > 0 %}{{ n }}{{ f(n - 1) }}{% endif %}{% endmacro %}{{ f(3) }}",
              "{% macro m(x=name) %}{{ x }}{% endmacro %}{{ m() }}",
              "{% macro m(a, b=a) %}{{ b }}{% endmacro %}{{ m(5) }}",
              "{% macro m() %}  spaced  {% endmacro %}[{{ m() }}]",
              "{% macro m(a) %}{{ a }}{% endmacro %}{{ m(*xs) }}",
              "{% macro m(a, b, c) %}{{ a }}{{ b }}{{ c }}{% endmacro %}{{ m(*xs) }}",
              "{% macro m(a) %}{{ a }}{% endmacro %}{{ m(**o) }}"],
    "filter": ["{% filter upper %}hello {{ name }}{% endfilter %}", "{% filter trim %}  x  {% endfilter %}",
               "{% filter truncate(8) %}a long long line{% endfilter %}", "{% filter upper|replace('A', '4') %}aha{% endfilter %}",
               "{% filter nosuch %}x{% endfilter %}"],
    "with": ["{% with a = 1 %}{{ a }}{% endwith %}", "{% with a = 1, b = a %}{{ b }}{% endwith %}",
             "{% with %}{% set a = 2 %}{{ a }}{% endwith %}{{ a is defined }}",
             "{% with n = n * 2 %}{{ n }}{% endwith %}{{ n }}"],
    "raw": ["{% raw %}{{ x }}{% endraw %}", "{% raw %}{% if %}{% endraw %}", "a{% raw %} {{ }} {% endraw %}b",
            "{%- raw -%}  {{ x }}  {%- endraw -%}", "{% raw %}{{ x }}"],
    "comment": ["a{# c #}b", "a{# {{ x }} {% if %} #}b", "a {#- c -#} b", "a{# unclosed", "{# a #}{# b #}c"],
    "recursive": ["{% for i in tree['items'] recursive %}{{ i.name }}{% if i.children %}({{ loop(i.children) }}){% endif %}{% endfor %}",
                  "{% for i in tree['items'] recursive %}{{ loop.depth }}{{ i.name }} {% if i.children %}{{ loop(i.children) }}{% endif %}{% endfor %}",
                  "{% for i in tree['items'] recursive %}{{ loop.depth0 }}:{{ loop.index }}{{ loop(i.children) }}{% endfor %}",
                  "{% for i in xs %}{{ loop(xs) }}{% endfor %}"],
    "block": ["{% block content %}hello {{ name }}{% endblock %}", "{% block a %}A{% endblock %}{% block b %}B{% endblock b %}",
              "{% block a %}{{ self.b() }}{% endblock %}{% block b %}B{% endblock %}",
              "{% block a %}x{% endblock %}{% block a %}y{% endblock %}"],
    "loading": ["{% include 'other.txt' %}", "{% import 'macros.txt' as m %}{{ m.x() }}",
                "{% from 'macros.txt' import x %}{{ x() }}", "{% extends 'base.txt' %}{% block a %}x{% endblock %}",
                "{% include 'other.txt' ignore missing %}after", "{% include ['a.txt', 'b.txt'] ignore missing %}after"],
    "misc": ["{{ }}", "{{ name }", "{% foo %}", "{% endif %}", "{{ name|upper( }}", "{% for %}", "{{ 'a' 'b' }}",
             "{{ name.upper }}", "{{ name['upper']() }}", "{% autoescape true %}{{ '<b>' }}{% endautoescape %}",
             "{% do xs.append('z') %}{{ xs }}", "{{ xs.append('z') }}{{ xs }}", "{{ o.update({'z': 1}) }}{{ o }}",
             "{{ name ~ }}", "{{ (1, 2)[0] }}", "{{ [1, 2][-1] }}", "{{ {'a': 1}['a'] }}", "{{ o['k'] }}{{ o.k }}",
             "{{ o.get }}", "{{ self }}", "{{ loop }}", "{% print %}", "{{ 'a' if }}", "{{ 1 +* 2 }}"],
}
# Jinja2 without a loader fails every template-loading tag; the Java sandbox refuses them on purpose.
CATEGORIES = {"loading": "sandbox-template-loading"}


def tags(corpus):
    for family, templates in TAGS.items():
        for i, template in enumerate(templates):
            corpus.add("tag-%s-%02d" % (family, i), template, TAG_INPUTS, TAG_GIVEN, CATEGORIES.get(family))


LOOP_ATTRS = ["index", "index0", "revindex", "revindex0", "first", "last", "length", "previtem", "nextitem",
              "depth", "depth0", "cycle('x', 'y')", "changed(x)", "cycle()"]


def loops(corpus):
    for size in [0, 1, 3]:
        xs = ["a", "b", "b", "c"][:size] if size < 3 else ["a", "a", "b"]
        for attr in LOOP_ATTRS:
            label = attr.split("(")[0] + ("-noarg" if attr == "cycle()" else "")
            corpus.add("loop-%s-%d" % (label, size), "{% for x in xs %}{{ loop." + attr + " }},{% endfor %}",
                       {"xs": LIST}, {"xs": xs})
            corpus.add("loop-filtered-%s-%d" % (label, size),
                       "{% for x in xs if x != 'b' %}{{ loop." + attr + " }},{% else %}E{% endfor %}",
                       {"xs": LIST}, {"xs": xs})
    nested = ["{% for x in xs %}{% for y in xs %}{{ loop.index }}{% endfor %}{{ loop.index }}|{% endfor %}",
              "{% for x in xs %}{% set outer = loop %}{% for y in xs %}{{ outer.index }}{{ loop.index }} {% endfor %}{% endfor %}",
              "{% for x in xs %}{{ loop.previtem is defined }}{{ loop.nextitem is defined }} {% endfor %}",
              "{% for x in xs %}{{ loop.length - loop.index }}{% endfor %}",
              "{% for x in xs %}{{ loop.index if loop.first }}{% endfor %}",
              "{{ loop.index }}", "{% for x in xs %}{% endfor %}{{ loop.index }}",
              "{% for x in xs %}{{ loop.nosuch }}{% endfor %}",
              "{% for x in xs %}{% if loop.changed(x) %}{{ x }}{% endif %}{% endfor %}",
              "{% for x in xs %}{{ loop.cycle(*xs) }}{% endfor %}",
              "{% for x in xs %}{{ loop }}{% endfor %}"]
    for i, template in enumerate(nested):
        corpus.add("loop-misc-%02d" % i, template, {"xs": LIST}, {"xs": ["a", "a", "b"]})


WS_LAYOUTS = [
    "A\n{%L if flag R%}\nB\n{%L endif R%}\nC",
    "A\n    {%L if flag R%}\n    B\n    {%L endif R%}\nC",
    "A  {%L if flag R%}  B  {%L endif R%}  C",
    "A\n{%L for x in xs R%}\n  {{L x R}}\n{%L endfor R%}\nC",
    "A\n  {%L set v = 1 R%}\nB{{L v R}}\n",
    "A\n  {#L note R#}\nB",
    "  {{L name R}}  \n  {{L name R}}\n",
    "A\n\t{%L if flag R%}\tB\t{%L endif R%}\t\nC",
    "A\r\n{%L if flag R%}\r\nB\r\n{%L endif R%}\r\nC",
    "{%L for x in xs R%}\n{{ x }}{%L if not loop.last R%}, {%L endif R%}\n{%L endfor R%}",
    "A\n  {%L macro m() R%}\n  M\n  {%L endmacro R%}\n{{ m() }}",
    "A\n  {%L raw R%}\n  {{ x }}\n  {%L endraw R%}\nB",
]
SIDES = [("", ""), ("-", ""), ("", "-"), ("-", "-"), ("+", ""), ("+", "-"), ("", "+"), ("-", "+")]


def whitespace(corpus):
    for i, layout in enumerate(WS_LAYOUTS):
        for j, (left, right) in enumerate(SIDES):
            template = layout.replace("{%L", "{%" + left).replace("R%}", right + "%}") \
                .replace("{{L", "{{" + ("-" if left == "-" else "")).replace("R}}", ("-" if right == "-" else "") + "}}") \
                .replace("{#L", "{#" + ("-" if left == "-" else "")).replace("R#}", ("-" if right == "-" else "") + "#}")
            corpus.add("ws-%02d-%d" % (i, j), template, {"flag": BOOL, "xs": LIST, "name": S},
                       {"flag": True, "xs": ["p", "q"], "name": "N"})
    edges = ["\n", "\n\n", "x\n", "x\n\n\n", "\nx", "  ", "x  \n", "{{ name }}\n", "{% if flag %}\n{% endif %}\n",
             "line\n{% if flag %}\nin\n{% endif %}", "{{ name }}\n\n{{ name }}", "a\n{{- name }}", "{{ name -}}\n b"]
    for i, template in enumerate(edges):
        corpus.add("ws-edge-%02d" % i, template, {"flag": BOOL, "name": S}, {"flag": True, "name": "N"})


ALL = [tags, loops, whitespace]

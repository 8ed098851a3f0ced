package dev.dakora.standalone;

import java.util.List;

/**
 * Templates written to hurt the platform that renders them: memory bombs (one expression or a loop
 * that allocates gigabytes), time bombs (work without output), output bombs, and reach into Java or
 * Python internals. Each must be refused with a message, except where real Jinja2 renders a small,
 * harmless result, which must then be rendered as Jinja2 renders it.
 */
final class HostileCases {

    /** @param jinja2Output what Jinja2 renders, when it renders this template harmlessly; null: it must be refused */
    record Case(String family, String name, String template, String jinja2Output) {

        boolean refused() {
            return jinja2Output == null;
        }

        @Override
        public String toString() {
            return family + ": " + name;
        }
    }

    private HostileCases() {
    }

    static List<Case> all() {
        return List.of(
                refused("memory", "printf width", "{{ '%0999999999d'|format(1) }}"),
                refused("memory", "center width", "{{ 'a'|center(1000000000) }}"),
                refused("memory", "string repetition", "{{ 'a' * 1000000000 }}"),
                refused("memory", "list repetition", "{{ [1] * 1000000000 }}"),
                refused("memory", "huge power", "{{ 2 ** 100000000 }}"),
                refused("memory", "range to list", "{{ range(1000000000)|list }}"),
                new Case("memory", "indent width on one line", "{{ 'x'|indent(999999999) }}", "x"),
                refused("memory", "indent width on two lines", "{{ 'x\ny'|indent(999999999) }}"),
                refused("memory", "indent width on the first line", "{{ 'x'|indent(999999999, true) }}"),
                refused("memory", "ljust width", "{{ 'a'.ljust(999999999) }}"),
                refused("memory", "format width", "{{ '{:>999999999}'.format(1) }}"),
                refused("memory", "join growth", "{{ range(100000)|join('x' * 100000) }}"),
                refused("memory", "replace growth", "{{ ('a' * 100000)|replace('a', 'b' * 100000) }}"),
                refused("memory", "replace doubling", "{% set s = namespace(v='ab') %}{% for i in range(64) %}"
                        + "{% set s.v = s.v|replace('a', s.v) %}{% endfor %}{{ s.v|length }}"),
                refused("memory", "loop appending to a list", "{% set l = [] %}{% for i in range(100000) %}"
                        + "{% set _ = l.append('x' * 100000) %}{% endfor %}{{ l|length }}"),
                refused("memory", "loop extending a list", "{% set l = [] %}{% for i in range(100000) %}"
                        + "{% set _ = l.extend(['x' * 100000]) %}{% endfor %}{{ l|length }}"),
                refused("memory", "loop filling a dict", "{% set d = {} %}{% for i in range(100000) %}"
                        + "{% set _ = d.update({i: 'x' * 100000}) %}{% endfor %}{{ d|length }}"),
                refused("memory", "loop concatenating lists", "{% set ns = namespace(l=[]) %}{% for i in range(100000) %}"
                        + "{% set ns.l = ns.l + ['x' * 100000] %}{% endfor %}{{ ns.l|length }}"),
                refused("memory", "nested loops appending", "{% set l = [] %}{% for i in range(1000) %}{% for j in range(1000) %}"
                        + "{% set _ = l.append([i] * 10000) %}{% endfor %}{% endfor %}{{ l|length }}"),
                refused("memory", "nested loops of huge output", "{% for i in range(100000) %}{% for j in range(100000) %}"
                        + "{{ 'x' * 10000 }}{% endfor %}{% endfor %}"),
                refused("memory", "macro recursion doubling a string", "{% macro m(s) %}{{ m(s ~ s) }}{% endmacro %}{{ m('a') }}"),
                refused("memory", "macro recursion growing a list", "{% macro m(l) %}{{ m(l + l) }}{% endmacro %}{{ m([1]) }}"),
                refused("time", "nested loops 10^4 x 10^4", "{% for i in range(10000) %}{% for j in range(10000) %}"
                        + "{% endfor %}{% endfor %}done"),
                refused("time", "exponential recursive macro", "{% macro m(n) %}{% if n > 0 %}{{ m(n - 1) }}{{ m(n - 1) }}"
                        + "{% endif %}{% endmacro %}{{ m(40) }}"),
                refused("time", "unbounded recursive macro", "{% macro m(n) %}{{ m(n + 1) }}{% endmacro %}{{ m(0) }}"),
                refused("time", "sorting a huge range", "{{ range(100000000)|sort|first }}"),
                refused("output", "loop output", "{% for i in range(100000) %}{{ 'x' * 1000 }}{% endfor %}"),
                refused("output", "one large expression", "{{ 'x' * 2000000 }}"),
                refused("output", "macro output fan-out", "{% macro m(n) %}{% if n > 0 %}{{ m(n - 1) }}{{ m(n - 1) }}"
                        + "{% else %}xxxxxxxxxx{% endif %}{% endmacro %}{{ m(30) }}"),
                refused("java", "getClass", "{{ ''.getClass() }}"),
                refused("java", "getClass forName", "{{ ''.getClass().forName('java.lang.Runtime') }}"),
                refused("java", "class property", "{{ ''.class }}"),
                refused("java", "python __class__", "{{ ''.__class__ }}"),
                refused("java", "python subclasses", "{{ ''.__class__.__mro__[1].__subclasses__() }}"),
                new Case("java", "self prints as Jinja2's template reference", "{{ self }}", "<TemplateReference None>"),
                refused("java", "self getClass", "{{ self.getClass() }}"),
                refused("java", "self context", "{{ self._TemplateReference__context }}"),
                refused("java", "jinjava interpreter", "{{ ____int3rpr3t3r____ }}"),
                refused("java", "interpreter context", "{{ ____int3rpr3t3r____.getContext() }}"),
                refused("java", "joiner globals", "{{ joiner.__init__.__globals__ }}"),
                refused("java", "cycler globals", "{{ cycler.__init__.__globals__.os }}"),
                refused("java", "namespace globals", "{{ namespace.__init__.__globals__ }}"),
                refused("java", "range self", "{{ range.__self__ }}"),
                refused("java", "lipsum globals", "{{ lipsum.__globals__ }}"),
                refused("java", "config and request", "{{ config }}{{ request }}"));
    }

    private static Case refused(String family, String name, String template) {
        return new Case(family, name, template, null);
    }
}

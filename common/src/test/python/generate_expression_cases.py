"""Generates jinja2-expression-cases.jsonl: expressions (numbers, operators, comparisons, the
errors they raise, names Jinja2 does not define) rendered by real Jinja2, for the Java parity test.

Run by hand, never by the build:
    python3 generate_expression_cases.py > ../resources/parity/jinja2-expression-cases.jsonl

The environment, coercion and error mapping are those of generate_extra_cases.py. Expected
outputs depend on Python's own int limits: Python 3.11+ refuses to print an int of more than
4300 digits, which the renderer mirrors.
"""
import json
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

import jinja2  # noqa: E402
from generate_extra_cases import BOOL, LIST, NUM, OBJ, OPT, S, expected, spec_inputs  # noqa: E402

NUMS = {"n": NUM, "f": NUM, "z": NUM}
NUM_VALUES = {"n": 7, "f": 2.5, "z": 0}
DATA = {"xs": LIST, "o": OBJ, "v": OPT}
DATA_VALUES = {"xs": ["a", "b"], "o": {"k": 1, "nums": [1, 2, 3], "items": [{"p": 2}, {"p": 3}], "none": None}}

CASES = [
    # integer and float arithmetic
    ("num-int-stays-int", "{{ 1 + 2 }} {{ 7 - 10 }} {{ 3 * 4 }} {{ n * 2 }} {{ n - 7 }}", NUMS, NUM_VALUES),
    ("num-true-division-is-float", "{{ 7 / 2 }} {{ 6 / 3 }} {{ n / 7 }} {{ 1 / 3 }} {{ 10 ** 20 / 10 }}", NUMS, NUM_VALUES),
    ("num-mixed-is-float", "{{ 3 * 1.0 }} {{ 1.5 + 1.5 }} {{ n + f }} {{ n * 0.5 }} {{ 3 - 0.1 }}", NUMS, NUM_VALUES),
    ("num-power", "{{ 2 ** 10 }} {{ 2 ** -1 }} {{ 10 ** -2 }} {{ 0 ** 0 }} {{ 2 ** 0.5 }} {{ f ** 2 }} {{ 2 ** 3 ** 2 }} {{ -2 ** 2 }}", NUMS, NUM_VALUES),
    ("num-big-int", "{{ 2 ** 70 }} {{ 2 ** 64 }} {{ 2 ** 63 - 1 }} {{ 9223372036854775807 + 1 }} {{ -9223372036854775808 - 1 }}", {}, {}),
    ("num-big-literal", "{{ 12345678901234567890 }} {{ 12345678901234567890 + 1 }} {{ 98765432109876543210 * 3 }}", {}, {}),
    ("num-big-mixed", "{{ 2 ** 70 / 2 ** 69 }} {{ 2 ** 70 // 3 }} {{ 2 ** 70 % 1000 }} {{ 2 ** 70 > 2 ** 69 }} {{ 2 ** 70 == 2.0 ** 70 }} {{ 2 ** 70 * 0.5 }}", {}, {}),
    ("num-int-print-limit", "{{ 2 ** 20000 }}", {}, {}),
    ("num-int-print-under-limit", "{{ (2 ** 10000) % 1000 }} {{ (10 ** 4299)|string|length }}", {}, {}),
    ("num-floor-division", "{{ 7 // 2 }} {{ -7 // 2 }} {{ 7 // -2 }} {{ 7 // 2.0 }} {{ -7.5 // 2 }} {{ n // 3 }}", NUMS, NUM_VALUES),
    ("num-modulo", "{{ -7 % 3 }} {{ 7 % -3 }} {{ -7.5 % 2 }} {{ 5 % 3.0 }} {{ 7.0 % 2 }} {{ -1 % 5 }}", {}, {}),
    ("num-negative-zero", "{{ -0.0 }} {{ 0.0 * -1 }} {{ -0 }} {{ -z }} {{ -0.0 == 0 }}", NUMS, NUM_VALUES),
    ("num-bool-arithmetic", "{{ True + 1 }} {{ True + True }} {{ True / 2 }} {{ True ** 2 }} {{ -True }} {{ False - 1 }} {{ True * 3 }}", {}, {}),
    ("num-float-repr", "{{ 1e16 + 1 }} {{ 0.1 * 3 }} {{ 2.5e-5 * 2 }} {{ 1e400 }} {{ -1e400 }} {{ 100.0 }} {{ 1e22 }}", {}, {}),
    ("num-literal-forms", "{{ 0x1F }} {{ 1_000 }} {{ 0b11 }} {{ 0o17 }} {{ 1_000.5 }} {{ 1e3 }} {{ 2E-3 }}", {}, {}),
    ("num-sum-ints", "{{ [1, 2, 3]|sum }} {{ o.nums|sum }} {{ o['items']|map(attribute='p')|sum }} {{ [1, 2.5]|sum }}", DATA, DATA_VALUES),
    ("num-unary", "{{ -n }} {{ +n }} {{ -f }} {{ - -n }} {{ -n|abs }} {{ -(n) * 2 }}", NUMS, NUM_VALUES),
    ("num-precedence", "{{ 2 + 3 * 4 }} {{ (2 + 3) * 4 }} {{ 2 * 3 ** 2 }} {{ 10 - 4 - 3 }} {{ 100 / 10 / 5 }} {{ 7 % 4 * 2 }}", {}, {}),
    ("num-compare-int-float", "{{ 1 == 1.0 }} {{ 1 < 1.5 }} {{ 2 ** 53 + 1 > 2.0 ** 53 }} {{ n >= 7.0 }} {{ True == 1 }} {{ 0 == False }}", NUMS, NUM_VALUES),
    # operators
    ("op-chained-compare", "{{ 1 < 2 < 3 }} {{ 1 < 3 < 2 }} {{ 3 > 2 > 1 }} {{ 1 == 1 == 1 }} {{ 1 == 1 != 2 }} {{ 1 < n < 10 }} {{ 0 < n <= 7 < 8 }}", NUMS, NUM_VALUES),
    ("op-chained-compare-short-circuit", "{{ 2 < 1 < nope }}", {}, {}),
    ("op-chained-compare-in", "{{ 'a' in 'abc' == True }} {{ 1 < 2 in [True] }}", {}, {}),
    ("op-equality-types", "{{ '1' == 1 }} {{ 1 != '1' }} {{ [1] == [1.0] }} {{ none == 0 }} {{ none == none }} {{ '' == false }} {{ {'a': 1} == {'a': 1} }} {{ [1, 2] != [2, 1] }}", {}, {}),
    ("op-add-str-list", "{{ 'a' + 'b' }} {{ [1] + [2] }} {{ xs + ['c'] }} {{ 'x' + v|default('') }}", DATA, DATA_VALUES),
    ("op-add-str-int", "{{ 'a' + 1 }}", {}, {}),
    ("op-add-int-str", "{{ 1 + 'a' }}", {}, {}),
    ("op-add-list-str", "{{ [1] + 'a' }}", {}, {}),
    ("op-add-dicts", "{{ {'a': 1} + {'b': 2} }}", {}, {}),
    ("op-add-none", "{{ 1 + none }}", {}, {}),
    ("op-sub-str", "{{ 'a' - 'b' }}", {}, {}),
    ("op-multiply-sequences", "{{ 'ab' * 3 }} {{ 3 * 'ab' }} {{ [1, 2] * 2 }} {{ 'a' * 0 }}|{{ 'a' * -1 }}|{{ 'ab' * True }} {{ xs * 2 }}", DATA, DATA_VALUES),
    ("op-multiply-str-float", "{{ 'a' * 2.0 }}", {}, {}),
    ("op-multiply-str-str", "{{ 'a' * 'b' }}", {}, {}),
    ("op-concat-tilde", "{{ 'a' ~ none }} {{ 1 ~ 2 }} {{ 1.5 ~ '' }} {{ [1] ~ 'x' }} {{ {'a': 1} ~ '' }} {{ true ~ '' }} {{ none ~ 'a' }}", {}, {}),
    ("op-concat-precedence", "{{ 1 ~ 2 * 3 }} {{ 'a' ~ 2 ** 2 }}", {}, {}),
    ("op-concat-then-add", "{{ 1 + 2 ~ 3 }}", {}, {}),
    ("op-if-without-else", "[{{ 'a' if false }}] [{{ ('a' if false) ~ 'x' }}] [{{ ('a' if false) is defined }}] [{{ ('a' if false)|default('d') }}] [{{ 'b' if true }}]", {}, {}),
    ("op-if-without-else-in-if", "{% if ('a' if false) %}y{% else %}n{% endif %}{% for x in ('a' if false) %}{{ x }}{% endfor %}", {}, {}),
    ("op-if-without-else-arithmetic", "{{ ('a' if false) + 1 }}", {}, {}),
    ("op-if-without-else-attribute", "{{ ('a' if false).x }}", {}, {}),
    ("op-if-else", "{{ 'y' if n > 5 else 'n' }} {{ 'y' if n > 50 else 'n' if n > 5 else 'z' }} {{ x if x is defined else 'u' }}", NUMS, NUM_VALUES),
    ("op-in", "{{ 'ab' in 'cabd' }} {{ 'k' in o }} {{ 'q' in o }} {{ 1 in [1.0] }} {{ 'a' in xs }} {{ '' in 'abc' }} {{ none in [none] }}", DATA, DATA_VALUES),
    ("op-not-in", "{{ 'a' not in 'abc' }} {{ not 'a' in 'abc' }} {{ 'z' not in xs }} {{ 'k' not in o }}", DATA, DATA_VALUES),
    ("op-in-int-in-str", "{{ 1 in 'abc' }}", {}, {}),
    ("op-in-not-iterable", "{{ 'a' in 5 }}", {}, {}),
    ("op-not-precedence", "{{ not 1 == 2 }} {{ not true and false }} {{ not (true and false) }} {{ not 0 }} {{ not '' }} {{ not [] }} {{ not none }} {{ not not 1 }} {{ not 1 + 1 }}", {}, {}),
    ("op-not-after-operator", "{{ 1 + not 0 }}", {}, {}),
    ("op-and-or-operands", "{{ '' or 'x' }} {{ 0 and 1 }} {{ [] or none }} {{ 1 and 2 }} {{ 0 or '' }}|{{ none or [] }} {{ 'a' and 'b' or 'c' }} {{ {} or 'd' }} {{ 0.0 or 'f' }}", {}, {}),
    ("op-and-or-short-circuit", "{{ 'x' or nope }} {{ false and nope }} {{ true or nope.attr }}", {}, {}),
    ("op-or-undefined-first", "{{ nope or 'x' }}", {}, {}),
    ("op-compare-sequences", "{{ [1, 2] < [1, 3] }} {{ 'a' < 'B' }} {{ 'abc' >= 'abd' }} {{ true < 2 }} {{ [1] < [1, 0] }} {{ 'Z' < 'a' }}", {}, {}),
    ("op-compare-str-int", "{{ 'a' < 1 }}", {}, {}),
    ("op-compare-int-str", "{{ 1 >= 'a' }}", {}, {}),
    ("op-compare-none", "{{ none < 1 }}", {}, {}),
    ("op-compare-dicts", "{{ {'a': 1} < {'a': 2} }}", {}, {}),
    ("op-tests", "{{ 3 is odd }} {{ 3 is not odd }} {{ true is number }} {{ 1 is float }} {{ 1.0 is float }} {{ 1 is integer }} {{ none is none }} {{ 'a' is string }}", {}, {}),
    ("op-tests-precedence", "{{ 3 is odd and 4 is even }} {{ 1 + 2 is odd }} {{ not 3 is odd }} {{ n is divisibleby 7 }} {{ 7 is divisibleby(2) }} {{ -3 is odd }}", NUMS, NUM_VALUES),
    ("op-tests-comparison", "{{ 5 is gt 3 }} {{ 5 is ge 5 }} {{ 'a' is in 'abc' }} {{ n is eq 7 }} {{ n is ne 7 }} {{ 2 is lt 1 }}", NUMS, NUM_VALUES),
    ("op-string-percent", "{{ '%s!' % 'a' }} {{ '%d items' % n }} {{ '%s and %s' % ('a', 'b') }} {{ '%.2f' % f }} {{ '%5s|' % 'a' }}", NUMS, NUM_VALUES),
    ("op-tuple-and-list-literals", "{{ (1, 2) }} {{ (1,) }} {{ [1, 'a', none, true, 1.5] }} {{ {'a': [1]} }}", {}, {}),
    # errors Jinja2 raises
    ("err-division-by-zero", "{{ 1 / 0 }}", {}, {}),
    ("err-float-division-by-zero", "{{ 1.5 / 0 }}", {}, {}),
    ("err-floor-division-by-zero", "{{ 1 // 0 }}", {}, {}),
    ("err-float-floor-division-by-zero", "{{ 5 // 0.0 }}", {}, {}),
    ("err-modulo-by-zero", "{{ 1 % 0 }}", {}, {}),
    ("err-float-modulo-by-zero", "{{ n % 0.0 }}", NUMS, NUM_VALUES),
    ("err-zero-negative-power", "{{ 0 ** -1 }}", {}, {}),
    ("err-division-by-zero-input", "{{ n / z }}", NUMS, NUM_VALUES),
    ("err-index-out-of-range", "{{ xs[10] }}", DATA, DATA_VALUES),
    ("err-negative-index-out-of-range", "{{ xs[-10] }}", DATA, DATA_VALUES),
    ("err-index-in-range", "{{ xs[0] }} {{ xs[-1] }} {{ xs[true] }} {{ 'abc'[1] }} {{ 'abc'[-1] }} {{ xs[10] is defined }}", DATA, DATA_VALUES),
    ("err-string-index-out-of-range", "{{ 'abc'[10] }}", {}, {}),
    ("err-list-float-index", "{{ xs[1.5] }}", DATA, DATA_VALUES),
    ("err-list-string-index", "{{ xs['a'] }}", DATA, DATA_VALUES),
    ("err-missing-dict-key", "{{ o['missing'] }}", DATA, DATA_VALUES),
    ("err-missing-dict-key-defined", "{{ o['missing'] is defined }} {{ o.missing is defined }} {{ o['k'] }}", DATA, DATA_VALUES),
    ("err-attribute-of-none", "{{ o.none.x }}", DATA, DATA_VALUES),
    ("err-attribute-of-none-literal", "{{ none.x }}", {}, {}),
    ("err-attribute-of-none-defined", "{{ none.x is defined }} {{ o.none.x is defined }}", DATA, DATA_VALUES),
    ("err-call-int", "{{ n() }}", NUMS, NUM_VALUES),
    ("err-call-str", "{{ 'abc'() }}", {}, {}),
    ("err-call-dict-value", "{{ o.k() }}", DATA, DATA_VALUES),
    ("err-negate-str", "{{ -'a' }}", {}, {}),
    ("err-negate-list", "{{ -xs }}", DATA, DATA_VALUES),
    ("err-power-str", "{{ 'a' ** 2 }}", {}, {}),
    ("err-floor-division-str", "{{ 'a' // 2 }}", {}, {}),
    ("err-divide-list", "{{ xs / 2 }}", DATA, DATA_VALUES),
    # names Jinja2 does not define
    ("sandbox-interpreter-name", "{{ ____int3rpr3t3r____ }}", {}, {}),
    ("sandbox-interpreter-name-defined", "{{ ____int3rpr3t3r____ is defined }}", {}, {}),
    ("sandbox-loop-outside-loop", "{{ loop }}", {}, {}),
    ("sandbox-macros-name", "{{ __macros__ }}", {}, {}),
    ("sandbox-import-path-name", "{{ import_resource_path }}", {}, {}),
    ("sandbox-current-path-name", "{{ current_path }}", {}, {}),
    ("sandbox-reserved-names-defined", "{{ __macros__ is defined }} {{ import_resource_path is defined }} {{ loop is defined }}", {}, {}),
    ("sandbox-keyword-like-names", "{{ lt }}", {}, {}),
    ("sandbox-keyword-like-inputs", "{{ div }} {{ mod }} {{ eq }} {{ empty }}",
     {"div": S, "mod": S, "eq": S, "empty": S}, {"div": "d", "mod": "m", "eq": "e", "empty": "x"}),
]


def main():
    for name, template, inputs, given in CASES:
        case = {
            "name": name,
            "spec": {"id": name, "version": "1.0.0", "template": template, "inputs": spec_inputs(inputs)},
            "inputs": given,
            "expect": expected(template, inputs, given),
        }
        sys.stdout.write(json.dumps(case, ensure_ascii=False) + "\n")
    sys.stderr.write("jinja2 %s, python %s: %d cases\n" % (jinja2.__version__, sys.version.split()[0], len(CASES)))


if __name__ == "__main__":
    main()

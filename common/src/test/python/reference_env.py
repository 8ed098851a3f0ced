"""The reference renderer and input coercion, shared by the corpus generators.

Generation time only: never imported by the build. The environment mirrors the Python Dakora
renderer: Environment(autoescape=False, undefined=StrictUndefined, trim_blocks=True,
lstrip_blocks=True), a `default` filter that also replaces None, "", [] and {}, and a `yaml` filter
(yaml.safe_dump(value, sort_keys=False, allow_unicode=True).rstrip()). A template's trailing
newlines are stripped as the reference registry does when it loads a file.

Input coercion follows the reference rules: a missing input takes its default, a missing required
input without default is a validation error, a missing optional one is None; a given value is
coerced by type:
  string          str(value)
  number          a bool is refused; int and float are kept; anything else goes through float()
  boolean         a bool is kept; a string is true when value.lower() is "true", "1", "yes" or "y";
                  any other value is bool(value)
  array<string>   one string becomes a one-item list; a list must hold only strings
  object          must be a dict
Whitespace around a boolean string is not exercised: the reference documents no rule for it.
"""
import copy
import json
import math

from jinja2 import Environment, StrictUndefined, Undefined
import yaml


def default_filter(value, default_value="", boolean=False):
    if isinstance(value, Undefined) or value is None or value == "" or value == [] or value == {}:
        return default_value
    return value


def yaml_filter(value):
    return yaml.safe_dump(value, sort_keys=False, allow_unicode=True).rstrip()


ENV = Environment(autoescape=False, undefined=StrictUndefined, trim_blocks=True, lstrip_blocks=True)
ENV.filters["default"] = default_filter
ENV.filters["d"] = default_filter
ENV.filters["yaml"] = yaml_filter

S = {"type": "string"}
OPT = {"type": "string", "required": False}
NUM = {"type": "number"}
BOOL = {"type": "boolean"}
LIST = {"type": "array<string>"}
OBJ = {"type": "object"}

TRUE_WORDS = ("true", "1", "yes", "y")


class ValidationError(Exception):
    pass


def coerce_value(kind, value):
    if kind == "string":
        return str(value)
    if kind == "number":
        if isinstance(value, bool):
            raise ValidationError("boolean for number")
        if isinstance(value, (int, float)):
            return value
        try:
            return float(value)
        except (TypeError, ValueError) as e:
            raise ValidationError(str(e))
    if kind == "boolean":
        if isinstance(value, bool):
            return value
        if isinstance(value, str):
            return value.lower() in TRUE_WORDS
        return bool(value)
    if kind == "array<string>":
        if isinstance(value, str):
            return [value]
        if isinstance(value, list) and all(isinstance(item, str) for item in value):
            return value
        raise ValidationError("not a list of strings")
    if kind == "object":
        if isinstance(value, dict):
            return value
        raise ValidationError("not an object")
    raise ValueError("unknown input type " + kind)


def coerce(inputs, given):
    values = {}
    for name, spec in inputs.items():
        if name not in given:
            if spec.get("default") is not None:
                values[name] = spec["default"]
            elif spec.get("required", True):
                raise ValidationError(name + " is required")
            else:
                values[name] = None
        else:
            values[name] = coerce_value(spec["type"], given[name])
    return values


def expected(template, inputs, given):
    try:
        values = coerce(inputs, copy.deepcopy(given))
    except ValidationError:
        return {"error": "validation"}
    try:
        return {"rendered": ENV.from_string(template.rstrip("\n")).render(**values)}
    except Exception:  # any parse or render failure is a render error for the API
        return {"error": "render"}


def json_safe(value):
    """True when the value survives JSON (no NaN or infinity)."""
    if isinstance(value, float):
        return math.isfinite(value)
    if isinstance(value, list):
        return all(json_safe(v) for v in value)
    if isinstance(value, dict):
        return all(json_safe(v) for v in value.values())
    return True


class Corpus:
    """Collects cases with unique names and writes them as JSONL."""

    def __init__(self):
        self.cases = []
        self.names = set()
        self.skipped = []

    def add(self, name, template, inputs=None, given=None, category=None):
        inputs = inputs or {}
        given = given or {}
        if name in self.names:
            raise ValueError("duplicate case name " + name)
        if not json_safe(given):
            raise ValueError("inputs of %s do not survive JSON" % name)
        expect = expected(template, inputs, given)
        if " at 0x" in expect.get("rendered", ""):
            self.skipped.append(name)  # prints a Python object address: differs on every run
            return None
        self.names.add(name)
        case = {
            "name": name,
            "spec": {"id": "t", "version": "1.0.0", "template": template,
                     "inputs": {k: dict(v) for k, v in inputs.items()}},
            "inputs": given,
            "expect": expect,
        }
        if category:
            case["category"] = category
        self.cases.append(case)
        return case

    def write(self, out):
        for case in self.cases:
            out.write(json.dumps(case, ensure_ascii=False, separators=(",", ":")) + "\n")

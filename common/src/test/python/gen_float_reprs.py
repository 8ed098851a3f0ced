"""Writes float_reprs.tsv: random doubles (as float.hex) and CPython's repr() of each.

Run from the repository root: python3 common/src/test/python/gen_float_reprs.py
"""
import random
import struct

random.seed(20261126)
rows = []
for _ in range(3000):
    kind = random.random()
    if kind < 0.4:
        value = struct.unpack("<d", struct.pack("<Q", random.getrandbits(64)))[0]
    elif kind < 0.8:
        value = random.uniform(-1, 1) * 10 ** random.randint(-8, 20)
    else:
        value = round(random.uniform(-1000, 1000), random.randint(0, 4))
    if value != value or value in (float("inf"), float("-inf")):
        continue
    rows.append(f"{value.hex()}\t{value!r}")
with open("common/src/test/resources/python/float_reprs.tsv", "w") as out:
    out.write("\n".join(rows) + "\n")

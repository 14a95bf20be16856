# Draws a test half before any item is run: half of each (set prefix, kind, label) stratum, by a fixed seed.
# Usage: python3 scripts/corpus/draw.py SEED NAME SESSION SET1.yaml SET2.yaml > tests/Marginalia.Core.Tests/Corpus/blind/NAME.txt
import sys, yaml, random, collections
seed=int(sys.argv[1]); name=sys.argv[2]; session=sys.argv[3]; files=sys.argv[4:]
rng=random.Random(seed); strata=collections.defaultdict(list)
for f in files:
    for it in yaml.safe_load(open(f)):
        strata[(it['id'].rstrip('0123456789'), it['kind'], it['label'])].append(it['id'])
chosen=[]; extra=0
for key in sorted(strata):
    ids=sorted(strata[key]); rng.shuffle(ids)
    n=len(ids)//2
    if len(ids)%2: n+=extra; extra=1-extra
    chosen+=ids[:n]
sets=' and '.join(sorted({f.split('/')[-1][:-5] for f in files}))
print(f"# The {name} test half of sets {sets}, written in the {session} session from the paper alone, drawn here before any of them was run.")
print(f"# Stratified by writer, kind and label (python random, seed {seed}). Measured once, when that session's tuning had ended, to report; never tuned on.")
for i in sorted(chosen): print(i)

"""Before/after CPU time of the events component on the same parsed docs, interleaved (same conditions).

    python benchmarks/events_speed.py cmp BEFORE_SRC AFTER_SRC DOCS_PICKLE [ROUNDS]

BEFORE_SRC / AFTER_SRC are ``src`` folders of two checkouts (``git archive REV src | tar -x``); DOCS_PICKLE a
pickled list of Docs parsed once by the full pipeline (the 40 gold articles of benchmarks/events_news.py).
Each side runs in its own interpreter, ROUNDS (default 3) rounds alternating, five timed passes each; CPU
time. The median ratio is the figure; the ratio of the minima is printed too (on a loaded machine the fastest
pass is the one least disturbed by other jobs).
"""
import json
import pickle
import subprocess
import sys
import time

which = sys.argv[1]
if which == 'run':
    src, docs_path = sys.argv[2], sys.argv[3]
    sys.path.insert(0, src)
    from newsgraph import nlp as _nlp
    from newsgraph.extract.events import extract_events
    nlp = _nlp.load()
    with open(docs_path, 'rb') as fh:
        ds = pickle.load(fh)
    comp = nlp.get_pipe('newsgraph_events')
    def one():
        for d in ds:
            out = extract_events(d, comp.lexicon, comp.base, comp.type_set)
            [e.model_dump() if hasattr(e, 'model_dump') else e for e in out]
    one()
    ts = []
    for _ in range(5):
        t = time.process_time()
        one()
        ts.append(time.process_time() - t)
    print(json.dumps(sorted(ts)))
else:
    before, after, docs_path = sys.argv[2], sys.argv[3], sys.argv[4]
    res = {'before': [], 'after': []}
    for _round in range(int(sys.argv[5]) if len(sys.argv) > 5 else 3):
        for name, src in (('before', before), ('after', after)):
            out = subprocess.run([sys.executable, __file__, 'run', src, docs_path], capture_output=True, text=True,
                                 env={'PYTHONPATH': src, 'PATH': '/usr/bin:/bin'}, check=True)
            res[name] += json.loads(out.stdout.strip().splitlines()[-1])
    for k, v in res.items():
        v.sort()
        print(k, f'median ms/article {1000 * v[len(v) // 2] / 40:.2f}  min {1000 * v[0] / 40:.2f}')
    print('ratio after/before (median): %.3f' % (sorted(res['after'])[len(res['after'])//2] / sorted(res['before'])[len(res['before'])//2]))
    print('ratio after/before (min): %.3f' % (min(res['after']) / min(res['before'])))

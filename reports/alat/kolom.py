#!/usr/bin/env python3
"""Moves the column boundaries of a table template: every element whose left and right edges are old boundaries
gets the new ones, inside nested list components too (their contents are relative to the list). Usage:
  kolom.py FILE.jrxml 'old1,old2,...' 'new1,new2,...' [more pairs...]
Elements whose edges are not boundaries are listed, to be placed by hand."""
import re, sys

path = sys.argv[1]
peta = {}
for i in range(2, len(sys.argv), 2):
    lama = [int(v) for v in sys.argv[i].split(',')]
    baru = [int(v) for v in sys.argv[i + 1].split(',')]
    assert len(lama) == len(baru)
    for a, b in zip(lama, baru):
        assert peta.get(a, b) == b, (a, b, peta[a])
        peta[a] = b

teks = open(path).read()
out = []
offset_lama = [0]
offset_baru = [0]
komponen = None  # (old abs x, new abs x) of the last component element
sisa = []
pos = 0
token = re.compile(r'<element\b[^>]*>|<contents\b[^>]*>|</contents>')
for m in token.finditer(teks):
    out.append(teks[pos:m.start()])
    t = m.group()
    pos = m.end()
    if t.startswith('<contents'):
        offset_lama.append(komponen[0]); offset_baru.append(komponen[1])
    elif t == '</contents>':
        offset_lama.pop(); offset_baru.pop()
    else:
        xm = re.search(r'\bx="(\d+)"', t)
        wm = re.search(r'\bwidth="(\d+)"', t)
        if xm and wm:
            x = int(xm.group(1)) + offset_lama[-1]
            r = x + int(wm.group(1))
            if x in peta and r in peta:
                nx, nr = peta[x], peta[r]
                t = t.replace(xm.group(0), 'x="%d"' % (nx - offset_baru[-1]), 1)
                t = re.sub(r'\bwidth="\d+"', 'width="%d"' % (nr - nx), t, count=1)
                if 'kind="component"' in t:
                    komponen = (x, nx)
            else:
                sisa.append((x, r, t[:90]))
                if 'kind="component"' in t:
                    komponen = (x, x)
    out.append(t)
out.append(teks[pos:])
open(path, 'w').write(''.join(out))
for s in sisa:
    print('not moved:', s)

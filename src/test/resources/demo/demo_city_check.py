# Recomputes, from the CSV files of a demo city alone, the figures README quotes: teachers
# and leavers, the pension-age share, poor pairs, and for each past October 1st the young
# teachers isolated (model.md) against the others and who left within 12 months (no main
# employment on d + 12 months), with the relative risk and its 95% Katz interval.
# usage: python3 demo_city_check.py DIR [AS_OF]
import csv, sys, math, datetime as dt
from collections import defaultdict
d0 = sys.argv[1]
asof = dt.date.fromisoformat(sys.argv[2]) if len(sys.argv) > 2 else dt.date(2026, 11, 23)
D = lambda s: dt.date.fromisoformat(s) if s else None
def months(a, b):
    m = (b.year - a.year) * 12 + b.month - a.month
    if b.day < a.day: m -= 1
    return m
def addm(d, n):
    y, m = divmod(d.month - 1 + n, 12); y += d.year; m += 1
    import calendar
    return dt.date(y, m, min(d.day, calendar.monthrange(y, m)[1]))
T = {}
for r in csv.DictReader(open(f'{d0}/teachers.csv')):
    T[r['id']] = dict(org=r['organization_id'], since=D(r['teaching_since']), left=D(r['left_on']), by=int(r['birth_year']), female=r['full_name'].split()[-1].endswith('на'), pos=r['position'])
O = {r['id']: r['kind'] for r in csv.DictReader(open(f'{d0}/organizations.csv'))}
pairs = defaultdict(list)
sat = []
for r in csv.DictReader(open(f'{d0}/mentoring_pairs.csv')):
    pairs[r['mentee_id']].append((D(r['started_on']), D(r['ended_on'])))
    if r['satisfaction']: sat.append(int(r['satisfaction']))
mem = defaultdict(list)
for r in csv.DictReader(open(f'{d0}/memberships.csv')):
    if r['member_type'] == 'TEACHER': mem[r['member_id']].append((D(r['since']), D(r['until'])))
ev = {r['id']: D(r['date']) for r in csv.DictReader(open(f'{d0}/events.csv'))}
part = defaultdict(list)
for r in csv.DictReader(open(f'{d0}/participations.csv')):
    part[r['teacher_id']].append(ev[r['event_id']])
present = [t for t in T.values() if t['left'] is None]
pens = sum(1 for t in present if asof.year - t['by'] >= (55 if t['female'] else 60))
print('teachers present', len(present), 'leavers', len(T) - len(present), 'pension share %.3f' % (pens / len(present)))
print('satisfaction<=4: %d of %d ended pairs' % (sum(1 for s in sat if s <= 4), len(sat)))
def working(t, d): return t['since'] <= d and (t['left'] is None or t['left'] >= d)
def young(t, d): return t['since'] <= d and months(t['since'], d) < 36
def mentored(i, d): return any(s <= d and (e is None or e >= d) for s, e in pairs[i])
def ingroup(i, d): return any((s is None or s <= d) and (u is None or u >= d) for s, u in mem[i])
def attended(i, d):
    f = addm(d, -12) + dt.timedelta(days=1)
    return any(f <= x <= d for x in part[i])
def rr(a, n1, c, n0):
    if a == 0 or c == 0: return (None, None, None)
    r = (a / n1) / (c / n0); se = math.sqrt(1/a - 1/n1 + 1/c - 1/n0)
    return (round(r, 3), round(r * math.exp(-1.96 * se), 3), round(r * math.exp(1.96 * se), 3))
tot = defaultdict(lambda: [0, 0, 0, 0])
for y in range(asof.year - 6, asof.year):
    d = dt.date(y, 10, 1); until = addm(d, 12)
    if until > asof: continue
    cells = defaultdict(lambda: [0, 0, 0, 0])
    ny = 0; nm = 0
    for i, t in T.items():
        if not (working(t, d) and young(t, d)): continue
        ny += 1; nm += mentored(i, d)
        iso = not mentored(i, d) and not ingroup(i, d) and not attended(i, d)
        left = not working(t, until)
        k = (0 if iso else 2) + (1 if left else 0)
        for key in (O[t['org']], 'ALL'):
            cells[key][k] += 1; tot[key][k] += 1
    c = cells['ALL']
    print(d, 'young', ny, 'mentored %.3f' % (nm / ny if ny else 0), 'iso', c[0] + c[1], 'isoLeft', c[1], 'non', c[2] + c[3], 'nonLeft', c[3], 'RR', rr(c[1], c[0] + c[1], c[3], c[2] + c[3]))
for k, c in sorted(tot.items()):
    print('pooled', k, c, rr(c[1], c[0] + c[1], c[3], c[2] + c[3]))
# five-year leaving of young hires
coh = [t for t in T.values() if t['since'] <= addm(asof, -60) and t['since'] > addm(asof, -72)]
print('cohort hired 5-6 years ago:', len(coh), 'left within 5 years: %.2f' % (sum(1 for t in coh if t['left'] and t['left'] < addm(t['since'], 60)) / max(1, len(coh))))

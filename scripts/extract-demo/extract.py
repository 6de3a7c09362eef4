#!/usr/bin/env python3
"""Extract the seven recommended draft resolutions of A/76/463 (chapter III, par. 26)
from the PDF-extracted seed text, as Concordia `ResolutionText` objects.

Usage:
    python3 scripts/extract-demo/extract.py [SEED] > /tmp/texts.json
    python3 scripts/extract-demo/extract.py --debug   # print paragraphs for review

The output is a JSON object keyed by the draft's Roman numeral (I … VII), each value
{ "title": …, "text": ResolutionText }. `build.py` turns it into the demo dossier.

The seed is a pdftotext-style extraction: paragraphs start with an indented line, page
breaks leave footnote blocks (« __________________ »), hyperlink lists (https://undocs…)
and sometimes running heads (« A/76/463 », « 43/80 21-17225 ») in the flow, footnote
calls are flattened (« Millénaire1 », « Congrès 2 , »), and words are sometimes split by a
spurious space (« commun auté »). Everything that cannot be decided by rule is listed in
`fixes.py` and was checked by hand against the seed.
"""
import json
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from fixes import WORD_JOINS, TEXT_FIXES, FOOTNOTE_REF_OVERRIDES, FOOTNOTE_FIXES, HEADING_LEVEL1  # noqa: E402

DEFAULT_SEED = HERE.parents[1] / 'packages/report/src/testing/fixtures/A-76-463.fr.txt'

NBSP = '\u00a0'
DEBUG = False
ROMANS = ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII']

URL_RE = re.compile(r'^\s*https?://\S+\s*$')
HEADER_RE = re.compile(r'^\s*(A/76/463|\d+/80 21-17225|21-17225 \d+/80|21-17225)\s*$')
FN_RULE_RE = re.compile(r'^_{5,}\s*$')
FN_ENTRY_RE = re.compile(r'^ (\d{1,2}) +(\S.*)$')
DRAFT_RE = re.compile(r'^\s+Projet de résolution ([IVX]+)\s*$')
NUMBERED_RE = re.compile(r'^(\d{1,3})\.\s+(.*)$')
SUB_RE = re.compile(r'^([a-z])\)\s+(.*)$')


# --------------------------------------------------------------------------- lines

class Line:
    __slots__ = ('text', 'indent', 'after_sep', 'page_start', 'no')

    def __init__(self, text, indent, after_sep, page_start, no):
        self.text, self.indent, self.after_sep, self.page_start, self.no = text, indent, after_sep, page_start, no

    def __repr__(self):
        return f'L{self.no}({self.indent},{int(self.after_sep)},{int(self.page_start)}):{self.text!r}'


def read_region(seed_path):
    raw = seed_path.read_text(encoding='utf-8').split('\n')
    start = next(i for i, l in enumerate(raw) if DRAFT_RE.match(l) and l.strip().endswith(' I'))
    # the report's own annex (informal virtual meeting) follows draft VII
    end = next(i for i in range(len(raw) - 1, start, -1) if raw[i].strip() == 'Annexe')
    return raw, start, end


def tokenize(raw, start, end):
    """Body lines with their flags, and footnote blocks in order.

    Returns (lines, footnote_entries) where footnote_entries is a list of
    (line_no_of_block, number, text) in document order (continuations merged)."""
    lines, notes = [], []
    after_sep = False
    page_start = False
    i = start
    while i < end:
        l = raw[i].rstrip('\n')
        if l == '':
            i += 1
            continue
        if l.strip() == '':
            after_sep = True
            i += 1
            continue
        if URL_RE.match(l) or HEADER_RE.match(l):
            page_start = True
            i += 1
            continue
        if FN_RULE_RE.match(l):
            i += 1
            while i < end:
                f = raw[i]
                if f == '' or f.strip() == '':
                    i += 1
                    # a blank (whitespace) line ends the block only if a body line follows
                    continue
                if URL_RE.match(f) or HEADER_RE.match(f):
                    break
                m = FN_ENTRY_RE.match(f)
                if m and notes and int(m.group(1)) not in (1, notes[-1][1] + 1):
                    m = None
                if m:
                    notes.append([i + 1, int(m.group(1)), m.group(2).strip()])
                elif not f.startswith(' '):
                    notes[-1][2] += '\n' + f.strip()  # continuation (also across pages)
                else:
                    break
                i += 1
            page_start = True
            continue
        indent = len(l) - len(l.lstrip(' '))
        lines.append(Line(l.strip(), indent, after_sep, page_start, i + 1))
        after_sep = False
        page_start = False
        i += 1
    return lines, notes


# --------------------------------------------------------------------------- paragraphs

TERMINAL = (',', ';', '.', ':')


def ends_terminal(s):
    s = s.rstrip()
    return s.endswith(TERMINAL)


def split_drafts(lines):
    drafts, cur = {}, None
    for ln in lines:
        m = DRAFT_RE.match(' ' * ln.indent + ln.text + ' ')
        if m and ln.indent > 0:
            cur = m.group(1)
            drafts[cur] = []
            continue
        drafts[cur].append(ln)
    return drafts


def group_paragraphs(dlines):
    """Group lines into raw blocks.

    An indented line opens a new block, unless the text so far does not end a paragraph
    (no final « , ; . : ») and no blank line separates them, or it begins in lower case
    (not a sub-paragraph « a) »): then it continues the paragraph across a page break."""
    blocks = []
    for ln in dlines:
        starts = ln.indent > 0
        if starts and blocks:
            prev = ' '.join(blocks[-1]['lines'])
            if not ends_terminal(prev) and not ln.after_sep:
                starts = False
            elif ln.text[:1].islower() and not SUB_RE.match(ln.text):
                starts = False
            if not starts and not ln.page_start and DEBUG:
                print(f'note: indented continuation at line {ln.no}: {ln.text[:60]!r}', file=sys.stderr)
        if starts or not blocks:
            blocks.append({'lines': [ln.text], 'first': ln})
        else:
            blocks[-1]['lines'].append(ln.text)
    return blocks


def join_lines(lines):
    out = ''
    for l in lines:
        l = l.strip()
        if not out:
            out = l
        elif out.endswith(' -'):
            out = out[:-2] + '-' + l  # « Pays -» / « Bas »
        elif out.endswith('-') and not out.endswith(' -'):
            out = out + l  # real hyphen at line end (« Nouvelle-» / « Guinée »)
        else:
            out = out + ' ' + l
    return re.sub(r'[ \u00a0]+', ' ', out)


# --------------------------------------------------------------------------- text hygiene

def hygiene(s):
    s = re.sub(r'[ \u00a0]+', ' ', s).strip()
    # spurious space before a hyphen inside a compound (« États -Unis », « celles -ci »)
    s = re.sub(r'(?<=\w) -(?=\w)', '-', s)
    s = re.sub(r'(?<=\w) ’(?=\w)', '’', s)
    for a, b in WORD_JOINS:
        s = re.sub(r'(?<![\wÀ-ÿœ’])' + re.escape(a + ' ' + b) + r'(?![\wÀ-ÿœ])', a + b, s)
    for a, b in TEXT_FIXES:
        s = s.replace(a, b)
    # flattened superscript ordinals/abbreviations
    s = re.sub(r'\bn o (?=\d)', 'no ', s)
    # punctuation spacing (footnote refs are already [^n] here)
    s = re.sub(r' +([,.)])', r'\1', s)
    s = re.sub(r'\( +', '(', s)
    # French spacing: the space the seed prints before « : ; ? ! » becomes a no-break space;
    # a colon printed without space (English titles in footnotes: « Crime: A Growing ») stays.
    s = re.sub(r' +([:;?!])', NBSP + r'\1', s)
    s = re.sub(r'« *', '«' + NBSP, s)
    s = re.sub(r' *»', NBSP + '»', s)
    s = s.replace("'", '’')
    return s.strip()


# --------------------------------------------------------------------------- footnote refs

def find_refs(texts, numbers, overrides):
    """Place footnote references. `texts` is a list of mutable [str] cells in document
    order; numbers are the footnote numbers expected, in order. Sequential search: the
    reference to note k is the first plausible occurrence of k after the previous one."""
    pos = (0, 0)
    placed = {}
    for k in numbers:
        ks = str(k)
        if k in overrides:
            ci, needle = overrides[k]
            idx = texts[ci][0].find(needle)
            assert idx >= 0, (k, needle, texts[ci][0][:80])
            # needle ends with the digits of the call
            start = idx + len(needle) - len(ks)
            end = idx + len(needle)
            cell = texts[ci]
            cell[0] = cell[0][:start].rstrip() + f'[^{ks}]' + cell[0][end:]
            placed[k] = (ci, start)
            pos = (ci, start)
            continue
        # glued to a letter or closing punctuation: « Millénaire1 », « Tokyo)6 », « 20304 »
        pat_glued = re.compile(r'(?<=[A-Za-zÀ-ÿœ\)»\.’])' + ks + r'(?!\d)(?=[\s,;.:)]|$)')
        pat_year = re.compile(r'(?<=\b(?:19|20)\d\d) ?' + ks + r'(?!\d)(?=[\s,;.:)]|$)')
        # spaced: « Congrès 2 , », « rapportant 5 , »
        pat_spaced = re.compile(r'(?<=[A-Za-zÀ-ÿœ\)»’]) ' + ks + r'(?! (?:janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre|et \d|à \d|au \d))(?= ?[,;.:]| [a-zà-ÿœ]|$)')
        found = None
        ci0, off0 = pos
        for ci in range(ci0, len(texts)):
            s = texts[ci][0]
            start_at = off0 if ci == ci0 else 0
            best = None
            for p in (pat_glued, pat_year, pat_spaced):
                m = p.search(s, start_at)
                if m and (best is None or m.start() < best.start()):
                    best = m
            if best:
                found = (ci, best)
                break
        if not found:
            raise SystemExit(f'footnote {k}: no reference found after {pos}')
        ci, m = found
        s = texts[ci][0]
        a, b = m.start(), m.end()
        if s[a] == ' ':
            a += 1
        texts[ci][0] = s[:a].rstrip() + f'[^{ks}]' + s[b:]
        placed[k] = (ci, a)
        pos = (ci, a)
    return placed


# --------------------------------------------------------------------------- drafts

def parse_draft(roman, dlines, notes_for_draft, debug=False):
    blocks = group_paragraphs(dlines)
    # title: lines until « L’Assemblée générale, »
    ti = next(i for i, b in enumerate(blocks) if join_lines(b['lines']).strip() == 'L’Assemblée générale,'
              or join_lines(b['lines']).startswith('L’Assemblée générale,'))
    title_lines = [t for b in blocks[:ti] for t in b['lines']]
    title = hygiene(join_lines(title_lines))
    rest = blocks[ti + 1:]

    preamble, operative = [], []
    annex = None
    expected = 1
    mode = 'pre'
    annex_blocks = []
    for b in rest:
        text = join_lines(b['lines'])
        if mode == 'annex':
            annex_blocks.append(b)
            continue
        if text == 'Annexe':
            mode = 'annex'
            continue
        m = NUMBERED_RE.match(text)
        if m and int(m.group(1)) == expected:
            mode = 'op'
            operative.append(m.group(2))
            expected += 1
            continue
        sm = SUB_RE.match(text)
        if sm:
            target = preamble if mode == 'pre' else operative
            last = target[-1]
            if isinstance(last, str):
                target[-1] = {'text': last, 'sub': []}
            target[-1]['sub'].append(sm.group(2))
            continue
        if mode == 'op':
            raise SystemExit(f'draft {roman}: unnumbered block in operative part: {text[:80]!r} (line {b["first"].no})')
        preamble.append(text)

    if annex_blocks:
        annex = parse_annex(annex_blocks)

    # ---- footnotes
    fn = {}
    for _, n, t in notes_for_draft:
        fn[n] = join_lines(t.split('\n'))
    numbers = sorted(fn)
    assert numbers == list(range(1, len(numbers) + 1)), (roman, numbers)

    # cells in document order
    cells = []

    def add(holder, key):
        cells.append(holder)

    def para_cells(p):
        if isinstance(p, str):
            c = [p]
            return c, [c]
        c = [p['text']]
        subs = [[s] for s in p['sub']]
        return {'text': c, 'sub': subs}, [c] + subs

    structured = {'preamble': [], 'operative': [], 'annex': None}
    for p in preamble:
        s, cs = para_cells(p)
        structured['preamble'].append(s)
        cells.extend(cs)
    for p in operative:
        s, cs = para_cells(p)
        structured['operative'].append(s)
        cells.extend(cs)
    if annex:
        sa = {'title': annex['title'], 'preamble': [], 'body': []}
        for p in annex['preamble']:
            s, cs = para_cells(p)
            sa['preamble'].append(s)
            cells.extend(cs)
        for item in annex['body']:
            if isinstance(item, dict) and ('heading' in item or 'chapeau' in item):
                sa['body'].append(item)
            else:
                s, cs = para_cells(item)
                sa['body'].append(s)
                cells.extend(cs)
        structured['annex'] = sa

    overrides = {k: v for (r, k), v in FOOTNOTE_REF_OVERRIDES.items() if r == roman}
    # overrides give (cell index by needle search) – resolve needle to cell index
    ov = {}
    for k, needle in overrides.items():
        ci = next(i for i, c in enumerate(cells) if needle in c[0])
        ov[k] = (ci, needle)
    placed = find_refs(cells, numbers, ov)

    def unwrap(s):
        if isinstance(s, list):
            return hygiene(s[0])
        return {'text': hygiene(s['text'][0]), 'sub': [hygiene(x[0]) for x in s['sub']]}

    text = {
        'language': 'fr',
        'preamble': [unwrap(p) for p in structured['preamble']],
        'operative': [unwrap(p) for p in structured['operative']],
    }
    if structured['annex']:
        sa = structured['annex']
        text['annex'] = {
            'title': hygiene(sa['title']),
            'preamble': [unwrap(p) for p in sa['preamble']],
            'body': [item if isinstance(item, dict) and ('heading' in item or 'chapeau' in item) else unwrap(item)
                     for item in sa['body']],
        }
    for (r, k), (a, b) in FOOTNOTE_FIXES.items():
        if r == roman:
            assert a in fn[k], (r, k, a)
            fn[k] = fn[k].replace(a, b)
    text['footnotes'] = {str(k): hygiene(v) for k, v in sorted(fn.items())}
    if debug:
        print(f'===== {roman}: {title}')
        for k in numbers:
            ci, at = placed[k]
            s = cells[ci][0]
            i = s.find(f'[^{k}]')
            print(f'  fn{k}: …{s[max(0, i - 50):i + 12]}…  => {fn[k][:60]}')
    return title, text


def parse_annex(blocks):
    """Draft I annex: title, unnumbered preamble, then chapeaux, headings and 97 paragraphs."""
    # title: first block (possibly multi-line) until the first separator
    title = join_lines(blocks[0]['lines'])
    pre, body = [], []
    expected = 1
    in_body = False
    for b in blocks[1:]:
        text = join_lines(b['lines'])
        m = NUMBERED_RE.match(text)
        if m and int(m.group(1)) == expected:
            in_body = True
            body.append(m.group(2))
            expected += 1
            continue
        if text in ('Déclarons ce qui suit :', 'Nous entendons par conséquent prendre les mesures suivantes :') \
                or text.startswith('Afin qu’il soit donné suite'):
            in_body = True
            body.append({'chapeau': hygiene(text)})
            continue
        if not in_body:
            pre.append(text)
            continue
        if not ends_terminal(text):
            h = hygiene(text)
            body.append({'heading': h, 'level': 1 if h in HEADING_LEVEL1 else 2})
            continue
        raise SystemExit(f'annex: unexpected block {text[:80]!r} (line {b["first"].no})')
    assert expected == 98, expected
    return {'title': title, 'preamble': pre, 'body': body}


def main():
    args = [a for a in sys.argv[1:] if not a.startswith('--')]
    debug = '--debug' in sys.argv
    global DEBUG
    DEBUG = debug
    seed = Path(args[0]) if args else DEFAULT_SEED
    raw, start, end = read_region(seed)
    lines, notes = tokenize(raw, start, end)
    drafts = split_drafts(lines)
    # assign footnote blocks to drafts by line number
    starts = {}
    for r in ROMANS:
        starts[r] = drafts[r][0].no
    out = {}
    for idx, r in enumerate(ROMANS):
        lo = starts[r]
        hi = starts[ROMANS[idx + 1]] if idx + 1 < len(ROMANS) else end + 1
        nts = [n for n in notes if lo <= n[0] < hi]
        title, text = parse_draft(r, drafts[r], nts, debug)
        out[r] = {'title': title, 'text': text}
    if not debug:
        json.dump(out, sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write('\n')


if __name__ == '__main__':
    main()

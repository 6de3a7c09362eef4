#!/usr/bin/env python3
"""Build the demo dossier server/src/demo/session-76-c3.json from the seed A/76/463.

    python3 scripts/extract-demo/build.py [SEED] [OUT]

The resolution texts come from extract.py (chapter III, par. 26). The sponsor lists are
read from par. 16 and 22 of the seed, in the order printed, and mapped to ISO 3166-1
alpha-3 codes. Meetings, actions and speakers follow chapter II and the annex of the
report (the same facts as packages/report/src/testing/fixtures/report-76-crime.json).
"""
import json
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
sys.path.insert(0, str(HERE))
import extract  # noqa: E402

SEED = Path(sys.argv[1]) if len(sys.argv) > 1 else extract.DEFAULT_SEED
OUT = Path(sys.argv[2]) if len(sys.argv) > 2 else ROOT / 'server/src/demo/session-76-c3.json'

# French short names (list form, as printed in par. 16 and 22) -> ISO 3166-1 alpha-3.
FR_TO_ISO = {
    'Afghanistan': 'AFG', 'Albanie': 'ALB', 'Algérie': 'DZA', 'Allemagne': 'DEU', 'Andorre': 'AND',
    'Angola': 'AGO', 'Antigua-et-Barbuda': 'ATG', 'Arabie saoudite': 'SAU', 'Argentine': 'ARG',
    'Arménie': 'ARM', 'Australie': 'AUS', 'Autriche': 'AUT', 'Azerbaïdjan': 'AZE', 'Bahamas': 'BHS',
    'Bangladesh': 'BGD', 'Bélarus': 'BLR', 'Belgique': 'BEL', 'Bolivie (État plurinational de)': 'BOL',
    'Bosnie-Herzégovine': 'BIH', 'Botswana': 'BWA', 'Bulgarie': 'BGR', 'Burkina Faso': 'BFA',
    'Cameroun': 'CMR', 'Canada': 'CAN', 'Chili': 'CHL', 'Chine': 'CHN', 'Chypre': 'CYP',
    'Colombie': 'COL', 'Congo': 'COG', 'Costa Rica': 'CRI', 'Côte d’Ivoire': 'CIV', 'Croatie': 'HRV',
    'Djibouti': 'DJI', 'Égypte': 'EGY', 'El Salvador': 'SLV', 'Émirats arabes unis': 'ARE',
    'Équateur': 'ECU', 'Érythrée': 'ERI', 'Espagne': 'ESP', 'Estonie': 'EST',
    'États-Unis d’Amérique': 'USA', 'Fédération de Russie': 'RUS', 'Finlande': 'FIN', 'France': 'FRA',
    'Géorgie': 'GEO', 'Ghana': 'GHA', 'Grèce': 'GRC', 'Guatemala': 'GTM', 'Guinée': 'GIN',
    'Guinée équatoriale': 'GNQ', 'Haïti': 'HTI', 'Honduras': 'HND', 'Hongrie': 'HUN', 'Inde': 'IND',
    'Irlande': 'IRL', 'Islande': 'ISL', 'Israël': 'ISR', 'Italie': 'ITA', 'Jamaïque': 'JAM',
    'Japon': 'JPN', 'Jordanie': 'JOR', 'Kazakhstan': 'KAZ', 'Kenya': 'KEN', 'Kirghizistan': 'KGZ',
    'Lettonie': 'LVA', 'Liban': 'LBN', 'Libye': 'LBY', 'Lituanie': 'LTU', 'Luxembourg': 'LUX',
    'Macédoine du Nord': 'MKD', 'Malawi': 'MWI', 'Mali': 'MLI', 'Malte': 'MLT', 'Maroc': 'MAR',
    'Mexique': 'MEX', 'Micronésie (États fédérés de)': 'FSM', 'Mongolie': 'MNG', 'Monténégro': 'MNE',
    'Myanmar': 'MMR', 'Namibie': 'NAM', 'Nicaragua': 'NIC', 'Niger': 'NER', 'Nigéria': 'NGA',
    'Norvège': 'NOR', 'Ouganda': 'UGA', 'Ouzbékistan': 'UZB', 'Pakistan': 'PAK', 'Palaos': 'PLW',
    'Papouasie-Nouvelle-Guinée': 'PNG', 'Paraguay': 'PRY', 'Pays-Bas': 'NLD', 'Pérou': 'PER',
    'Philippines': 'PHL', 'Pologne': 'POL', 'Portugal': 'PRT', 'Qatar': 'QAT',
    'République centrafricaine': 'CAF', 'République de Corée': 'KOR', 'République de Moldova': 'MDA',
    'République démocratique populaire lao': 'LAO', 'République dominicaine': 'DOM',
    'République populaire démocratique de Corée': 'PRK', 'Roumanie': 'ROU',
    'Royaume-Uni de Grande-Bretagne et d’Irlande du Nord': 'GBR', 'Saint-Marin': 'SMR',
    'Saint-Vincent-et-les Grenadines': 'VCT', 'Sao Tomé-et-Principe': 'STP', 'Sénégal': 'SEN',
    'Serbie': 'SRB', 'Singapour': 'SGP', 'Slovaquie': 'SVK', 'Slovénie': 'SVN', 'Sri Lanka': 'LKA',
    'Suède': 'SWE', 'Suisse': 'CHE', 'Tadjikistan': 'TJK', 'Tchéquie': 'CZE', 'Thaïlande': 'THA',
    'Togo': 'TGO', 'Tunisie': 'TUN', 'Turkménistan': 'TKM', 'Turquie': 'TUR', 'Ukraine': 'UKR',
    'Uruguay': 'URY', 'Venezuela (République bolivarienne du)': 'VEN', 'Viet Nam': 'VNM',
    'Zambie': 'ZMB', 'Zimbabwe': 'ZWE',
}


def report_paragraph(seed_text, n):
    """Text of numbered paragraph n of the report body (chapters I–II), lines joined."""
    lines = [l for l in seed_text.split('\n') if l.strip() and not extract.URL_RE.match(l)
             and not extract.HEADER_RE.match(l)]
    start = next(i for i, l in enumerate(lines) if re.match(rf'^\s*{n}\. ', l))
    out = [lines[start]]
    for l in lines[start + 1:]:
        if re.match(rf'^\s*{n + 1}\. ', l) or re.match(r'^\s+[A-G]\. Projet|^\s+III\. ', l):
            break
        out.append(l)
    return extract.join_lines(out)


def split_names(s):
    """« A, B, …, Y et Z » -> [A, B, …, Y, Z], keeping commas inside parentheses."""
    s = s.strip().rstrip('.').strip()
    parts, depth, cur = [], 0, ''
    for ch in s:
        if ch == '(':
            depth += 1
        elif ch == ')':
            depth -= 1
        if ch == ',' and depth == 0:
            parts.append(cur.strip())
            cur = ''
        else:
            cur += ch
    parts.append(cur.strip())
    last = parts.pop()
    # the last item is « Y et Z »; split on the last « et » outside parentheses
    # (« Royaume-Uni de Grande-Bretagne et d’Irlande du Nord » must stay whole)
    m = None
    for mm in re.finditer(r' et ', last):
        head, tail = last[:mm.start()], last[mm.end():]
        if head.count('(') == head.count(')') and fix_name(tail) in FR_TO_ISO:
            m = mm
    if m is None:
        raise SystemExit(f'cannot split last item {last!r}')
    parts += [last[:m.start()], last[m.end():]]
    return parts


def fix_name(n):
    n = re.sub(r'\s+', ' ', n)
    n = n.replace('Myanma r', 'Myanmar')  # PDF artefact (reference anomalies)
    n = re.sub(r' -', '-', n)  # « Pays -Bas »
    return n


def sponsors(seed_text, n):
    p = report_paragraph(seed_text, n)
    m = re.search(r'déposé par les pays suivants : (.*?)\. Par la suite, les pays suivants se sont joints '
                  r'aux auteurs du projet de résolution : (.*)$', p)
    assert m, p
    main = [fix_name(x) for x in split_names(m.group(1))]
    add = [fix_name(x) for x in split_names(m.group(2))]
    missing = [x for x in main + add if x not in FR_TO_ISO]
    assert not missing, missing
    return [FR_TO_ISO[x] for x in main], [FR_TO_ISO[x] for x in add]


def sp(code, **kw):
    d = {'delegation': code}
    d.update(kw)
    return d


def main():
    seed_text = SEED.read_text(encoding='utf-8')
    raw, start, end = extract.read_region(SEED)
    lines, notes = extract.tokenize(raw, start, end)
    drafts = extract.split_drafts(lines)
    texts = {}
    romans = extract.ROMANS
    for idx, r in enumerate(romans):
        lo = drafts[r][0].no
        hi = drafts[romans[idx + 1]][0].no if idx + 1 < len(romans) else end + 1
        title, text = extract.parse_draft(r, drafts[r], [x for x in notes if lo <= x[0] < hi])
        texts[r] = (title, text)

    main16, add16 = sponsors(seed_text, 16)
    main22, add22 = sponsors(seed_text, 22)

    en_titles = {
        'I': 'Fourteenth United Nations Congress on Crime Prevention and Criminal Justice',
        'II': 'Reducing reoffending through rehabilitation and reintegration',
        'III': 'Integrating sport into youth crime prevention and criminal justice strategies',
        'IV': 'Strengthening criminal justice systems during and after the coronavirus disease (COVID-19) pandemic',
        'V': 'Preventing and combating crimes that affect the environment',
        'VI': 'Improving the coordination of efforts against trafficking in persons',
        'VII': 'Strengthening the United Nations Crime Prevention and Criminal Justice Programme, '
               'in particular its technical cooperation capacity',
    }

    def draft(r, symbol, origin, actions, **extra):
        title, text = texts[r]
        d = {'symbol': symbol}
        if 'revises' in extra:
            d['revises'] = extra.pop('revises')
        d.update({
            'kind': 'resolution',
            'agendaItem': '108',
            'title': {'fr': title, 'en': en_titles[r]},
            'origin': origin,
            'status': 'adopted',
        })
        d.update(extra)
        d['text'] = text
        d['actions'] = actions
        return d

    ecosoc = [('I', 'A/C.3/76/L.2', '2021/20'), ('II', 'A/C.3/76/L.3', '2021/21'),
              ('III', 'A/C.3/76/L.4', '2021/22'), ('IV', 'A/C.3/76/L.5', '2021/23'),
              ('V', 'A/C.3/76/L.6', '2021/24')]
    out_drafts = []
    for r, sym, res in ecosoc:
        out_drafts.append(draft(
            r, sym, {'kind': 'chair-on-ecosoc-recommendation', 'ecosocResolution': res},
            [{'meeting': 7, 'type': 'adoption', 'method': 'without-vote'}]))

    out_drafts.append(draft(
        'VI', 'A/C.3/76/L.10/Rev.1', {'kind': 'delegations'},
        [
            {'meeting': 10, 'type': 'programme-budget-implications'},
            {'meeting': 10, 'type': 'statement', 'timing': 'general', 'speakers': [sp('BLR', gender='male')]},
            {'meeting': 10, 'type': 'adoption', 'method': 'without-vote'},
            {'meeting': 10, 'type': 'statement', 'timing': 'after-action', 'speakers': [
                sp('USA'),
                sp('CAN', alsoOnBehalfOf=['AUS', 'ISL', 'NZL', 'NOR', 'CHE', 'GBR']),
                sp('EU', onBehalfOfMemberStatesAnd=['ALB', 'BIH', 'MCO', 'MNE', 'MKD', 'UKR', 'USA']),
                sp('ERI'),
                sp('LIE', alsoOnBehalfOf=['AUS', 'NLD']),
                sp('DNK'), sp('POL'), sp('HRV'), sp('DEU'), sp('EST'), sp('CUB'), sp('FIN'), sp('RUS'),
                sp('GBR'), sp('CZE'), sp('LVA'), sp('AUT'), sp('LUX'), sp('NLD'), sp('SVK'), sp('SVN'),
                sp('PRK'), sp('LTU'), sp('SYR'), sp('VEN'), sp('CHN'), sp('GRC'),
            ], 'observers': [sp('VAT')]},
            {'meeting': 10, 'type': 'right-of-reply', 'speakers': [sp('BLR'), sp('LTU'), sp('POL')]},
        ],
        revises='A/C.3/76/L.10', mainSponsors=main16, additionalSponsors=add16))

    out_drafts.append(draft(
        'VII', 'A/C.3/76/L.9/Rev.1', {'kind': 'delegations'},
        [
            {'meeting': 12, 'type': 'statement', 'timing': 'general', 'speakers': [sp('ITA', gender='male')]},
            {'meeting': 12, 'type': 'adoption', 'method': 'without-vote'},
            {'meeting': 12, 'type': 'statement', 'timing': 'before-action', 'speakers': [sp('MEX'), sp('GBR')]},
            {'meeting': 12, 'type': 'statement', 'timing': 'after-action',
             'speakers': [sp('RUS'), sp('IRN'), sp('CHN'), sp('AUS')]},
        ],
        revises='A/C.3/76/L.9', mainSponsors=main22, additionalSponsors=add22))

    def formal(n, purpose, date=None):
        m = {'number': n}
        if date:
            m['date'] = date
        m.update({'kind': 'formal', 'summaryRecord': f'A/C.3/76/SR.{n}', 'purpose': purpose,
                  'agendaItems': ['108']})
        return m

    meetings = [
        formal(1, 'general-debate', '2021-09-30'),
        formal(2, 'general-debate'),
        formal(3, 'general-debate'),
        formal(4, 'general-debate'),
        formal(5, 'general-debate'),
        formal(6, 'general-debate', '2021-10-07'),
        {
            'number': 5,
            'date': '2021-10-11',
            'kind': 'informal-virtual',
            'purpose': 'dialogue',
            'agendaItems': ['108', '109', '110'],
            'timeOfDay': 'afternoon',
            'openingStatementBy': {
                'fr': 'le Directeur de la Division de l’analyse des politiques et des relations publiques '
                      'de l’Office des Nations Unies contre la drogue et le crime',
                'en': 'the Director of the Division for Policy Analysis and Public Affairs of the United '
                      'Nations Office on Drugs and Crime',
            },
            'dialogueWith': [sp('VEN'), sp('NGA'), sp('EU'), sp('SGP', onBehalfOfGroup='ASEAN'), sp('SYR'),
                             sp('MEX'), sp('BLR'), sp('USA'), sp('CHN'), sp('QAT'), sp('COL'), sp('DZA')],
            'statementsBy': [sp('MAR', gender='female')],
        },
        formal(7, 'action', '2021-11-05'),
        formal(10, 'action', '2021-11-12'),
        formal(12, 'action', '2021-11-15'),
    ]

    dossier = {
        'format': 'concordia-dossier/1',
        'session': 76,
        'committee': 'C3',
        'agendaItems': [
            {
                'number': '108',
                'title': {'fr': 'Prévention du crime et justice pénale', 'en': 'Crime prevention and criminal justice'},
                'allocation': {'plenaryMeeting': 2, 'date': '2021-09-17', 'onRecommendationOfGeneralCommittee': True},
                'documents': [
                    {'symbol': 'A/76/120', 'title': {
                        'fr': 'Rapport du Secrétaire général sur l’amélioration de la coordination de l’action '
                              'contre la traite des personnes',
                        'en': 'Report of the Secretary-General on improving the coordination of efforts against '
                              'trafficking in persons'}},
                    {'symbol': 'A/76/122', 'title': {
                        'fr': 'Rapport du Secrétaire général sur l’exécution des mandats relevant du programme des '
                              'Nations Unies pour la prévention du crime et la justice pénale, s’agissant en '
                              'particulier des activités de coopération technique de l’Office des Nations Unies '
                              'contre la drogue et le crime',
                        'en': 'Report of the Secretary-General on the implementation of the mandates of the United '
                              'Nations crime prevention and criminal justice programme, with particular reference '
                              'to the technical cooperation activities of the United Nations Office on Drugs and '
                              'Crime'}},
                ],
                'relatedItems': ['109', '110'],
            },
            {
                'number': '109',
                'title': {
                    'fr': 'Lutte contre l’utilisation des technologies de l’information et des communications '
                          'à des fins criminelles',
                    'en': 'Countering the use of information and communications technologies for criminal purposes',
                },
            },
            {
                'number': '110',
                'title': {'fr': 'Contrôle international des drogues', 'en': 'International drug control'},
            },
        ],
        'meetings': meetings,
        'drafts': out_drafts,
    }
    s = json.dumps(dossier, ensure_ascii=False, indent=2)
    # keep the invisible no-break spaces visible in the file
    s = s.replace('\u00a0', '\\u00a0')
    OUT.parent.mkdir(parents=True, exist_ok=True)
    OUT.write_text(s + '\n', encoding='utf-8')
    print(f'wrote {OUT} ({len(s)} chars)', file=sys.stderr)


if __name__ == '__main__':
    main()

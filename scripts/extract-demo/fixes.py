"""Hand-checked corrections for the extraction of A/76/463, chapter III (see extract.py)."""

# Words split by a spurious space in the PDF extraction (« commun auté »). Each was checked
# against the seed; only the artefact is joined, real word boundaries are kept.
WORD_JOINS = [
    ('Char', 'te'),
    ('Conventio', 'n'),
    ('Prog', 'ramme'),
    ('a', 'fin'),
    ('accompl', 'is'),
    ('activi', 'tés'),
    ('appl', 'icable'),
    ('at', 'teinte'),
    ('aut', 'res'),
    ('av', 'ril'),
    ('c', 'ombattre'),
    ('c', 'riminalité'),
    ('capac', 'ités'),
    ('ce', 't'),
    ('co', 'llecte'),
    ('commun', 'auté'),
    ('con', 'tre'),
    ('consul', 'tation'),
    ('cont', 're'),
    ('continue', 'r'),
    ('contr', 'e'),
    ('contr', 'ibuer'),
    ('coopérat', 'ion'),
    ('coopérati', 'on'),
    ('coordinati', 'on'),
    ('cor', 'ruption'),
    ('cr', 'iminalité'),
    ('criminali', 'té'),
    ('criminalit', 'é'),
    ('d', 'e'),
    ('d', 'es'),
    ('dro', 'its'),
    ('dématérial', 'isation'),
    ('d’orient', 'ation'),
    ('e', 't'),
    ('eff', 'icacement'),
    ('effor', 'ts'),
    ('ent', 'ités'),
    ('facil', 'iter'),
    ('femme', 's'),
    ('forme', 's'),
    ('gouvernementa', 'les'),
    ('in', 'ternationale'),
    ('international', 'e'),
    ('judiciai', 're'),
    ('judiciair', 'e'),
    ('jur', 'idiques'),
    ('just', 'ice'),
    ('large', 's'),
    ('le', 's'),
    ('leu', 'rs'),
    ('l’Insti', 'tut'),
    ('l’Organisati', 'on'),
    ('l’art', 'icle'),
    ('l’util', 'isation'),
    ('l’élaborat', 'ion'),
    ('m', 'atière'),
    ('mieu', 'x'),
    ('mis', 'e'),
    ('n', 'écessaire'),
    ('no', 'tamment'),
    ('normati', 'ves'),
    ('p', 'rotéger'),
    ('pa', 'r'),
    ('par', 'tage'),
    ('politiq', 'ue'),
    ('poursuit', 'e'),
    ('pr', 'évention'),
    ('pren', 'dre'),
    ('pri', 'ncipes'),
    ('proté', 'geant'),
    ('prévent', 'ion'),
    ('quator', 'zième'),
    ('qu’e', 'lle'),
    ('réaffirman', 't'),
    ('référenc', 'e'),
    ('se', 'rvices'),
    ('sensibilisa', 'tion'),
    ('sexue', 'lle'),
    ('suje', 't'),
    ('supp', 'orts'),
    ('t', 'elle'),
    ('ter', 'rorisme'),
    ('terrori', 'sme'),
    ('é', 'laborer'),
    ('él', 'éments'),
    ('pérenni', 'sation'),
]

# Other text corrections of extraction artefacts (not misprints of the original).
TEXT_FIXES = [
]

# (draft, footnote number) -> needle ending with the digits of the call, where the
# sequential search would pick the wrong place.
FOOTNOTE_REF_OVERRIDES = {
    ('VII', 40): 'résolution 75/19640',  # « 75/196 » + call 40
}

# (draft, footnote number) -> (old, new) inside a footnote body.
FOOTNOTE_FIXES = {
}

HEADING_LEVEL1 = {
    'Prévention de la criminalité',
    'Système de justice pénale',
    'Promotion de l’état de droit',
    'Promotion de la coopération internationale et de l’assistance technique pour prévenir et combattre toutes les formes de criminalité',
}

import type { Delegation, DelegationKind, FrenchDe, NameChange } from './types';

/**
 * Names follow UN terminology (the Member States list and UNTERM), not ISO 3166 or common usage: `Viet Nam`,
 * `Bélarus`, `Nigéria`, `Iraq`, `Palaos`. The French « de » is per name because gender, number and the article
 * cannot be derived from spelling (`de la Hongrie` but `du Honduras`, `de Chypre`, `des Fidji`).
 */

interface Extra {
  /** English running form without the article, where it differs from the short name. */
  enRunning?: string;
  enArticle?: boolean;
  frRunning?: string;
  frAliases?: string[];
  enAliases?: string[];
  elide?: boolean;
  history?: NameChange[];
}

function entry(
  kind: DelegationKind,
  code: string,
  en: string,
  fr: string,
  de: FrenchDe,
  x: Extra = {},
): Delegation {
  const d: Delegation = { code, kind, en: { short: en }, fr: { short: fr, de } };
  if (x.enRunning !== undefined) d.en.running = x.enRunning;
  if (x.enArticle) d.en.article = true;
  if (x.frRunning !== undefined) d.fr.running = x.frRunning;
  if (x.frAliases) d.fr.aliases = x.frAliases;
  if (x.elide) d.fr.elide = true;
  if (x.enAliases) d.enAliases = x.enAliases;
  if (x.history) d.history = x.history;
  return d;
}

const state = (code: string, en: string, fr: string, de: FrenchDe, x?: Extra) =>
  entry('member-state', code, en, fr, de, x);
const the: Extra = { enArticle: true };

/** The 193 Member States, in English alphabetical order of the UN list. */
export const MEMBER_STATES: readonly Delegation[] = [
  state('AFG', 'Afghanistan', 'Afghanistan', 'de l’'),
  state('ALB', 'Albania', 'Albanie', 'de l’'),
  state('DZA', 'Algeria', 'Algérie', 'de l’'),
  state('AND', 'Andorra', 'Andorre', 'de l’'),
  state('AGO', 'Angola', 'Angola', 'de l’'),
  state('ATG', 'Antigua and Barbuda', 'Antigua-et-Barbuda', 'de'),
  state('ARG', 'Argentina', 'Argentine', 'de l’'),
  state('ARM', 'Armenia', 'Arménie', 'de l’'),
  state('AUS', 'Australia', 'Australie', 'de l’'),
  state('AUT', 'Austria', 'Autriche', 'de l’'),
  state('AZE', 'Azerbaijan', 'Azerbaïdjan', 'de l’'),
  state('BHS', 'Bahamas', 'Bahamas', 'des', the),
  state('BHR', 'Bahrain', 'Bahreïn', 'de'),
  state('BGD', 'Bangladesh', 'Bangladesh', 'du'),
  state('BRB', 'Barbados', 'Barbade', 'de la'),
  state('BLR', 'Belarus', 'Bélarus', 'du', { frAliases: ['Belarus', 'Biélorussie'] }),
  state('BEL', 'Belgium', 'Belgique', 'de la'),
  state('BLZ', 'Belize', 'Belize', 'du'),
  state('BEN', 'Benin', 'Bénin', 'du'),
  state('BTN', 'Bhutan', 'Bhoutan', 'du'),
  state('BOL', 'Bolivia (Plurinational State of)', 'Bolivie (État plurinational de)', 'de l’', {
    enRunning: 'Plurinational State of Bolivia',
    enArticle: true,
    frRunning: 'État plurinational de Bolivie',
    enAliases: ['Bolivia'],
    frAliases: ['Bolivie'],
  }),
  state('BIH', 'Bosnia and Herzegovina', 'Bosnie-Herzégovine', 'de la'),
  state('BWA', 'Botswana', 'Botswana', 'du'),
  state('BRA', 'Brazil', 'Brésil', 'du'),
  state('BRN', 'Brunei Darussalam', 'Brunéi Darussalam', 'du', {
    enAliases: ['Brunei'],
    frAliases: ['Brunéi'],
  }),
  state('BGR', 'Bulgaria', 'Bulgarie', 'de la'),
  state('BFA', 'Burkina Faso', 'Burkina Faso', 'du'),
  state('BDI', 'Burundi', 'Burundi', 'du'),
  state('CPV', 'Cabo Verde', 'Cabo Verde', 'de', {
    history: [{ untilSession: 67, en: 'Cape Verde', fr: 'Cap-Vert', frDe: 'du' }],
  }),
  state('KHM', 'Cambodia', 'Cambodge', 'du'),
  state('CMR', 'Cameroon', 'Cameroun', 'du'),
  state('CAN', 'Canada', 'Canada', 'du'),
  state('CAF', 'Central African Republic', 'République centrafricaine', 'de la', the),
  state('TCD', 'Chad', 'Tchad', 'du'),
  state('CHL', 'Chile', 'Chili', 'du'),
  state('CHN', 'China', 'Chine', 'de la'),
  state('COL', 'Colombia', 'Colombie', 'de la'),
  state('COM', 'Comoros', 'Comores', 'des', the),
  state('COG', 'Congo', 'Congo', 'du', the),
  state('CRI', 'Costa Rica', 'Costa Rica', 'du'),
  state('CIV', 'Côte d’Ivoire', 'Côte d’Ivoire', 'de la', {
    enAliases: ['Cote d’Ivoire', 'Ivory Coast'],
    frAliases: ['Cote d’Ivoire'],
  }),
  state('HRV', 'Croatia', 'Croatie', 'de la'),
  state('CUB', 'Cuba', 'Cuba', 'de'),
  state('CYP', 'Cyprus', 'Chypre', 'de'),
  state('CZE', 'Czechia', 'Tchéquie', 'de la', {
    history: [
      { untilSession: 70, en: 'Czech Republic', enArticle: true, fr: 'République tchèque', frDe: 'de la' },
    ],
  }),
  state(
    'PRK',
    'Democratic People’s Republic of Korea',
    'République populaire démocratique de Corée',
    'de la',
    {
      enArticle: true,
      enAliases: ['North Korea'],
      frAliases: ['Corée du Nord'],
    },
  ),
  state('COD', 'Democratic Republic of the Congo', 'République démocratique du Congo', 'de la', the),
  state('DNK', 'Denmark', 'Danemark', 'du'),
  state('DJI', 'Djibouti', 'Djibouti', 'de'),
  state('DMA', 'Dominica', 'Dominique', 'de la'),
  state('DOM', 'Dominican Republic', 'République dominicaine', 'de la', the),
  state('ECU', 'Ecuador', 'Équateur', 'de l’'),
  state('EGY', 'Egypt', 'Égypte', 'de l’'),
  state('SLV', 'El Salvador', 'El Salvador', 'de'),
  state('GNQ', 'Equatorial Guinea', 'Guinée équatoriale', 'de la'),
  state('ERI', 'Eritrea', 'Érythrée', 'de l’'),
  state('EST', 'Estonia', 'Estonie', 'de l’'),
  state('SWZ', 'Eswatini', 'Eswatini', 'de l’', {
    history: [{ untilSession: 72, en: 'Swaziland', fr: 'Swaziland', frDe: 'du' }],
  }),
  state('ETH', 'Ethiopia', 'Éthiopie', 'de l’'),
  state('FJI', 'Fiji', 'Fidji', 'des'),
  state('FIN', 'Finland', 'Finlande', 'de la'),
  state('FRA', 'France', 'France', 'de la'),
  state('GAB', 'Gabon', 'Gabon', 'du'),
  state('GMB', 'Gambia', 'Gambie', 'de la', the),
  state('GEO', 'Georgia', 'Géorgie', 'de la'),
  state('DEU', 'Germany', 'Allemagne', 'de l’'),
  state('GHA', 'Ghana', 'Ghana', 'du'),
  state('GRC', 'Greece', 'Grèce', 'de la'),
  state('GRD', 'Grenada', 'Grenade', 'de la'),
  state('GTM', 'Guatemala', 'Guatemala', 'du'),
  state('GIN', 'Guinea', 'Guinée', 'de la'),
  state('GNB', 'Guinea-Bissau', 'Guinée-Bissau', 'de la'),
  state('GUY', 'Guyana', 'Guyana', 'du'),
  // Mute h: « d’Haïti ». Hongrie and Honduras have an aspirated h and an article, so they never elide.
  state('HTI', 'Haiti', 'Haïti', 'de', { elide: true }),
  state('HND', 'Honduras', 'Honduras', 'du'),
  state('HUN', 'Hungary', 'Hongrie', 'de la'),
  state('ISL', 'Iceland', 'Islande', 'de l’'),
  state('IND', 'India', 'Inde', 'de l’'),
  state('IDN', 'Indonesia', 'Indonésie', 'de l’'),
  state('IRN', 'Iran (Islamic Republic of)', 'Iran (République islamique d’)', 'de la', {
    enRunning: 'Islamic Republic of Iran',
    enArticle: true,
    frRunning: 'République islamique d’Iran',
    enAliases: ['Iran'],
    frAliases: ['Iran'],
  }),
  state('IRQ', 'Iraq', 'Iraq', 'de l’', { frAliases: ['Irak'] }),
  state('IRL', 'Ireland', 'Irlande', 'de l’'),
  state('ISR', 'Israel', 'Israël', 'de'),
  state('ITA', 'Italy', 'Italie', 'de l’'),
  state('JAM', 'Jamaica', 'Jamaïque', 'de la'),
  state('JPN', 'Japan', 'Japon', 'du'),
  state('JOR', 'Jordan', 'Jordanie', 'de la'),
  state('KAZ', 'Kazakhstan', 'Kazakhstan', 'du'),
  state('KEN', 'Kenya', 'Kenya', 'du'),
  state('KIR', 'Kiribati', 'Kiribati', 'de'),
  state('KWT', 'Kuwait', 'Koweït', 'du'),
  state('KGZ', 'Kyrgyzstan', 'Kirghizistan', 'du'),
  state('LAO', 'Lao People’s Democratic Republic', 'République démocratique populaire lao', 'de la', {
    enArticle: true,
    enAliases: ['Laos'],
    frAliases: ['Laos'],
  }),
  state('LVA', 'Latvia', 'Lettonie', 'de la'),
  state('LBN', 'Lebanon', 'Liban', 'du'),
  state('LSO', 'Lesotho', 'Lesotho', 'du'),
  state('LBR', 'Liberia', 'Libéria', 'du'),
  // « Libyan Arab Jamahiriya » until the name changed at the sixty-sixth session (September 2011).
  state('LBY', 'Libya', 'Libye', 'de la', {
    history: [
      {
        untilSession: 65,
        en: 'Libyan Arab Jamahiriya',
        enArticle: true,
        fr: 'Jamahiriya arabe libyenne',
        frDe: 'de la',
      },
    ],
  }),
  state('LIE', 'Liechtenstein', 'Liechtenstein', 'du'),
  state('LTU', 'Lithuania', 'Lituanie', 'de la'),
  state('LUX', 'Luxembourg', 'Luxembourg', 'du'),
  state('MDG', 'Madagascar', 'Madagascar', 'de'),
  state('MWI', 'Malawi', 'Malawi', 'du'),
  state('MYS', 'Malaysia', 'Malaisie', 'de la'),
  state('MDV', 'Maldives', 'Maldives', 'des'),
  state('MLI', 'Mali', 'Mali', 'du'),
  state('MLT', 'Malta', 'Malte', 'de'),
  state('MHL', 'Marshall Islands', 'Îles Marshall', 'des', the),
  state('MRT', 'Mauritania', 'Mauritanie', 'de la'),
  state('MUS', 'Mauritius', 'Maurice', 'de'),
  state('MEX', 'Mexico', 'Mexique', 'du'),
  state('FSM', 'Micronesia (Federated States of)', 'Micronésie (États fédérés de)', 'des', {
    enRunning: 'Federated States of Micronesia',
    enArticle: true,
    frRunning: 'États fédérés de Micronésie',
    enAliases: ['Micronesia'],
    frAliases: ['Micronésie'],
  }),
  state('MCO', 'Monaco', 'Monaco', 'de'),
  state('MNG', 'Mongolia', 'Mongolie', 'de la'),
  state('MNE', 'Montenegro', 'Monténégro', 'du'),
  state('MAR', 'Morocco', 'Maroc', 'du'),
  state('MOZ', 'Mozambique', 'Mozambique', 'du'),
  state('MMR', 'Myanmar', 'Myanmar', 'du'),
  state('NAM', 'Namibia', 'Namibie', 'de la'),
  state('NRU', 'Nauru', 'Nauru', 'de'),
  state('NPL', 'Nepal', 'Népal', 'du'),
  // Current UN terminology lists `Netherlands (Kingdom of the)` / `Pays-Bas (Royaume des)`. The change dates from
  // about 2023 and the session boundary is an estimate; A/76/463 (2021) prints `Pays-Bas`.
  state('NLD', 'Netherlands (Kingdom of the)', 'Pays-Bas (Royaume des)', 'du', {
    enRunning: 'Kingdom of the Netherlands',
    enArticle: true,
    frRunning: 'Royaume des Pays-Bas',
    history: [{ untilSession: 77, en: 'Netherlands', enArticle: true, fr: 'Pays-Bas', frDe: 'des' }],
  }),
  state('NZL', 'New Zealand', 'Nouvelle-Zélande', 'de la'),
  state('NIC', 'Nicaragua', 'Nicaragua', 'du'),
  state('NER', 'Niger', 'Niger', 'du', the),
  state('NGA', 'Nigeria', 'Nigéria', 'du'),
  state('MKD', 'North Macedonia', 'Macédoine du Nord', 'de la', {
    history: [
      {
        untilSession: 73,
        // UN lists printed the article in lower case and sorted the name under T.
        en: 'the former Yugoslav Republic of Macedonia',
        fr: 'ex-République yougoslave de Macédoine',
        frDe: 'de l’',
      },
    ],
  }),
  state('NOR', 'Norway', 'Norvège', 'de la'),
  state('OMN', 'Oman', 'Oman', 'de'),
  state('PAK', 'Pakistan', 'Pakistan', 'du'),
  state('PLW', 'Palau', 'Palaos', 'des'),
  state('PAN', 'Panama', 'Panama', 'du'),
  state('PNG', 'Papua New Guinea', 'Papouasie-Nouvelle-Guinée', 'de la'),
  state('PRY', 'Paraguay', 'Paraguay', 'du'),
  state('PER', 'Peru', 'Pérou', 'du'),
  state('PHL', 'Philippines', 'Philippines', 'des', the),
  state('POL', 'Poland', 'Pologne', 'de la'),
  state('PRT', 'Portugal', 'Portugal', 'du'),
  state('QAT', 'Qatar', 'Qatar', 'du'),
  state('KOR', 'Republic of Korea', 'République de Corée', 'de la', {
    enArticle: true,
    enAliases: ['South Korea'],
    frAliases: ['Corée du Sud'],
  }),
  state('MDA', 'Republic of Moldova', 'République de Moldova', 'de la', {
    enArticle: true,
    enAliases: ['Moldova'],
    frAliases: ['Moldova', 'Moldavie'],
  }),
  state('ROU', 'Romania', 'Roumanie', 'de la'),
  state('RUS', 'Russian Federation', 'Fédération de Russie', 'de la', {
    enArticle: true,
    enAliases: ['Russia'],
    frAliases: ['Russie'],
  }),
  state('RWA', 'Rwanda', 'Rwanda', 'du'),
  state('KNA', 'Saint Kitts and Nevis', 'Saint-Kitts-et-Nevis', 'de'),
  state('LCA', 'Saint Lucia', 'Sainte-Lucie', 'de'),
  // Official French form: no hyphen between `les` and `Grenadines`.
  state('VCT', 'Saint Vincent and the Grenadines', 'Saint-Vincent-et-les Grenadines', 'de', {
    frAliases: ['Saint-Vincent-et-les-Grenadines'],
  }),
  state('WSM', 'Samoa', 'Samoa', 'du'),
  state('SMR', 'San Marino', 'Saint-Marin', 'de'),
  state('STP', 'Sao Tome and Principe', 'Sao Tomé-et-Principe', 'de'),
  state('SAU', 'Saudi Arabia', 'Arabie saoudite', 'de l’'),
  state('SEN', 'Senegal', 'Sénégal', 'du'),
  state('SRB', 'Serbia', 'Serbie', 'de la'),
  state('SYC', 'Seychelles', 'Seychelles', 'des'),
  state('SLE', 'Sierra Leone', 'Sierra Leone', 'de la'),
  state('SGP', 'Singapore', 'Singapour', 'de'),
  state('SVK', 'Slovakia', 'Slovaquie', 'de la'),
  state('SVN', 'Slovenia', 'Slovénie', 'de la'),
  state('SLB', 'Solomon Islands', 'Îles Salomon', 'des'),
  state('SOM', 'Somalia', 'Somalie', 'de la'),
  state('ZAF', 'South Africa', 'Afrique du Sud', 'de l’'),
  state('SSD', 'South Sudan', 'Soudan du Sud', 'du'),
  state('ESP', 'Spain', 'Espagne', 'de l’'),
  state('LKA', 'Sri Lanka', 'Sri Lanka', 'de'),
  state('SDN', 'Sudan', 'Soudan', 'du', the),
  state('SUR', 'Suriname', 'Suriname', 'du'),
  state('SWE', 'Sweden', 'Suède', 'de la'),
  state('CHE', 'Switzerland', 'Suisse', 'de la'),
  state('SYR', 'Syrian Arab Republic', 'République arabe syrienne', 'de la', {
    enArticle: true,
    enAliases: ['Syria'],
    frAliases: ['Syrie'],
  }),
  state('TJK', 'Tajikistan', 'Tadjikistan', 'du'),
  state('THA', 'Thailand', 'Thaïlande', 'de la'),
  state('TLS', 'Timor-Leste', 'Timor-Leste', 'du'),
  state('TGO', 'Togo', 'Togo', 'du'),
  state('TON', 'Tonga', 'Tonga', 'des'),
  state('TTO', 'Trinidad and Tobago', 'Trinité-et-Tobago', 'de la'),
  state('TUN', 'Tunisia', 'Tunisie', 'de la'),
  // Renamed in June 2022; the 2021 Committee (A/76/463) printed `Turquie`.
  state('TUR', 'Türkiye', 'Türkiye', 'de la', {
    enAliases: ['Turkiye'],
    frAliases: ['Turkiye'],
    history: [{ untilSession: 76, en: 'Turkey', fr: 'Turquie', frDe: 'de la' }],
  }),
  state('TKM', 'Turkmenistan', 'Turkménistan', 'du'),
  state('TUV', 'Tuvalu', 'Tuvalu', 'de'),
  state('UGA', 'Uganda', 'Ouganda', 'de l’'),
  state('UKR', 'Ukraine', 'Ukraine', 'de l’'),
  state('ARE', 'United Arab Emirates', 'Émirats arabes unis', 'des', the),
  state(
    'GBR',
    'United Kingdom of Great Britain and Northern Ireland',
    'Royaume-Uni de Grande-Bretagne et d’Irlande du Nord',
    'du',
    {
      enArticle: true,
      enAliases: ['United Kingdom', 'UK'],
      frAliases: ['Royaume-Uni'],
    },
  ),
  state('TZA', 'United Republic of Tanzania', 'République-Unie de Tanzanie', 'de la', {
    enArticle: true,
    enAliases: ['Tanzania'],
    frAliases: ['Tanzanie'],
  }),
  state('USA', 'United States of America', 'États-Unis d’Amérique', 'des', {
    enArticle: true,
    enAliases: ['United States', 'US'],
    frAliases: ['États-Unis'],
  }),
  state('URY', 'Uruguay', 'Uruguay', 'de l’'),
  state('UZB', 'Uzbekistan', 'Ouzbékistan', 'de l’'),
  state('VUT', 'Vanuatu', 'Vanuatu', 'de'),
  state('VEN', 'Venezuela (Bolivarian Republic of)', 'Venezuela (République bolivarienne du)', 'de la', {
    enRunning: 'Bolivarian Republic of Venezuela',
    enArticle: true,
    frRunning: 'République bolivarienne du Venezuela',
    enAliases: ['Venezuela'],
    frAliases: ['Venezuela'],
  }),
  state('VNM', 'Viet Nam', 'Viet Nam', 'du', { enAliases: ['Vietnam'], frAliases: ['Vietnam'] }),
  state('YEM', 'Yemen', 'Yémen', 'du'),
  state('ZMB', 'Zambia', 'Zambie', 'de la'),
  state('ZWE', 'Zimbabwe', 'Zimbabwe', 'du'),
];

/** Non-member observer States (General Assembly resolutions 58/314 and 67/19). */
export const OBSERVER_STATES: readonly Delegation[] = [
  entry('observer-state', 'VAT', 'Holy See', 'Saint-Siège', 'du', { enArticle: true }),
  entry('observer-state', 'PSE', 'State of Palestine', 'État de Palestine', 'de l’', {
    enArticle: true,
    enAliases: ['Palestine'],
    frAliases: ['Palestine'],
  }),
];

/**
 * Entities that take the floor in the Third Committee. Their codes are not ISO (ISO codes only countries and
 * territories): each is the entity's usual English acronym, chosen so that none is an ISO 3166-1 alpha-3 code
 * and none is a group code (see `GROUPS`).
 */
export const ENTITIES: readonly Delegation[] = [
  // Speaks under enhanced observer rights (resolution 65/276), usually right after the States.
  entry('entity', 'EU', 'European Union', 'Union européenne', 'de l’', { enArticle: true }),
  entry('entity', 'AU', 'African Union', 'Union africaine', 'de l’', { enArticle: true }),
  entry(
    'entity',
    'ICRC',
    'International Committee of the Red Cross',
    'Comité international de la Croix-Rouge',
    'du',
    {
      enArticle: true,
    },
  ),
  entry(
    'entity',
    'IFRC',
    'International Federation of Red Cross and Red Crescent Societies',
    'Fédération internationale des Sociétés de la Croix-Rouge et du Croissant-Rouge',
    'de la',
    { enArticle: true },
  ),
  entry('entity', 'SMOM', 'Sovereign Military Order of Malta', 'Ordre souverain de Malte', 'de l’', {
    enArticle: true,
    frAliases: ['Ordre souverain militaire de Malte'],
    enAliases: ['Order of Malta'],
  }),
  entry(
    'entity',
    'IOM',
    'International Organization for Migration',
    'Organisation internationale pour les migrations',
    'de l’',
    {
      enArticle: true,
    },
  ),
  entry(
    'entity',
    'IDLO',
    'International Development Law Organization',
    'Organisation internationale de droit du développement',
    'de l’',
    {
      enArticle: true,
    },
  ),
  entry('entity', 'IPU', 'Inter-Parliamentary Union', 'Union interparlementaire', 'de l’', {
    enArticle: true,
  }),
  entry(
    'entity',
    'OIF',
    'International Organization of la Francophonie',
    'Organisation internationale de la Francophonie',
    'de l’',
    {
      enArticle: true,
    },
  ),
];

export const DELEGATIONS: readonly Delegation[] = [...MEMBER_STATES, ...OBSERVER_STATES, ...ENTITIES];

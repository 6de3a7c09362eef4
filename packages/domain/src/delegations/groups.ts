import type { DelegationGroup } from './types';

/**
 * Groups a speaker may speak for (« au nom de … »). Codes are this project's own, not ISO: each is chosen so that
 * it is neither an ISO 3166-1 alpha-3 code nor a delegation code, so that a code alone says whether it names a
 * delegation or a group (the Non-Aligned Movement is `NONALIGNED` because `NAM` is Namibia).
 *
 * Regional groups use their formal UN names (`Group of African States`), which is how reports print them.
 */
export const GROUPS: readonly DelegationGroup[] = [
  {
    code: 'G77',
    en: 'Group of 77 and China',
    enRunning: 'the Group of 77 and China',
    fr: 'Groupe des 77 et la Chine',
    frDe: 'du Groupe des 77 et de la Chine',
  },
  {
    code: 'AFRICAN',
    en: 'Group of African States',
    enRunning: 'the Group of African States',
    fr: 'Groupe des États d’Afrique',
    frDe: 'du Groupe des États d’Afrique',
  },
  {
    code: 'ASIA-PACIFIC',
    en: 'Group of Asia-Pacific States',
    enRunning: 'the Group of Asia-Pacific States',
    fr: 'Groupe des États d’Asie et du Pacifique',
    frDe: 'du Groupe des États d’Asie et du Pacifique',
  },
  {
    code: 'EEG',
    en: 'Group of Eastern European States',
    enRunning: 'the Group of Eastern European States',
    fr: 'Groupe des États d’Europe orientale',
    frDe: 'du Groupe des États d’Europe orientale',
  },
  {
    code: 'GRULAC',
    en: 'Group of Latin American and Caribbean States',
    enRunning: 'the Group of Latin American and Caribbean States',
    fr: 'Groupe des États d’Amérique latine et des Caraïbes',
    frDe: 'du Groupe des États d’Amérique latine et des Caraïbes',
  },
  {
    code: 'WEOG',
    en: 'Group of Western European and other States',
    enRunning: 'the Group of Western European and other States',
    fr: 'Groupe des États d’Europe occidentale et autres États',
    frDe: 'du Groupe des États d’Europe occidentale et autres États',
  },
  {
    code: 'ASEAN',
    en: 'Association of Southeast Asian Nations',
    enRunning: 'the Association of Southeast Asian Nations',
    fr: 'Association des nations de l’Asie du Sud-Est',
    frDe: 'de l’Association des nations de l’Asie du Sud-Est',
  },
  {
    code: 'NONALIGNED',
    en: 'Movement of Non-Aligned Countries',
    enRunning: 'the Movement of Non-Aligned Countries',
    fr: 'Mouvement des pays non alignés',
    frDe: 'du Mouvement des pays non alignés',
  },
  {
    code: 'OIC',
    en: 'Organization of Islamic Cooperation',
    enRunning: 'the Organization of Islamic Cooperation',
    fr: 'Organisation de la coopération islamique',
    frDe: 'de l’Organisation de la coopération islamique',
  },
  {
    code: 'CARICOM',
    en: 'Caribbean Community',
    enRunning: 'the Caribbean Community',
    fr: 'Communauté des Caraïbes',
    frDe: 'de la Communauté des Caraïbes',
    // The UN Member States among CARICOM's full members (Montserrat is a member but not a State).
    members: ['ATG', 'BHS', 'BRB', 'BLZ', 'DMA', 'GRD', 'GUY', 'HTI', 'JAM', 'KNA', 'LCA', 'VCT', 'SUR', 'TTO'],
  },
  {
    code: 'CELAC',
    en: 'Community of Latin American and Caribbean States',
    enRunning: 'the Community of Latin American and Caribbean States',
    fr: 'Communauté des États d’Amérique latine et des Caraïbes',
    frDe: 'de la Communauté des États d’Amérique latine et des Caraïbes',
  },
  {
    code: 'ARAB',
    en: 'Group of Arab States',
    enRunning: 'the Group of Arab States',
    fr: 'Groupe des États arabes',
    frDe: 'du Groupe des États arabes',
  },
  {
    code: 'LDC',
    en: 'Group of Least Developed Countries',
    enRunning: 'the Group of Least Developed Countries',
    fr: 'Groupe des pays les moins avancés',
    frDe: 'du Groupe des pays les moins avancés',
  },
  {
    code: 'LLDC',
    en: 'Group of Landlocked Developing Countries',
    enRunning: 'the Group of Landlocked Developing Countries',
    fr: 'Groupe des pays en développement sans littoral',
    frDe: 'du Groupe des pays en développement sans littoral',
  },
  {
    code: 'SIDS',
    en: 'small island developing States',
    enRunning: 'the small island developing States',
    fr: 'petits États insulaires en développement',
    frDe: 'des petits États insulaires en développement',
  },
  {
    code: 'AOSIS',
    en: 'Alliance of Small Island States',
    enRunning: 'the Alliance of Small Island States',
    fr: 'Alliance des petits États insulaires',
    frDe: 'de l’Alliance des petits États insulaires',
  },
  {
    // The EU's own statements are made by the delegation `EU`; this group is for a State speaking for the
    // member States (« au nom des États membres de l’Union européenne »).
    code: 'EU-MS',
    en: 'States members of the European Union',
    enRunning: 'the States members of the European Union',
    fr: 'États membres de l’Union européenne',
    frDe: 'des États membres de l’Union européenne',
    members: [
      'AUT', 'BEL', 'BGR', 'HRV', 'CYP', 'CZE', 'DNK', 'EST', 'FIN', 'FRA', 'DEU', 'GRC', 'HUN', 'IRL',
      'ITA', 'LVA', 'LTU', 'LUX', 'MLT', 'NLD', 'POL', 'PRT', 'ROU', 'SVK', 'SVN', 'ESP', 'SWE',
    ],
  },
  {
    code: 'NORDIC',
    en: 'Nordic countries',
    enRunning: 'the Nordic countries',
    fr: 'pays nordiques',
    frDe: 'des pays nordiques',
    members: ['DNK', 'FIN', 'ISL', 'NOR', 'SWE'],
  },
];

import { i18next } from '../i18n';
import { ApiError } from './api';
import { describeError } from './errors';

const t = i18next.getFixedT(null, 'errors');

describe('server errors in the interface language', () => {
  afterEach(() => i18next.changeLanguage('fr'));

  it('words a known code in French and in English, never the server’s English message', async () => {
    const e = new ApiError(409, 'The list of sponsors of A/C.3/76/L.2 is closed: …', [], 'closed');
    await i18next.changeLanguage('fr');
    expect(describeError(e, i18next.getFixedT('fr', 'errors'))).toBe(
      'La liste des auteurs de ce projet est close : les auteurs principaux ou le Secrétariat doivent la rouvrir.',
    );
    expect(describeError(e, i18next.getFixedT('en', 'errors'))).toMatch(
      /^The list of sponsors of this draft/,
    );
  });

  it('interpolates the parameters the server gives', () => {
    const e = new ApiError(422, 'Unknown delegation: Itallie', [], 'unknown-delegation', { name: 'Itallie' });
    expect(describeError(e, i18next.getFixedT('fr', 'errors'))).toBe('Délégation inconnue : Itallie.');
  });

  it('falls back on the HTTP status when there is no code, and on the English message for an unknown code', () => {
    expect(describeError(new ApiError(403, 'Forbidden resource'), t)).toBe(
      'Vous n’avez pas le droit de faire cela.',
    );
    expect(describeError(new ApiError(409, 'Something new', [], 'brand-new-code'), t)).toBe('Something new');
  });

  it('says the server cannot be reached when the request never got an answer', () => {
    expect(describeError(new ApiError(0, 'Failed to fetch', [], 'network'), t)).toMatch(
      /^Le serveur ne répond pas/,
    );
  });
});

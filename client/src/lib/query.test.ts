import { keyOf, touched } from './query';

describe('query keys per resource', () => {
  it('are the resource path then the query parameters', () => {
    expect(keyOf('/drafts/42/sponsorship?lang=fr')).toEqual(['drafts', '42', 'sponsorship', { lang: 'fr' }]);
    expect(keyOf('/sessions/76')).toEqual(['sessions', '76']);
  });

  it('a change to a draft touches everything shown about that draft, and the lists of drafts', () => {
    expect(touched('/drafts/42/sponsorship?lang=fr')).toEqual([['drafts', '42'], ['sessions']]);
  });
});

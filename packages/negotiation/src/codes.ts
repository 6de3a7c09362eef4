/**
 * How negotiators attribute proposals in compilation texts: the usual short forms rather than ISO codes where
 * the room uses one (`US`, `UK`, `EU`), the ISO 3166 alpha-3 code otherwise (`RUS`, `CHN`, `BLR`). Groups speak
 * under their own names (`G77`, `CARICOM`).
 */
const SHORT: Record<string, string> = {
  USA: 'US',
  GBR: 'UK',
  EU: 'EU',
  G77: 'G77',
  G77CHN: 'G77',
};

export function shortCode(code: string, overrides?: Readonly<Record<string, string>>): string {
  return overrides?.[code] ?? SHORT[code] ?? code;
}

/** `EU, US, RUS`: the proposer first, then supporters in the order they joined. */
export function attribution(codes: readonly string[], overrides?: Readonly<Record<string, string>>): string {
  return codes.map((c) => shortCode(c, overrides)).join(', ');
}

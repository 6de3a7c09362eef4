export type DraftStatus = 'informal' | 'tabled' | 'revised' | 'adopted' | 'rejected' | 'withdrawn' | 'deferred';

/** Outcomes of action: once one is recorded the draft is acted on (deferral aside, which can be reopened). */
export const ACTED_ON: readonly DraftStatus[] = ['adopted', 'rejected', 'withdrawn'];

const OUTCOME: Record<string, DraftStatus> = {
  adoption: 'adopted',
  rejection: 'rejected',
  withdrawal: 'withdrawn',
  deferral: 'deferred',
};

/** A symbol such as `A/C.3/76/L.10/Rev.1` is a revision; any L. symbol means the draft was tabled. */
export function statusFromSymbol(symbol: string): DraftStatus {
  if (/\/Rev\.\d+$/.test(symbol)) return 'revised';
  if (/\/L\.\d+/.test(symbol)) return 'tabled';
  return 'informal';
}

/** The status the record implies: the last outcome recorded, else what the symbol says. */
export function statusFromRecord(symbol: string, actionTypes: readonly string[]): DraftStatus {
  let status = statusFromSymbol(symbol);
  for (const t of actionTypes) {
    const s = OUTCOME[t];
    if (s) status = s;
  }
  return status;
}

/** One change to a draft's list of sponsors, in the order it was recorded. */
export interface SponsorshipChange {
  delegation: string;
  kind: 'main' | 'additional';
  change: 'joined' | 'withdrew';
}

export interface SponsorLists {
  /** In the order they first joined (main sponsors tabled the draft; order matters only for display). */
  main: string[];
  additional: string[];
}

/**
 * Replays the history into the current lists. A withdrawal removes the delegation from the list it was on;
 * joining again later puts it back at the end, as the Secretariat's list would.
 */
export function currentSponsors(events: readonly SponsorshipChange[]): SponsorLists {
  const main: string[] = [];
  const additional: string[] = [];
  for (const e of events) {
    const list = e.kind === 'main' ? main : additional;
    const other = e.kind === 'main' ? additional : main;
    const at = list.indexOf(e.delegation);
    if (e.change === 'joined') {
      if (at === -1) list.push(e.delegation);
      const o = other.indexOf(e.delegation);
      if (o !== -1) other.splice(o, 1);
    } else if (at !== -1) {
      list.splice(at, 1);
    }
  }
  return { main, additional };
}

/** The history that produces the given lists, for records that only know the lists (e.g. a printed report). */
export function eventsFromLists(lists: SponsorLists): SponsorshipChange[] {
  return [
    ...lists.main.map((delegation) => ({ delegation, kind: 'main' as const, change: 'joined' as const })),
    ...lists.additional.map((delegation) => ({ delegation, kind: 'additional' as const, change: 'joined' as const })),
  ];
}

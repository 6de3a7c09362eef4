/**
 * Who a co-editor is shown as (the `user` field of presence): built from the account by the server, which
 * overwrites whatever a client claims (issue 12: an observer posed as France), and by the web client for its
 * own caret, so both give the same label and colour.
 */
export interface PresenceUser {
  name: string;
  /** « Name (DELEGATION) », or the name alone for the Secretariat and observers. */
  label: string;
  color: string;
  delegation: string | null;
}

export function presenceUser(user: { id: string; name: string; delegation?: string | null }): PresenceUser {
  const delegation = user.delegation ?? null;
  return {
    name: user.name,
    label: delegation ? `${user.name} (${delegation})` : user.name,
    color: presenceColour(user.id),
    delegation,
  };
}

/**
 * A stable colour per user, so everyone sees the same colour for the same delegate: a hue from the id, at a
 * saturation and lightness that white label text reads on. As `#rrggbb`, the only form the caret extension
 * accepts (it replaces anything else, hsl() included, by transparent: invisible carets and labels).
 */
export function presenceColour(id: string): string {
  let h = 0;
  for (const ch of id) h = (h * 31 + ch.charCodeAt(0)) % 360;
  const s = 0.7;
  const l = 0.4;
  const a = s * Math.min(l, 1 - l);
  const channel = (n: number) => {
    const k = (n + h / 30) % 12;
    const v = l - a * Math.max(-1, Math.min(k - 3, 9 - k, 1));
    return Math.round(v * 255)
      .toString(16)
      .padStart(2, '0');
  };
  return `#${channel(0)}${channel(8)}${channel(4)}`;
}

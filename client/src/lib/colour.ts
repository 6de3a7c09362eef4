/** WCAG relative luminance of `#rrggbb`. */
function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => {
    const c = parseInt(hex.slice(i, i + 2), 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** WCAG contrast ratio of white text on `#rrggbb`. */
export function contrastWithWhite(hex: string): number {
  return 1.05 / (luminance(hex) + 0.05);
}

function hsl(h: number, s: number, l: number): string {
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

/**
 * A stable colour per user, so everyone sees the same colour for the same delegate: a hue from the id, darkened
 * until white label text on it reaches WCAG AA's 4.5:1 (a fixed lightness does not: yellows and greens are far
 * brighter than blues at the same lightness). As `#rrggbb`, the only form the caret extension accepts (it
 * replaces anything else, hsl() included, by transparent: invisible carets and labels).
 */
export function colourOf(id: string): string {
  let h = 0;
  for (const ch of id) h = (h * 31 + ch.charCodeAt(0)) % 360;
  let l = 0.4;
  let colour = hsl(h, 0.7, l);
  while (contrastWithWhite(colour) < 4.5 && l > 0.05) colour = hsl(h, 0.7, (l -= 0.02));
  return colour;
}

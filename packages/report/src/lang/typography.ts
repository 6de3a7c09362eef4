/**
 * Typography of UN texts.
 *
 * French: a no-break space (U+00A0) before « : », « ; », « ? », « ! » and « » », and after « « »; the apostrophe is
 * U+2019. English: the apostrophe is U+2019 and quotations take “ ”.
 */

export const NBSP = '\u00A0';

/**
 * French spacing. Ordinary or repeated spaces before `: ; ? ! »` and after `«` become one U+00A0; a missing space is
 * added before `;`, `?`, `!` and `»`, and before `:` when the colon ends a word and is followed by a space or the end
 * (so `https://` keeps its colon). Straight apostrophes between letters become ’.
 */
function inUrl(text: string, offset: number): boolean {
  const start =
    Math.max(
      text.lastIndexOf(' ', offset),
      text.lastIndexOf('\u00A0', offset),
      text.lastIndexOf('\n', offset),
    ) + 1;
  return /^(https?:\/\/|www\.)/.test(text.slice(start, offset));
}

export function frTypography(text: string): string {
  return (
    text
      // ASCII apostrophe between letters → ’
      .replace(/([A-Za-zÀ-ÿ])'(?=[A-Za-zÀ-ÿ])/g, '$1’')
      // « + spaces → «NBSP
      .replace(/«[ \u00A0\u202F]*/g, `«${NBSP}`)
      // spaces + » → NBSP»
      .replace(/[ \u00A0\u202F]*»/g, `${NBSP}»`)
      // spaces before ; ? ! → NBSP (also when missing), except inside a URL
      .replace(/[ \u00A0\u202F]*([;?!])/g, (m: string, p: string, offset: number, whole: string) => {
        if (offset === 0 || whole[offset - 1] === '\n') return m;
        if (m.length === 1 && inUrl(whole, offset)) return m;
        return `${NBSP}${p}`;
      })
      // spaces before : → NBSP; a missing space is added only when the colon is followed by whitespace or ends the text
      .replace(/([^ \u00A0\u202F\n])[ \u00A0\u202F]+:/g, `$1${NBSP}:`)
      .replace(/([A-Za-zÀ-ÿ0-9)»’])(:)(?=\s|$)/g, `$1${NBSP}$2`)
  );
}

/** English: straight apostrophes between letters become ’; straight double quotes become “ ”. */
export function enTypography(text: string): string {
  return text
    .replace(/([A-Za-zÀ-ÿ])'(?=[A-Za-zÀ-ÿ])/g, '$1’')
    .replace(/(^|[\s([])"/g, '$1“')
    .replace(/"/g, '”');
}

export function typography(text: string, lang: 'fr' | 'en'): string {
  return lang === 'fr' ? frTypography(text) : enTypography(text);
}

/** Quotes a title: « … » (with no-break spaces) or “…”. */
export function quote(text: string, lang: 'fr' | 'en'): string {
  return lang === 'fr' ? `«${NBSP}${text}${NBSP}»` : `“${text}”`;
}

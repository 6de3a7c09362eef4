import { readFileSync } from 'node:fs';
import type { BrowserContext, Page } from 'playwright-core';
import { appAndBrowser, describeE2E, draftId, loginAs, ROOT } from './harness';

jest.setTimeout(600_000);

/** axe-core's browser build, injected into each page (it runs inside the page, on the DOM as rendered). */
const AXE = readFileSync(require.resolve('axe-core/axe.min.js', { paths: [ROOT] }), 'utf8');

interface Violation {
  id: string;
  impact: string | null;
  nodes: string[];
}

/** The serious and critical accessibility violations axe finds on the page as it is now. */
async function axeViolations(page: Page): Promise<Violation[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.addScriptTag({ content: AXE });
  return page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (c: Document, o: object) => Promise<AxeResults> } }).axe;
    interface AxeResults {
      violations: { id: string; impact: string | null; nodes: { html: string }[] }[];
    }
    const r = await axe.run(document, { resultTypes: ['violations'] });
    return r.violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => ({
        id: v.id,
        impact: v.impact,
        nodes: v.nodes.slice(0, 3).map((n) => n.html.slice(0, 200)),
      }));
  });
}

/** How far the page scrolls sideways (0: it fits the window). */
const horizontalOverflow = (page: Page) =>
  page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);

/**
 * Every page, as the Secretariat and as a delegate, in French and in English, at desktop and at phone width:
 * nothing scrolls sideways, the top bar fits, axe finds no serious or critical violation, and the French pages
 * say `lang="fr"` (the English ones `lang="en"`). One browser for all, one signed-in context per user and width.
 */
describeE2E('every page: accessibility, phone width, language', () => {
  const suite = appAndBrowser();

  const USERS = ['secretariat@concordia.test', 'belarus@concordia.test'] as const;
  const WIDTHS = [1280, 390] as const;

  it.each(USERS)('as %s', async (email) => {
    const problems: string[] = [];
    for (const width of WIDTHS) {
      // bypassCSP: the app's CSP (script-src 'self') rightly refuses the axe script the test injects.
      const context: BrowserContext = await suite.browser.newContext({
        viewport: { width, height: 800 },
        bypassCSP: true,
      });
      const page = await context.newPage();
      await loginAs(page, suite.server.url, email);
      const crp = await draftId(page, 'A/C.3/76/CRP.1');
      const l10 = await draftId(page, 'A/C.3/76/L.10/Rev.1');
      const pages: Record<string, string> = {
        sessions: '/sessions',
        session: '/sessions/76',
        item: '/sessions/76/items/108',
        draft: `/drafts/${l10}`,
        negotiation: `/drafts/${crp}/negotiation`,
        versions: `/drafts/${crp}/versions`,
        sponsors: `/drafts/${l10}/sponsors`,
        meetings: '/sessions/76/meetings',
        meeting: '/sessions/76/meetings/10',
        status: '/sessions/76/status',
        report: '/sessions/76/items/108/report',
        ...(email.startsWith('secretariat') && { audit: '/sessions/76/audit' }),
      };
      for (const lang of ['fr', 'en'] as const) {
        await page.evaluate((l) => localStorage.setItem('concordia.lang', l), lang);
        for (const [name, path] of Object.entries(pages)) {
          await page.goto(`${suite.server.url}${path}`);
          await page.locator(`html[lang="${lang}"]`).waitFor();
          await page.locator('main h1').first().waitFor();
          // The page's own content has arrived (a table, a list, the editor, a form or a panel such as the frozen list of
          // sponsors of an adopted draft, which has no list) before it is judged.
          await page
            .locator('main :is(table, ul, ol, form, .resolution, iframe, article, section)')
            .first()
            .waitFor();
          const where = `${name} (${lang}, ${width} px)`;
          const overflow = await horizontalOverflow(page);
          if (overflow > 0) problems.push(`${where}: scrolls sideways by ${overflow} px`);
          const bar = await page.locator('header.topbar').evaluate((e) => e.scrollWidth - e.clientWidth);
          if (bar > 0) problems.push(`${where}: the top bar overflows by ${bar} px`);
          for (const v of await axeViolations(page))
            problems.push(`${where}: ${v.impact} ${v.id} on ${v.nodes.join(' | ')}`);
        }
      }
      await context.close();
    }
    expect(problems).toEqual([]);
  });
});

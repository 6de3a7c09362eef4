import type { Browser, Page } from 'playwright-core';
import { describeE2E, launchBrowser, loginAs, startServer, type RunningServer } from './harness';

jest.setTimeout(120_000);

/** Id of a draft by symbol, through the API with the page's own session. */
async function draftId(page: Page, symbol: string): Promise<string> {
  return page.evaluate(async (sym) => {
    const res = await fetch('/api/sessions/76/drafts', { credentials: 'same-origin' });
    const list = (await res.json()) as { id: string; symbol: string }[];
    const d = list.find((x) => x.symbol === sym);
    if (!d) throw new Error(`no draft ${sym}`);
    return d.id;
  }, symbol);
}

describeE2E('two delegates co-edit a draft live', () => {
  let server: RunningServer;
  let browser: Browser;
  beforeAll(async () => {
    server = await startServer();
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('text typed by one appears for the other, with a labelled cursor; a non-sponsor reads only', async () => {
    const belarus = await (await browser.newContext()).newPage();
    const armenia = await (await browser.newContext()).newPage();
    const france = await (await browser.newContext()).newPage();
    await loginAs(belarus, server.url, 'belarus@concordia.test');
    await loginAs(armenia, server.url, 'armenia@concordia.test');
    await loginAs(france, server.url, 'france@concordia.test');
    const id = await draftId(belarus, 'A/C.3/76/L.10/Rev.1');
    for (const p of [belarus, armenia, france]) await p.goto(`${server.url}/drafts/${id}`);

    for (const p of [belarus, armenia]) {
      await p.getByTestId('draft-editor').waitFor();
      await p.locator('[data-testid="mode"][data-can-edit="true"]').waitFor();
      await p.locator('[data-testid="connection"][data-status="connected"]').waitFor();
    }
    await france.locator('[data-testid="mode"][data-can-edit="false"]').waitFor();

    // Operative paragraphs are numbered live: the first one carries « 1. ».
    const firstOp = belarus.locator('.r-operative .r-para[data-level="0"]').first();
    await expect(firstOp.getAttribute('data-label')).resolves.toBe('1.');

    const phrase = 'Texte ajouté en séance par le Bélarus';
    await firstOp.click();
    await belarus.keyboard.press('End');
    await belarus.keyboard.type(` ${phrase}`);

    await armenia.locator('.r-operative', { hasText: phrase }).waitFor();
    await france.locator('.r-operative', { hasText: phrase }).waitFor();
    // Armenia sees Belarus's cursor, labelled with the name and delegation.
    await armenia.locator('.collaboration-carets__label', { hasText: 'BLR' }).waitFor();

    // France cannot type into the text.
    await expect(france.getByTestId('draft-editor').getAttribute('contenteditable')).resolves.toBe('false');

    // Offline: Armenia keeps typing, the edits are kept (IndexedDB) and reach Belarus on reconnection.
    await armenia.context().setOffline(true);
    await armenia
      .locator('[data-testid="connection"]:not([data-status="connected"])')
      .waitFor({ timeout: 40_000 });
    const offline = 'Ajout hors ligne de l’Arménie';
    await armenia.locator('.r-operative .r-para[data-level="0"]').last().click();
    await armenia.keyboard.press('End');
    await armenia.keyboard.type(` ${offline}`);
    await armenia
      .getByTestId('connection')
      .filter({ hasText: /en attente|pending/ })
      .waitFor();
    await armenia.context().setOffline(false);
    await belarus.locator('.r-operative', { hasText: offline }).waitFor({ timeout: 40_000 });
  });
});

import type { Page } from 'playwright-core';
import {
  appAndBrowser,
  describeE2E,
  draftId,
  editorText,
  loginAs,
  allSaved,
  openDraft,
  typeOffline,
  until,
} from './harness';

jest.setTimeout(120_000);

describeE2E('two delegates co-edit a draft live', () => {
  const suite = appAndBrowser();

  it('text typed by one appears for the other, with a labelled cursor; a non-sponsor reads only', async () => {
    const belarus = await (await suite.browser.newContext()).newPage();
    const armenia = await (await suite.browser.newContext()).newPage();
    const france = await (await suite.browser.newContext()).newPage();
    await loginAs(belarus, suite.server.url, 'belarus@concordia.test');
    await loginAs(armenia, suite.server.url, 'armenia@concordia.test');
    await loginAs(france, suite.server.url, 'france@concordia.test');
    // The demo's draft under negotiation: the drafts of the real record have been acted on, so are read-only.
    const id = await draftId(belarus, 'A/C.3/76/CRP.1');
    for (const p of [belarus, armenia]) await openDraft(p, suite.server.url, id, true);
    await openDraft(france, suite.server.url, id, false);

    // Operative paragraphs are numbered live: the first one carries « 1. ».
    const firstOp = belarus.locator('.r-operative .r-para[data-level="0"]').first();
    await expect(firstOp.getAttribute('data-label')).resolves.toBe('1.');

    const phrase = 'Texte ajouté en séance par le Bélarus';
    await firstOp.click();
    await belarus.keyboard.press('End');
    await belarus.keyboard.type(` ${phrase}`);

    await armenia.locator('.r-operative', { hasText: phrase }).waitFor();
    await france.locator('.r-operative', { hasText: phrase }).waitFor();
    // Belarus is told once the server has the phrase in its log; France, who cannot write, is told nothing.
    await allSaved(belarus);
    await expect(belarus.getByTestId('save').textContent()).resolves.toBe('Modifications enregistrées');
    expect(await france.getByTestId('save').count()).toBe(0);
    // Armenia sees Belarus's cursor, labelled with the name and delegation.
    await armenia.locator('.collaboration-carets__label', { hasText: 'BLR' }).waitFor();
    // …and can see it: the label has Belarus's colour behind its white text, and the caret is drawn in it.
    const caret = await armenia
      .locator('.collaboration-carets__caret', { hasText: 'BLR' })
      .evaluate((el) => ({
        border: getComputedStyle(el).borderLeftColor,
        label: getComputedStyle(el.querySelector('.collaboration-carets__label')!).backgroundColor,
      }));
    expect(caret.label).toMatch(/^rgb\(/);
    expect(caret.border).toBe(caret.label);

    // France cannot type into the text.
    await expect(france.getByTestId('draft-editor').getAttribute('contenteditable')).resolves.toBe('false');

    // Offline: Armenia keeps typing, the edits are kept (IndexedDB) and reach Belarus on reconnection.
    const offline = 'Ajout hors ligne de l’Arménie';
    await typeOffline(armenia, 'last', offline);
    await armenia.context().setOffline(false);
    await belarus.locator('.r-operative', { hasText: offline }).waitFor({ timeout: 40_000 });
    // Armenia's page goes from "waiting to be sent" to "saved" only on the server's acknowledgement.
    await allSaved(armenia);

    // The adopted draft it was copied from is read-only even for its main sponsor, who is told why.
    await openDraft(belarus, suite.server.url, await draftId(belarus, 'A/C.3/76/L.10/Rev.1'), false);
    await expect(belarus.getByTestId('mode').getAttribute('data-read-only')).resolves.toBe('acted-on');
    await expect(belarus.getByTestId('mode').textContent()).resolves.toContain(
      'la Commission s’est prononcée sur ce projet',
    );
    await expect(belarus.getByTestId('draft-editor').getAttribute('contenteditable')).resolves.toBe('false');
  });

  it('going from one draft straight to another in the same page shows the second draft’s text only', async () => {
    const l9 = 'A/C.3/76/L.9/Rev.1';
    const crp = 'A/C.3/76/CRP.1';
    // What each draft reads when opened on its own, by a delegate with no history in the page.
    const reference = new Map<string, string>();
    const france = await (await suite.browser.newContext()).newPage();
    await loginAs(france, suite.server.url, 'france@concordia.test');
    const ids = new Map([l9, crp].map((s) => [s, '']));
    for (const symbol of [l9, crp]) {
      const id = await draftId(france, symbol);
      ids.set(symbol, id);
      await france.goto(`${suite.server.url}/drafts/${id}`);
      await france.locator('[data-testid="connection"][data-status="connected"]').waitFor();
      await france.getByTestId('draft-editor').waitFor();
      reference.set(symbol, await editorText(france));
    }
    expect(reference.get(l9)).not.toBe(reference.get(crp));
    const shows = async (page: Page, symbol: string) => {
      await page.locator('h1', { hasText: symbol }).waitFor();
      await page.locator('[data-testid="connection"][data-status="connected"]').waitFor();
      await page.getByTestId('draft-editor').waitFor();
      // The text settles on the draft's own text (polled: a merged document would never get there).
      const expected = reference.get(symbol)!;
      await until(`the text of ${symbol}`, async () => (await editorText(page)) === expected, 10_000).catch(
        async (e: Error) => {
          const shown = await editorText(page);
          throw new Error(`${e.message}: ${shown.length} characters shown, ${expected.length} expected`);
        },
      );
    };

    // Belarus, a main sponsor of both drafts, who still writes the one under negotiation (so a mixed-up
    // document would even be written to the server), opens L.9/Rev.1, then goes through the agenda to CRP.1.
    const belarus = await (await suite.browser.newContext()).newPage();
    await loginAs(belarus, suite.server.url, 'belarus@concordia.test');
    await belarus.goto(`${suite.server.url}/drafts/${ids.get(l9)}`);
    await shows(belarus, l9);
    await belarus.getByRole('link', { name: 'Concordia' }).click();
    await belarus.getByRole('link', { name: /Session 76/ }).click();
    await belarus.getByRole('link', { name: / 108 — / }).click();
    await belarus.getByRole('link', { name: crp, exact: true }).click();
    await shows(belarus, crp);
    const crpEditor = await belarus.getByTestId('draft-editor').elementHandle();

    // Back four steps at once (the back button's menu): from the page of one draft straight to the page of
    // the other, which React Router renders with the same route element.
    await belarus.evaluate(() => history.go(-4));
    await belarus.waitForURL(`**/drafts/${ids.get(l9)}`);
    await shows(belarus, l9);
    // A new editor, not the one of CRP.1 bound to another document.
    expect(await crpEditor!.evaluate((el) => el.isConnected)).toBe(false);

    // Nothing of either draft leaked into the other: not on the server, not in this browser's offline copy.
    for (const symbol of [l9, crp]) {
      await france.goto(`${suite.server.url}/drafts/${ids.get(symbol)}`);
      await shows(france, symbol);
    }
    await belarus.reload();
    await shows(belarus, l9);
  });
});

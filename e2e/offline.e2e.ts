import { createRequire } from 'node:module';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import {
  allSaved,
  appAndBrowser,
  describeE2E,
  draftId,
  editorText,
  loginAs,
  openDraft,
  ROOT,
  typeOffline,
  until,
} from './harness';

jest.setTimeout(180_000);

// The demo's draft under negotiation (every draft of the real record has been acted on, so is read-only).
const SYMBOL = 'A/C.3/76/CRP.1';
/** The Yjs fragment holding the text (FRAGMENT of @concordia/resolution). */
const FRAGMENT = 'resolution';

/**
 * Yjs, taken from the client's dependencies (the e2e package has none of its own), to decode what the page
 * stored in IndexedDB. Only the few members used here are typed.
 */
const Y = createRequire(join(ROOT, 'client/package.json'))('yjs') as {
  Doc: new () => { getXmlFragment(name: string): { toString(): string }; destroy(): void };
  applyUpdate(doc: unknown, update: Uint8Array): void;
};

/**
 * The text of a draft as the page's offline copy (y-indexeddb, database `concordia-draft-<id>`) holds it: every
 * stored update is read from IndexedDB and applied to a fresh Y.Doc. Empty while the database does not exist.
 */
async function storedText(page: Page, id: string): Promise<string> {
  const rows = await page.evaluate(async (name) => {
    // Opening a database that does not exist yet would create it without its stores and break y-indexeddb.
    if (!(await indexedDB.databases()).some((d) => d.name === name)) return [];
    const db = await new Promise<IDBDatabase>((ok, fail) => {
      const r = indexedDB.open(name);
      r.onsuccess = () => ok(r.result);
      r.onerror = () => fail(r.error);
    });
    try {
      if (!db.objectStoreNames.contains('updates')) return [];
      const updates = await new Promise<Uint8Array[]>((ok, fail) => {
        const r = db.transaction('updates', 'readonly').objectStore('updates').getAll();
        r.onsuccess = () => ok(r.result as Uint8Array[]);
        r.onerror = () => fail(r.error);
      });
      // Base64, so that the bytes cross into the test unchanged.
      return updates.map((u) => {
        let s = '';
        for (let i = 0; i < u.length; i += 0x8000) s += String.fromCharCode(...u.subarray(i, i + 0x8000));
        return btoa(s);
      });
    } finally {
      db.close();
    }
  }, `concordia-draft-${id}`);
  const doc = new Y.Doc();
  for (const row of rows) Y.applyUpdate(doc, new Uint8Array(Buffer.from(row, 'base64')));
  const xml = doc.getXmlFragment(FRAGMENT).toString();
  doc.destroy();
  return xml;
}

const occurrences = (text: string, phrase: string) => text.split(phrase).length - 1;

describeE2E('offline edits survive closing the tab', () => {
  const suite = appAndBrowser();

  it('text typed offline is kept in IndexedDB, sent when the draft is next opened online, and kept once', async () => {
    const armeniaContext = await suite.browser.newContext();
    const armenia = await armeniaContext.newPage();
    const belarus = await (await suite.browser.newContext()).newPage();
    await loginAs(armenia, suite.server.url, 'armenia@concordia.test');
    await loginAs(belarus, suite.server.url, 'belarus@concordia.test');
    const id = await draftId(armenia, SYMBOL);
    await openDraft(armenia, suite.server.url, id, true);
    await openDraft(belarus, suite.server.url, id, true);
    const paragraphs = await belarus.locator('.r-para').count();

    // Armenia loses the network and types.
    const phrase = 'Phrase tapée hors ligne par l’Arménie avant de fermer l’onglet';
    await typeOffline(armenia, 'first', phrase);
    // Only once the whole phrase is in the offline copy may the tab go away.
    await until('the phrase in IndexedDB', async () => (await storedText(armenia, id)).includes(phrase));

    // The tab is closed while still offline: nothing of the phrase has reached the server.
    await armenia.close();
    expect(await editorText(belarus)).not.toContain(phrase);

    // Later, back online, Armenia opens the draft again in a new tab of the same browser profile.
    await armeniaContext.setOffline(false);
    const again = await armeniaContext.newPage();
    await openDraft(again, suite.server.url, id, true);
    await again.locator('.r-operative', { hasText: phrase }).waitFor();
    // The new tab sent the offline copy in its sync exchange and says so once the server has saved it.
    await allSaved(again);
    // The edit went to the server: Belarus, in another browser, receives it live…
    await belarus.locator('.r-operative', { hasText: phrase }).waitFor({ timeout: 40_000 });
    // …and a delegate who opens the draft afterwards, with no offline copy, gets it from the server.
    const france = await (await suite.browser.newContext()).newPage();
    await loginAs(france, suite.server.url, 'france@concordia.test');
    await openDraft(france, suite.server.url, id, false);
    await france.locator('.r-operative', { hasText: phrase }).waitFor();

    // Exactly once everywhere, and the offline copy merged without doubling a paragraph.
    for (const p of [again, belarus, france]) {
      expect(occurrences(await editorText(p), phrase)).toBe(1);
      expect(await p.locator('.r-para').count()).toBe(paragraphs);
    }
    expect(occurrences(await storedText(again, id), phrase)).toBe(1);
  });
});

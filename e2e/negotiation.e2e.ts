import type { Page } from 'playwright-core';
import { appAndBrowser, describeE2E, loginAs } from './harness';

jest.setTimeout(180_000);

// The demo's draft under negotiation: an adopted draft takes no more proposals.
const SYMBOL = 'A/C.3/76/CRP.1';

describeE2E(
  'negotiation: two delegations propose on the same operative paragraph, the penholder decides',
  () => {
    const suite = appAndBrowser();
    let draftPath: string;

    async function open(email: string): Promise<Page> {
      const page = await suite.browser.newPage();
      await loginAs(page, suite.server.url, email);
      if (!draftPath) {
        await page.getByRole('link', { name: /Session 76/ }).click();
        await page.getByRole('link', { name: /108 — / }).click();
        const href = await page
          .locator(`li.draft[data-symbol="${SYMBOL}"]`)
          .getByRole('link', { name: SYMBOL, exact: true })
          .getAttribute('href');
        draftPath = `${href}/negotiation`;
      }
      await page.goto(`${suite.server.url}${draftPath}`);
      await page.getByTestId('counts').waitFor();
      return page;
    }
    const op1 = (page: Page) => page.locator('article[data-paragraph="PD 1"]');

    async function propose(page: Page, text: string | null, reason: string) {
      await op1(page).getByRole('button', { name: 'Proposer' }).click();
      if (text === null) await op1(page).getByLabel('Proposer').selectOption('delete');
      else await op1(page).getByLabel('Libellé proposé').fill(text);
      await op1(page).getByLabel('Motif').fill(reason);
      await op1(page).getByRole('button', { name: 'Envoyer' }).click();
    }

    it('shows both proposals attributed, a supporter, the decisions, the counts and the history', async () => {
      const france = await open('france@concordia.test');
      const original = (await op1(france).locator('span.text').first().textContent())!;
      const frWording = `${original.trim().replace(/\s*[;.]$/, '')}, sans tarder ;`;
      await propose(france, frWording, 'Urgence');
      await op1(france).locator('[data-proposal="FRA"]').waitFor();
      // The preview and the compilation show the change word by word.
      await expect(op1(france).locator('[data-proposal="FRA"] ins').first().textContent()).resolves.toContain(
        'sans tarder',
      );

      const usa = await open('usa@concordia.test');
      await propose(usa, null, 'Covered elsewhere');
      await op1(usa).locator('[data-proposal="US"]').waitFor();
      await expect(op1(usa).locator('[data-proposal="US"]').textContent()).resolves.toMatch(
        /\[US\s:\ssupprimer\]/,
      );

      const italy = await open('italy@concordia.test');
      await op1(italy).locator('[data-proposal="FRA"]').getByRole('button', { name: 'Appuyer' }).click();
      await op1(italy).locator('[data-proposal="FRA, ITA"]').waitFor();

      const belarus = await open('belarus@concordia.test');
      // No browser prompt: the reason of a rejection is typed in place, under the proposal.
      const us = op1(belarus).locator('[data-proposal="US"]');
      await us.getByRole('button', { name: 'Rejeter' }).click();
      await us.getByLabel('Motif du rejet').fill('Le paragraphe est essentiel');
      await us.locator('.decision-form').getByRole('button', { name: 'Rejeter' }).click();
      await us.waitFor({ state: 'detached' });
      // Accepting changes the text: it asks first.
      await op1(belarus)
        .locator('[data-proposal="FRA, ITA"]')
        .getByRole('button', { name: 'Accepter', exact: true })
        .click();
      await belarus.getByRole('dialog').getByRole('button', { name: 'Accepter' }).click();
      await op1(belarus).locator('[data-proposal="FRA, ITA"]').waitFor({ state: 'detached' });
      await expect(op1(belarus).locator('span.text').first().textContent()).resolves.toContain('sans tarder');
      await op1(belarus).getByRole('button', { name: 'approuvé ad ref.' }).click();
      // The counts change once the server has answered: wait for that, do not read at once.
      await belarus
        .getByTestId('counts')
        .filter({ hasText: /PD 1\/\d+ approuvés/ })
        .waitFor();

      // Everybody sees the same state: France reloads.
      await france.reload();
      await expect(france.getByTestId('counts').textContent()).resolves.toMatch(/PD 1\/\d+ approuvés/);
      await expect(op1(france).getByTestId('paragraph-status').textContent()).resolves.toBe(
        'approuvé ad ref.',
      );
      const history = france.getByTestId('history');
      await expect(history.locator('li[data-status="accepted"]').textContent()).resolves.toMatch(/PD 1|OP 1/);
      await expect(history.locator('li[data-status="accepted"]').textContent()).resolves.toContain(
        'FRA, ITA',
      );
      await expect(history.locator('li[data-status="rejected"]').textContent()).resolves.toContain(
        'Le paragraphe est essentiel',
      );
      // The rejected proposal is still there when the filter includes rejected proposals.
      await france.getByLabel('rejetées').check();
      await op1(france).locator('[data-proposal="US"]').waitFor();
    });
  },
);

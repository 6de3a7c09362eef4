import { appAndBrowser, describeE2E, loginAs } from './harness';

jest.setTimeout(120_000);

describeE2E('a user signs in and sees the drafts of session 76', () => {
  const suite = appAndBrowser();

  it('lists agenda item 108 and its seven drafts and the draft under negotiation, with their sponsors, in French and in English', async () => {
    const page = await suite.browser.newPage();
    await loginAs(page, suite.server.url, 'france@concordia.test');
    await page.getByRole('link', { name: /Session 76/ }).click();
    await page.getByRole('link', { name: /108 — Prévention du crime et justice pénale/ }).click();
    const drafts = page.locator('li.draft');
    await drafts.first().waitFor();
    expect(await drafts.count()).toBe(8);
    const symbols = await page
      .locator('li.draft')
      .evaluateAll((els) => els.map((e) => e.getAttribute('data-symbol')));
    expect(symbols).toEqual([
      'A/C.3/76/CRP.1',
      'A/C.3/76/L.2',
      'A/C.3/76/L.3',
      'A/C.3/76/L.4',
      'A/C.3/76/L.5',
      'A/C.3/76/L.6',
      'A/C.3/76/L.9/Rev.1',
      'A/C.3/76/L.10/Rev.1',
    ]);
    const l10 = page.locator('li.draft[data-symbol="A/C.3/76/L.10/Rev.1"]');
    await expect(l10.locator('.sponsors').first().textContent()).resolves.toMatch(
      /^Auteurs principaux \(20\)\s*:\s*Arménie, Azerbaïdjan, Bélarus/,
    );

    await page.getByLabel('Langue de l’interface').selectOption('en');
    await page.locator('html[lang="en"]').waitFor();
    await expect(l10.locator('.sponsors').first().textContent()).resolves.toMatch(
      /^Main sponsors \(20\)\s*:\s*Armenia, Azerbaijan, Belarus/,
    );
    await expect(l10.locator('.title').textContent()).resolves.toBe(
      'Improving the coordination of efforts against trafficking in persons',
    );
  });

  it('refuses a wrong password with a message', async () => {
    const page = await suite.browser.newPage();
    await page.goto(suite.server.url);
    await page.getByLabel('Adresse électronique').fill('france@concordia.test');
    await page.getByLabel('Mot de passe').fill('wrong-password');
    await page.getByRole('button', { name: 'Se connecter' }).click();
    // Worded in the interface language, not the server's English message.
    await expect(page.getByRole('alert').textContent()).resolves.toBe(
      'Adresse électronique ou mot de passe incorrect.',
    );
  });
});

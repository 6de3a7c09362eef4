import { appAndBrowser, describeE2E, loginAs } from './harness';

jest.setTimeout(120_000);

describeE2E('the report page of an agenda item', () => {
  const suite = appAndBrowser();

  it('previews the French report of item 108, lists what the record lacks, and downloads Word', async () => {
    const page = await suite.browser.newPage();
    await loginAs(page, suite.server.url, 'secretariat@concordia.test');
    await page.getByRole('link', { name: /Session 76/ }).click();
    await page.getByRole('link', { name: /108 — Prévention du crime/ }).click();
    await page.getByRole('link', { name: 'Rapport de la Commission sur ce point' }).click();

    // The demo record does not know the dates of meetings 2 to 5: the report says so instead of guessing, in the
    // interface language (not as the record's field path).
    const warnings = page.getByLabel('Éléments manquants dans le dossier');
    await warnings.locator('li').first().waitFor();
    await expect(warnings.textContent()).resolves.toMatch(
      /La séance 2 n’a pas de date dans le dossier : elle est citée sans date\./,
    );

    const preview = page.frameLocator('iframe.report-preview');
    await preview.getByRole('heading', { name: /Recommandations de la Troisième Commission/ }).waitFor();
    await expect(preview.locator('body').textContent()).resolves.toMatch(
      /À sa 10e séance, le 12 novembre, la Commission était saisie d’un projet de résolution révisé intitulé/,
    );

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('link', { name: 'Télécharger DOCX' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('report-76-C3-108-fr.docx');

    await page.getByLabel('Langue du rapport').selectOption('en');
    await preview.getByRole('heading', { name: /Recommendations of the Third Committee/ }).waitFor();
  });
});

import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';

export const ROOT = resolve(__dirname, '..');
export const DEMO_PASSWORD = 'concordia-demo';
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** The e2e layer needs Chromium; CI installs it (see .ci/run), elsewhere the suite says it is skipped. */
export const describeE2E: jest.Describe =
  process.env.CONCORDIA_TEST_CHROMIUM === 'up' ? describe : (describe.skip as jest.Describe);

export interface RunningServer {
  url: string;
  process: ChildProcess;
  close: () => Promise<void>;
}

/**
 * The built application (`pnpm build` first: server/dist and client/dist) on a free port, with a fresh
 * embedded database and the demo record — what a new user gets from the quick start.
 */
export async function startServer(env: Record<string, string> = {}): Promise<RunningServer> {
  const dataDir = mkdtempSync(join(tmpdir(), 'concordia-e2e-'));
  const child = spawn(process.execPath, [join(ROOT, 'server/dist/main.js')], {
    cwd: ROOT,
    env: {
      ...process.env,
      PORT: '0',
      HOST: '127.0.0.1',
      CONCORDIA_DATA_DIR: dataDir,
      CONCORDIA_DEMO: 'true',
      DATABASE_URL: '',
      REDIS_URL: '',
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const url = await new Promise<string>((ok, fail) => {
    const timer = setTimeout(() => fail(new Error(`server did not start within 60 s:\n${output}`)), 60_000);
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const m = /listening on (http:\/\/localhost:\d+)/.exec(output);
      if (m) {
        clearTimeout(timer);
        ok(m[1]!.replace('localhost', '127.0.0.1'));
      }
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', onData);
    child.on('exit', (code) => {
      clearTimeout(timer);
      fail(new Error(`server exited with code ${code}:\n${output}`));
    });
  });
  return {
    url,
    process: child,
    close: async () => {
      if (child.exitCode === null) {
        const exited = new Promise((r) => child.once('exit', r));
        child.kill('SIGTERM');
        await exited;
      }
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/**
 * The browser the suites drive. The interface follows the browser's language when the user has not chosen one,
 * and Playwright gives every context `en-US` unless told otherwise; the suites read the French interface (the
 * demo is a French record), so contexts default to a French browser. A suite that wants English says so.
 */
export async function launchBrowser(): Promise<Browser> {
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
  const newContext = browser.newContext.bind(browser);
  const newPage = browser.newPage.bind(browser);
  browser.newContext = (options = {}) => newContext({ locale: 'fr-FR', ...options });
  browser.newPage = (options = {}) => newPage({ locale: 'fr-FR', ...options });
  return browser;
}

/** Signs in through the login form, as a user would. */
export async function loginAs(
  page: Page,
  url: string,
  email: string,
  password = DEMO_PASSWORD,
): Promise<void> {
  await page.goto(url);
  await page.getByLabel(/Adresse électronique|E-mail/).fill(email);
  await page.getByLabel(/Mot de passe|Password/).fill(password);
  await page.getByRole('button', { name: /Se connecter|Sign in/ }).click();
  await page.getByTestId('who').waitFor();
}

/** Id of a draft of session 76 by symbol, through the API with the page's own session. */
export async function draftId(page: Page, symbol: string): Promise<string> {
  return page.evaluate(async (sym) => {
    const res = await fetch('/api/sessions/76/drafts', { credentials: 'same-origin' });
    const list = (await res.json()) as { id: string; symbol: string }[];
    const d = list.find((x) => x.symbol === sym);
    if (!d) throw new Error(`no draft ${sym}`);
    return d.id;
  }, symbol);
}

/** Waits for a condition checked outside the page (polled, never a fixed sleep); fails with `what` after `ms`. */
export async function until(what: string, check: () => Promise<boolean>, ms = 20_000): Promise<void> {
  const end = Date.now() + ms;
  while (!(await check())) {
    if (Date.now() > end) throw new Error(`timed out after ${ms} ms waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** The text of the draft editor, without the other users' cursors (whose name labels sit inside the text). */
export function editorText(page: Page): Promise<string> {
  return page.getByTestId('draft-editor').evaluate((el) => {
    const copy = el.cloneNode(true) as HTMLElement;
    copy.querySelectorAll('.collaboration-carets__caret').forEach((c) => c.remove());
    return copy.textContent ?? '';
  });
}

/**
 * The built app and a browser for the enclosing suite: started before its tests, closed after them. Read
 * `suite.server` and `suite.browser` inside hooks and tests (they exist once the suite has started).
 */
export function appAndBrowser(env: Record<string, string> = {}): {
  readonly server: RunningServer;
  readonly browser: Browser;
} {
  let server: RunningServer | undefined;
  let browser: Browser | undefined;
  beforeAll(async () => {
    server = await startServer(env);
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });
  return {
    get server() {
      if (!server) throw new Error('the suite has not started its server');
      return server;
    },
    get browser() {
      if (!browser) throw new Error('the suite has not started its browser');
      return browser;
    },
  };
}

/** Opens a draft page and waits until its editor is connected, in the mode (read-write or read-only) expected. */
export async function openDraft(page: Page, url: string, id: string, canEdit: boolean): Promise<void> {
  await page.goto(`${url}/drafts/${id}`);
  await page.getByTestId('draft-editor').waitFor();
  await page.locator(`[data-testid="mode"][data-can-edit="${canEdit}"]`).waitFor();
  await page.locator('[data-testid="connection"][data-status="connected"]').waitFor();
}

/**
 * Cuts the page's browser context off the network, waits until the page knows, then types `text` at the end of
 * the first or last operative paragraph and waits until the page shows its edits as waiting to be sent.
 */
export async function typeOffline(page: Page, paragraph: 'first' | 'last', text: string): Promise<void> {
  await page.context().setOffline(true);
  await page
    .locator('[data-testid="connection"]:not([data-status="connected"])')
    .waitFor({ timeout: 40_000 });
  await page.locator('.r-operative .r-para[data-level="0"]')[paragraph]().click();
  await page.keyboard.press('End');
  await page.keyboard.type(` ${text}`);
  await page.locator('[data-testid="save"][data-state="pending"]').waitFor();
}

/** Waits until the page says the server has every edit made in it (acknowledged as in its log). */
export async function allSaved(page: Page): Promise<void> {
  await page.locator('[data-testid="connection"][data-status="connected"]').waitFor({ timeout: 40_000 });
  await page.locator('[data-testid="save"][data-state="saved"]').waitFor({ timeout: 40_000 });
}

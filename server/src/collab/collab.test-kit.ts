/* Helpers for the collab integration tests (not a test file itself). */
import * as decoding from 'lib0/decoding';
import { WebSocket } from 'ws';
import { WebsocketProvider } from 'y-websocket';
import * as Y from 'yjs';
import { FRAGMENT, isSyncUpdate, MSG, N, yDocToText } from '@concordia/resolution';
import type { ResolutionText } from '@concordia/schema';
import { api, login } from '../../test/harness';

export const PASSWORD = 'secret-password';

/** Text of the test draft: Roman-numbered parts, sub-paragraphs and footnotes, as in seed 004. */
export const TEXT: ResolutionText = {
  language: 'fr',
  preamble: [
    'Rappelant sa résolution 61/183[^1],',
    'Vivement préoccupée par le problème mondial de la drogue,',
  ],
  operative: [
    { heading: 'Coopération internationale', number: 'I', level: 1 },
    'Réaffirme que la lutte est une responsabilité commune[^1];',
    {
      text: 'Demande à tous les États :',
      sub: ['En soutenant le développement alternatif;', 'En obtenant des résultats;'],
    },
    { heading: 'L’action du système des Nations Unies', number: 'II', level: 1 },
    'Prie le Secrétaire général de lui présenter un rapport.',
  ],
  footnotes: { '1': 'Résolution 61/183.' },
};

export function dossier(text: ResolutionText = TEXT) {
  return {
    format: 'concordia-dossier/1',
    session: 76,
    committee: 'C3',
    agendaItems: [
      {
        number: '108',
        title: { fr: 'Prévention du crime et justice pénale', en: 'Crime prevention and criminal justice' },
      },
    ],
    meetings: [{ number: 10, date: '2021-11-12', kind: 'formal' }],
    drafts: [
      {
        symbol: 'A/C.3/76/L.10/Rev.1',
        agendaItem: '108',
        title: { fr: 'Coopération internationale face au problème mondial de la drogue' },
        origin: { kind: 'delegations' },
        mainSponsors: ['ARM', 'BLR'],
        additionalSponsors: ['DZA'],
        text,
      },
    ],
  };
}

/** Accounts of the tests: a secretariat member, a main-sponsor delegate, a non-sponsor delegate, an observer. */
export const ACCOUNTS = [
  { email: 'sec@un.test', name: 'Secrétariat', role: 'secretariat' as const },
  { email: 'blr@un.test', name: 'Belarus', role: 'delegate' as const, delegation: 'BLR' },
  { email: 'fra@un.test', name: 'France', role: 'delegate' as const, delegation: 'FRA' },
  { email: 'obs@un.test', name: 'Observer', role: 'observer' as const },
];

export type Tokens = Record<'sec' | 'blr' | 'fra' | 'obs', string>;

/** Creates the accounts through the API of a running server (first one via `create`), imports the dossier. */
export async function seed(
  url: string,
  createFirst: (a: (typeof ACCOUNTS)[number] & { password: string }) => Promise<unknown>,
): Promise<{ tokens: Tokens; draftId: string }> {
  await createFirst({ ...ACCOUNTS[0]!, password: PASSWORD });
  const sec = await login(url, 'sec@un.test', PASSWORD);
  for (const a of ACCOUNTS.slice(1)) {
    const r = await api(url, sec).post('/users', { ...a, password: PASSWORD });
    if (r.status !== 201) throw new Error(`create ${a.email}: ${r.status} ${JSON.stringify(r.body)}`);
  }
  const imp = await api(url, sec).post('/dossiers', dossier());
  if (imp.status !== 201) throw new Error(`import: ${imp.status} ${JSON.stringify(imp.body)}`);
  return { tokens: await tokens(url), draftId: await draftIdOf(url, sec) };
}

export async function tokens(url: string): Promise<Tokens> {
  return {
    sec: await login(url, 'sec@un.test', PASSWORD),
    blr: await login(url, 'blr@un.test', PASSWORD),
    fra: await login(url, 'fra@un.test', PASSWORD),
    obs: await login(url, 'obs@un.test', PASSWORD),
  };
}

export async function draftIdOf(url: string, token: string): Promise<string> {
  const r = await api(url, token).get('/sessions/76/drafts?agendaItem=108');
  const d = (r.body as { id: string; symbol: string }[]).find((x) => x.symbol === 'A/C.3/76/L.10/Rev.1');
  if (!d) throw new Error(`draft not found: ${r.status} ${JSON.stringify(r.body)}`);
  return d.id;
}

/** Polls a condition (no fixed sleeps): resolves as soon as it holds, fails with `what` after the timeout. */
export async function until(
  cond: () => boolean | Promise<boolean>,
  what: string | (() => string),
  timeoutMs = 10_000,
): Promise<void> {
  const end = Date.now() + timeoutMs;
  for (;;) {
    if (await cond()) return;
    if (Date.now() > end)
      throw new Error(`timed out waiting for: ${typeof what === 'string' ? what : what()}`);
    await new Promise((r) => setTimeout(r, 10));
  }
}

export interface Client {
  doc: Y.Doc;
  provider: WebsocketProvider;
  denied: string[];
  granted: number;
  closes: { code: number; reason: string }[];
  /** Sync updates sent on the current socket, and the count of them the server said are saved (`?acks=1`). */
  sent: () => number;
  saved: number;
  /** Called after each sync update is sent, with its number on the socket. */
  onSent: ((n: number) => void) | null;
  destroy: () => void;
}

/**
 * The stock y-websocket client, as a browser would use it (with a Node WebSocket). With `acks`, it asks for
 * `saved` acknowledgements and counts the sync updates it sends, as the app's client does.
 */
export function connect(
  base: string,
  draftId: string,
  token: string | undefined,
  name = 'client',
  opts: { acks?: boolean } = {},
): Client {
  const doc = new Y.Doc();
  let c: Client | null = null;
  class CountingSocket extends WebSocket {
    updatesSent = 0;
    override send(data: Parameters<WebSocket['send']>[0], ...rest: unknown[]) {
      (super.send as (...a: unknown[]) => void)(data, ...rest);
      if (isSyncUpdate(data)) {
        this.updatesSent += 1;
        c?.onSent?.(this.updatesSent);
      }
    }
  }
  const provider = new WebsocketProvider(base.replace(/^http/, 'ws') + '/collab', draftId, doc, {
    WebSocketPolyfill: CountingSocket as unknown as typeof globalThis.WebSocket,
    params: { ...(token ? { token } : {}), ...(opts.acks ? { acks: '1' } : {}) },
    disableBc: true,
  });
  provider.on('status', (e: { status: string }) => {
    if (e.status === 'connected') c!.saved = 0;
  });
  c = {
    doc,
    provider,
    denied: [],
    granted: 0,
    closes: [],
    sent: () => (provider.ws as unknown as CountingSocket | null)?.updatesSent ?? 0,
    saved: 0,
    onSent: null,
    // The provider's awareness has its own timer, stopped when the document is destroyed.
    destroy: () => {
      provider.destroy();
      doc.destroy();
    },
  };
  // Read the auth messages (0 = denied, 1 = granted) instead of the stock handler's console warning.
  provider.messageHandlers[2] = (_enc, dec) => {
    const kind = decoding.readVarUint(dec);
    const reason = decoding.readVarString(dec);
    if (kind === 0) c.denied.push(reason);
    else c.granted += 1;
  };
  provider.messageHandlers[MSG.saved] = (_enc, dec) => {
    c.saved = decoding.readVarUint(dec);
  };
  provider.on('connection-close', (e) => {
    if (e) c.closes.push({ code: e.code, reason: e.reason });
  });
  provider.awareness.setLocalStateField('user', { name });
  return c;
}

export const synced = (c: Client) => until(() => c.provider.synced, 'client synced');

export function operative(doc: Y.Doc): Y.XmlElement {
  const el = doc
    .getXmlFragment(FRAGMENT)
    .toArray()
    .find((e) => e instanceof Y.XmlElement && e.nodeName === N.operative);
  if (!el) throw new Error('no operative part in the document (not synced?)');
  return el as Y.XmlElement;
}

/** Adds an operative paragraph at the end, as the editor does when Enter is pressed and text typed. */
export function addParagraph(doc: Y.Doc, text: string) {
  const op = operative(doc);
  const p = new Y.XmlElement(N.para);
  p.setAttribute('level', 0 as unknown as string);
  p.insert(0, [new Y.XmlText(text)]);
  op.insert(op.length, [p]);
}

/** Types one character at the end of the last operative paragraph. */
export function typeChar(doc: Y.Doc, ch: string) {
  const op = operative(doc);
  const last = op.get(op.length - 1) as Y.XmlElement;
  const t = last
    .toArray()
    .filter((x): x is Y.XmlText => x instanceof Y.XmlText)
    .pop()!;
  t.insert(t.length, ch);
}

export const operativeTexts = (doc: Y.Doc) =>
  yDocToText(doc).operative.map((o) =>
    typeof o === 'string' ? o : 'text' in o ? o.text : 'heading' in o ? o.heading : o.chapeau,
  );

/** A raw WebSocket to /collab, for protocol abuse; resolves with the close code and reason. */
export function rawSocket(base: string, path: string, opts: { headers?: Record<string, string> } = {}) {
  const ws = new WebSocket(base.replace(/^http/, 'ws') + path, { headers: opts.headers });
  const closed = new Promise<{ code: number; reason: string }>((resolve) =>
    ws.on('close', (code, reason) => resolve({ code, reason: reason.toString() })),
  );
  const opened = new Promise<void>((resolve, reject) => {
    ws.on('open', () => resolve());
    ws.on('error', reject);
  });
  ws.on('error', () => undefined);
  const messages: Buffer[] = [];
  ws.on('message', (d: Buffer) => messages.push(d));
  return { ws, closed, opened, messages };
}

import { DataSource } from 'typeorm';
import { DEMO_PASSWORD, DEMO_WORKING_DRAFT } from '../../src/demo/demo.service';
import { CommentEntity, ProposalEntity } from '../../src/negotiation/negotiation.entities';
import { api, databaseKinds, login, startTestApp, type TestApp } from '../harness';

/**
 * The authorization matrix (issue 12 §3): every operation of the generated OpenAPI document, called by every
 * role, on a draft under negotiation and on an adopted one where the operation concerns a draft. The expected
 * outcome of each call is declared in `MATRIX` below; an operation of the document missing from it fails the
 * suite, so an endpoint is covered the day it is added. A refused write must leave the database as it was.
 *
 * The fixtures are the demo record (seven adopted drafts, among them A/C.3/76/L.10/Rev.1 of which Belarus is a
 * main sponsor) and its informal working draft A/C.3/76/CRP.1 (Belarus and Armenia write it).
 */

type Role = 'anonymous' | 'observer' | 'delegate' | 'sponsor' | 'secretariat';
type State = 'open' | 'adopted';
/** `ok`: any 2xx. Otherwise the exact refusal. */
type Outcome = 'ok' | 400 | 401 | 403 | 404 | 409;

const ROLES: readonly Role[] = ['anonymous', 'observer', 'delegate', 'sponsor', 'secretariat'];
const ACCOUNT: Record<Exclude<Role, 'anonymous'>, string> = {
  observer: 'holysee@concordia.test',
  delegate: 'france@concordia.test', // a delegation that sponsors neither draft
  sponsor: 'belarus@concordia.test', // main sponsor of both L.10/Rev.1 (adopted) and CRP.1 (open)
  secretariat: 'secretariat@concordia.test',
};
const ANY: readonly Role[] = ['observer', 'delegate', 'sponsor', 'secretariat'];
const DELEGATES: readonly Role[] = ['delegate', 'sponsor'];
const WRITERS: readonly Role[] = ['sponsor', 'secretariat'];
const SEC: readonly Role[] = ['secretariat'];

interface Call {
  /** Values of the path's {placeholders}. */
  params?: Record<string, string>;
  query?: string;
  body?: unknown;
  /** Another token for this call (logout revokes the one it is given). */
  token?: string | null;
}

interface Fixture {
  t: TestApp;
  db: DataSource;
  tokens: Record<Role, string | null>;
  sec: ReturnType<typeof api>;
  ita: ReturnType<typeof api>;
  /** `open` is the informal CRP.1; `tabled` an L. draft under negotiation, for what the record does only once a
   * draft is before the Committee (sponsorship, actions). */
  draft: Record<State | 'tabled', string>;
  paragraph: Record<State, { id: string; label: string; text: string }>;
  serial: () => number;
}

interface Row {
  /** Who succeeds while the draft is under negotiation (or always, for an operation on no draft). */
  allow: readonly Role[] | 'public';
  /**
   * Who still succeeds once the Committee has adopted the draft. Absent: the operation does not concern a
   * draft and runs once. A role allowed on the open draft but not here must get 409 (`acted-on`).
   */
  adopted?: readonly Role[];
  /** Builds the call (fresh objects to act on), once per role and state, before the database is fingerprinted. */
  call?: (f: Fixture, state: State, role: Role) => Promise<Call> | Call;
  /** Outcomes that are not a matter of roles, with the reason. */
  except?: Partial<Record<State, Partial<Record<Role, Outcome>>>>;
  /** Brings the draft back to where the next role starts from (after a success or a refusal). */
  after?: (f: Fixture, state: State) => Promise<void>;
}

const draftCall = (f: Fixture, s: State, extra: Call = {}): Call => ({
  ...extra,
  params: { id: f.draft[s], ...extra.params },
});
/** The same on the tabled draft in place of the informal one. */
const tabledCall = (f: Fixture, s: State, extra: Call = {}): Call =>
  draftCall(f, s, { ...extra, params: { id: f.draft[s === 'open' ? 'tabled' : s] } });

/** A proposal by Italy (no role of the matrix), fresh for each call. Adopted drafts take none: it is inserted. */
async function proposal(f: Fixture, s: State): Promise<string> {
  if (s === 'open') {
    const r = await f.ita.post(`/drafts/${f.draft.open}/negotiation/proposals`, {
      paragraphId: f.paragraph.open.id,
      kind: 'amend',
      text: `Nouveau libellé ${f.serial()}`,
    });
    expect(r.status).toBe(201);
    return r.body.id as string;
  }
  const p = f.paragraph.adopted;
  const row = await f.db.getRepository(ProposalEntity).save({
    draftId: f.draft.adopted,
    paragraphId: p.id,
    paragraphLabel: p.label,
    kind: 'amend',
    text: `Proposé avant l’adoption ${f.serial()}`,
    reason: null,
    delegationCode: 'ITA',
    authorEmail: 'italy@concordia.test',
    status: 'open',
    baseText: p.text,
  });
  return row.id;
}

async function thread(f: Fixture, s: State): Promise<string> {
  const row = await f.db.getRepository(CommentEntity).save({
    draftId: f.draft[s],
    paragraphId: f.paragraph[s].id,
    parentId: null,
    body: `Fil ${f.serial()}`,
    visibility: 'all',
    delegationCode: 'ITA',
    authorEmail: 'italy@concordia.test',
    authorName: 'Delegate of Italy',
    resolvedAt: null,
    resolvedBy: null,
  });
  return row.id;
}

async function version(f: Fixture, s: State): Promise<string> {
  const r = await f.sec.post(`/drafts/${f.draft[s]}/versions`, { name: `Version ${f.serial()}` });
  expect(r.status).toBe(201);
  return r.body.id as string;
}

const deadline = () => new Date(Date.now() + 7 * 86_400_000).toISOString();
async function silence(f: Fixture, s: State): Promise<void> {
  await noSilence(f, s);
  const r = await f.sec.post(`/drafts/${f.draft[s]}/silence`, { deadline: deadline() });
  expect(r.status).toBe(201);
}
/** Withdraws whatever silence is running (a refused call leaves it running; that is fine too). */
async function noSilence(f: Fixture, s: State): Promise<void> {
  await f.sec.post(`/drafts/${f.draft[s]}/silence/cancel`);
}

const NEW_PASSWORD = 'a long enough passphrase 42';

/** An account of its own for a call that changes the account (its password): id and a signed-in token. */
async function throwaway(f: Fixture, role: Role): Promise<{ id: string; token: string | null }> {
  const email = `matrix-${f.serial()}@concordia.test`;
  const r = await f.sec.post('/users', {
    email,
    name: 'Matrix',
    password: NEW_PASSWORD,
    role:
      role === 'anonymous' || role === 'observer'
        ? 'observer'
        : role === 'secretariat'
          ? 'secretariat'
          : 'delegate',
    ...(role === 'delegate' && { delegation: 'FRA' }),
    ...(role === 'sponsor' && { delegation: 'BLR' }),
  });
  expect(r.status).toBe(201);
  return {
    id: r.body.id as string,
    token: role === 'anonymous' ? null : await login(f.t.url, email, NEW_PASSWORD),
  };
}

const TINY_DOSSIER = {
  format: 'concordia-dossier/1',
  session: 77,
  committee: 'C3',
  agendaItems: [{ number: '20', title: { en: 'An item of the matrix test' } }],
  meetings: [],
  drafts: [],
};

/** Every operation of the OpenAPI document, by `METHOD path`. */
const MATRIX: Record<string, Row> = {
  'GET /api/health': { allow: 'public' },
  'POST /api/auth/login': {
    allow: 'public',
    call: () => ({ body: { email: ACCOUNT.observer, password: DEMO_PASSWORD } }),
  },
  'POST /api/auth/logout': {
    allow: 'public',
    // A fresh session of the same account, so the matrix keeps its own tokens.
    call: async (f, _s, role) => ({
      token: role === 'anonymous' ? null : await login(f.t.url, ACCOUNT[role], DEMO_PASSWORD),
    }),
  },
  'GET /api/auth/me': { allow: ANY },
  'GET /api/users': { allow: SEC },
  'POST /api/users': {
    allow: SEC,
    call: (f) => ({
      body: {
        email: `matrix-${f.serial()}@concordia.test`,
        name: 'Matrix',
        password: NEW_PASSWORD,
        role: 'observer',
      },
    }),
  },
  'PATCH /api/users/{id}': {
    allow: SEC,
    call: async (f) => ({ params: { id: (await throwaway(f, 'observer')).id }, body: { name: 'Renamed' } }),
  },
  'PUT /api/users/{id}/password': {
    allow: SEC,
    call: async (f) => ({
      params: { id: (await throwaway(f, 'observer')).id },
      body: { newPassword: 'yet another long passphrase 7' },
    }),
  },
  'PUT /api/account/password': {
    allow: ANY,
    call: async (f, _s, role) => ({
      token: (await throwaway(f, role)).token,
      body: { currentPassword: NEW_PASSWORD, newPassword: 'yet another long passphrase 7' },
    }),
  },
  'PUT /api/account/language': { allow: ANY, call: () => ({ body: { language: 'fr' } }) },
  'GET /api/sessions': { allow: ANY },
  'GET /api/sessions/{session}': { allow: ANY, call: () => ({ params: { session: '76' } }) },
  'GET /api/sessions/{session}/drafts': { allow: ANY, call: () => ({ params: { session: '76' } }) },
  'GET /api/drafts/{id}': { allow: ANY, adopted: ANY, call: (f, s) => draftCall(f, s) },
  'GET /api/delegations': { allow: ANY },
  'POST /api/dossiers': { allow: SEC, call: () => ({ body: TINY_DOSSIER }) },
  'GET /api/sessions/{session}/dossier': { allow: SEC, call: () => ({ params: { session: '76' } }) },
  'GET /api/sessions/{session}/agenda-items/{item}/report': {
    allow: ANY,
    call: () => ({ params: { session: '76', item: '108' }, query: 'format=json' }),
  },
  'GET /api/audit': { allow: SEC },
  'GET /api/drafts/{id}/sponsorship': { allow: ANY, adopted: ANY, call: (f, s) => draftCall(f, s) },
  'POST /api/drafts/{id}/sponsorship': {
    // Delegations join (or withdraw) for themselves; the Secretariat records it for them.
    allow: ['delegate', 'secretariat'],
    adopted: [],
    call: (f, s, role) =>
      tabledCall(f, s, {
        body: role === 'secretariat' ? { change: 'join', delegation: 'ITA' } : { change: 'join' },
      }),
    // A main sponsor is already on the list (and once the Committee has acted, the list is frozen): not a
    // question of rights.
    except: { open: { sponsor: 409 }, adopted: { sponsor: 409 } },
    after: async (f, s) => {
      for (const d of ['ITA', 'FRA'])
        await f.sec.post(`/drafts/${f.draft[s === 'open' ? 'tabled' : s]}/sponsorship`, {
          change: 'withdraw',
          delegation: d,
        });
    },
  },
  'PUT /api/drafts/{id}/sponsorship/open': {
    // Once the Committee has acted, the list of sponsors is frozen for everyone (`frozen`).
    allow: WRITERS,
    adopted: [],
    call: (f, s) => draftCall(f, s, { body: { open: true } }),
  },
  'GET /api/sessions/{session}/settings': { allow: ANY, call: () => ({ params: { session: '76' } }) },
  'PUT /api/sessions/{session}/settings': {
    allow: SEC,
    call: () => ({ params: { session: '76' }, body: { observersMaySponsor: false } }),
  },
  'GET /api/sessions/{session}/meetings': { allow: ANY, call: () => ({ params: { session: '76' } }) },
  'POST /api/sessions/{session}/meetings': {
    allow: SEC,
    call: (f) => ({ params: { session: '76' }, body: { number: 900 + f.serial(), date: '2021-12-01' } }),
  },
  'GET /api/sessions/{session}/meetings/{number}': {
    allow: ANY,
    call: () => ({ params: { session: '76', number: '7' } }),
  },
  'GET /api/drafts/{id}/actions': { allow: ANY, adopted: ANY, call: (f, s) => draftCall(f, s) },
  'POST /api/drafts/{id}/actions': {
    // On the tabled draft: the informal one is not before the Committee (the record refuses: `record-order`).
    allow: SEC,
    adopted: SEC,
    call: (f, s) =>
      tabledCall(f, s, {
        body: {
          action: { meeting: 7, type: 'statement', timing: 'general', speakers: [{ delegation: 'FRA' }] },
        },
      }),
  },
  'POST /api/actions/{id}/supersede': {
    allow: SEC,
    call: async (f) => {
      const r = await f.sec.post(`/drafts/${f.draft.adopted}/actions`, {
        action: { meeting: 7, type: 'statement', timing: 'after-action', speakers: [{ delegation: 'USA' }] },
      });
      expect(r.status).toBe(201);
      return { params: { id: r.body.action.id }, body: { reason: 'recorded twice' } };
    },
  },
  'POST /api/votes/parse': { allow: SEC, call: () => ({ body: { yes: 'France', no: '', abstain: '' } }) },
  // Public, as the UN's own status of action page is.
  'GET /api/sessions/{session}/status': { allow: 'public', call: () => ({ params: { session: '76' } }) },
  'GET /api/sessions/{session}/votes': { allow: 'public', call: () => ({ params: { session: '76' } }) },
  'GET /api/drafts/{id}/negotiation/compilation': {
    allow: ANY,
    adopted: ANY,
    call: (f, s) => draftCall(f, s),
  },
  'GET /api/drafts/{id}/negotiation/proposals': { allow: ANY, adopted: ANY, call: (f, s) => draftCall(f, s) },
  'POST /api/drafts/{id}/negotiation/proposals': {
    allow: DELEGATES,
    adopted: [],
    call: (f, s) =>
      draftCall(f, s, {
        body: { paragraphId: f.paragraph[s].id, kind: 'amend', text: `Libellé ${f.serial()}` },
      }),
  },
  'POST /api/negotiation/proposals/{pid}/support': {
    allow: DELEGATES,
    adopted: [],
    call: async (f, s) => ({ params: { pid: await proposal(f, s) } }),
  },
  'POST /api/negotiation/proposals/{pid}/decision': {
    allow: WRITERS,
    adopted: SEC,
    call: async (f, s) => ({
      params: { pid: await proposal(f, s) },
      body: { decision: 'rejected', reason: 'not now' },
    }),
  },
  'PUT /api/drafts/{id}/negotiation/paragraphs/{paragraphId}/status': {
    allow: WRITERS,
    adopted: SEC,
    call: (f, s) =>
      draftCall(f, s, {
        params: { id: f.draft[s], paragraphId: f.paragraph[s].id },
        body: { status: 'agreed' },
      }),
  },
  'GET /api/drafts/{id}/negotiation/comments': { allow: ANY, adopted: ANY, call: (f, s) => draftCall(f, s) },
  'POST /api/drafts/{id}/negotiation/comments': {
    allow: ['delegate', 'sponsor', 'secretariat'],
    adopted: SEC,
    call: (f, s) =>
      draftCall(f, s, { body: { paragraphId: f.paragraph[s].id, body: `Remarque ${f.serial()}` } }),
  },
  'POST /api/negotiation/comments/{cid}/resolve': {
    // Its author (Italy here) or the penholders.
    allow: WRITERS,
    adopted: SEC,
    call: async (f, s) => ({ params: { cid: await thread(f, s) } }),
    // The draft's state is asked before authorship.
    except: { adopted: { delegate: 409 } },
  },
  'GET /api/drafts/{id}/negotiation/predecessor': {
    allow: ANY,
    adopted: ANY,
    call: (f, s) => draftCall(f, s),
  },
  'PUT /api/drafts/{id}/negotiation/predecessor': {
    allow: WRITERS,
    adopted: SEC,
    call: (f, s) => draftCall(f, s, { body: { label: 'A/RES/75/1', pasted: '1. Prend note du rapport.' } }),
  },
  'GET /api/drafts/{id}/versions': { allow: ANY, adopted: ANY, call: (f, s) => draftCall(f, s) },
  'POST /api/drafts/{id}/versions': {
    allow: WRITERS,
    adopted: SEC,
    call: (f, s) => draftCall(f, s, { body: { name: `Version ${f.serial()}` } }),
  },
  'GET /api/drafts/{id}/versions/compare': {
    allow: ANY,
    adopted: ANY,
    call: (f, s) => draftCall(f, s, { query: 'a=live&b=live' }),
  },
  'POST /api/drafts/{id}/versions/{vid}/restore': {
    allow: WRITERS,
    adopted: SEC,
    call: async (f, s) => draftCall(f, s, { params: { id: f.draft[s], vid: await version(f, s) } }),
  },
  'GET /api/drafts/{id}/silence': { allow: ANY, adopted: ANY, call: (f, s) => draftCall(f, s) },
  'POST /api/drafts/{id}/silence': {
    allow: WRITERS,
    adopted: SEC,
    call: (f, s) => draftCall(f, s, { body: { deadline: deadline() } }),
    after: noSilence,
  },
  'POST /api/drafts/{id}/silence/break': {
    allow: ['delegate'],
    adopted: [],
    call: async (f, s) => {
      await silence(f, s);
      return draftCall(f, s, { body: { reason: 'We object to OP 1.' } });
    },
    // Penholders withdraw their silence; they do not break it (`penholder-breaks`). Once the Committee has
    // acted, that question no longer arises (`acted-on`).
    except: { open: { sponsor: 403 }, adopted: { sponsor: 409 } },
    after: noSilence,
  },
  'POST /api/drafts/{id}/silence/cancel': {
    allow: WRITERS,
    adopted: SEC,
    call: async (f, s) => {
      await silence(f, s);
      return draftCall(f, s);
    },
    after: noSilence,
  },
};

/** What the row says for one call. */
function expected(row: Row, state: State | null, role: Role): Outcome {
  const special = state ? row.except?.[state]?.[role] : undefined;
  if (special !== undefined) return special;
  if (row.allow === 'public') return 'ok';
  if (role === 'anonymous') return 401;
  const allowed = state === 'adopted' ? row.adopted! : row.allow;
  if (allowed.includes(role)) return 'ok';
  return state === 'adopted' && row.allow.includes(role) ? 409 : 403;
}

/** A digest of every table but the sign-in sessions: a refused write must leave it unchanged. */
async function fingerprint(db: DataSource): Promise<Record<string, string>> {
  const tables = (
    (await db.query(
      `SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE' ORDER BY table_name`,
    )) as { table_name: string }[]
  )
    .map((r) => r.table_name)
    .filter((n) => !/token|session_token|migrations/i.test(n));
  const rows = (await db.query(
    tables
      .map(
        (n) =>
          `SELECT '${n}' AS t, md5(coalesce(string_agg(x::text, '|' ORDER BY x::text), '')) AS h FROM "${n}" x`,
      )
      .join(' UNION ALL '),
  )) as { t: string; h: string }[];
  return Object.fromEntries(rows.map((r) => [r.t, r.h]));
}

function fill(path: string, params: Record<string, string>): string {
  return path.replace(/\{(\w+)\}/g, (_, k: string) => {
    const v = params[k];
    if (v === undefined) throw new Error(`${path}: no value for {${k}}`);
    return encodeURIComponent(v);
  });
}

for (const kind of databaseKinds()) {
  describe(`authorization matrix over the OpenAPI document (${kind})`, () => {
    let f: Fixture;
    let operations: string[];

    beforeAll(async () => {
      // The sign-in throttle is not what this suite tests, and it signs in some fifty times from one address.
      const t = await startTestApp(kind, {
        CONCORDIA_DEMO: 'true',
        CONCORDIA_SIGNIN_PER_ACCOUNT: '10000',
        CONCORDIA_SIGNIN_PER_ADDRESS: '10000',
      });
      const tokens = { anonymous: null } as Record<Role, string | null>;
      for (const r of ROLES) if (r !== 'anonymous') tokens[r] = await login(t.url, ACCOUNT[r], DEMO_PASSWORD);
      const sec = api(t.url, tokens.secretariat!);
      const tabled = await sec.post('/dossiers', {
        ...TINY_DOSSIER,
        session: 76,
        agendaItems: [{ number: '108', title: { en: 'Crime prevention and criminal justice' } }],
        drafts: [
          {
            symbol: 'A/C.3/76/L.50',
            agendaItem: '108',
            title: { en: 'A tabled draft of the matrix test' },
            origin: { kind: 'delegations' },
            mainSponsors: ['BLR'],
          },
        ],
      });
      expect(tabled.status).toBe(201);
      const drafts = (await sec.get('/sessions/76/drafts')).body as { id: string; symbol: string }[];
      const id = (symbol: string) => drafts.find((d) => d.symbol === symbol)!.id;
      const draft = {
        open: id(DEMO_WORKING_DRAFT),
        tabled: id('A/C.3/76/L.50'),
        adopted: id('A/C.3/76/L.10/Rev.1'),
      };
      const first = async (id: string) =>
        (await sec.get(`/drafts/${id}/negotiation/compilation`)).body.paragraphs[0] as {
          id: string;
          label: string;
          text: string;
        };
      let n = 0;
      f = {
        t,
        db: t.app.get(DataSource),
        tokens,
        sec,
        ita: api(t.url, await login(t.url, 'italy@concordia.test', DEMO_PASSWORD)),
        draft,
        paragraph: { open: await first(draft.open), adopted: await first(draft.adopted) },
        serial: () => ++n,
      };
      const doc = (await api(t.url).get('/docs/json')).body as {
        paths: Record<string, Record<string, unknown>>;
      };
      operations = Object.entries(doc.paths).flatMap(([p, ops]) =>
        Object.keys(ops)
          .filter((m) => ['get', 'post', 'put', 'patch', 'delete'].includes(m))
          .map((m) => `${m.toUpperCase()} ${p}`),
      );
    }, 300_000);
    afterAll(() => f?.t.close());

    it('declares an expected outcome for every operation of the OpenAPI document, and for no other', () => {
      expect(operations.filter((o) => !(o in MATRIX))).toEqual([]);
      expect(Object.keys(MATRIX).filter((o) => !operations.includes(o))).toEqual([]);
    });

    it('gives every role, on every draft state, the outcome the matrix declares; a refused write changes nothing', async () => {
      const wrong: string[] = [];
      for (const op of operations) {
        const row = MATRIX[op];
        if (!row) continue; // reported by the test above
        const [method, path] = op.split(' ') as [string, string];
        const states: (State | null)[] = row.adopted ? ['open', 'adopted'] : [null];
        for (const state of states) {
          for (const role of ROLES) {
            const want = expected(row, state, role);
            const c: Call = (await row.call?.(f, state ?? 'open', role)) ?? {};
            const before = method !== 'GET' && want !== 'ok' ? await fingerprint(f.db) : null;
            const token = c.token !== undefined ? c.token : f.tokens[role];
            const res = await fetch(
              `${f.t.url}${fill(path, c.params ?? {})}${c.query ? `?${c.query}` : ''}`,
              {
                method,
                headers: {
                  ...(c.body !== undefined && { 'content-type': 'application/json' }),
                  ...(token && { authorization: `Bearer ${token}` }),
                },
                body: c.body === undefined ? undefined : JSON.stringify(c.body),
              },
            );
            const text = await res.text();
            const got: Outcome | number = res.status >= 200 && res.status < 300 ? 'ok' : res.status;
            const where = `${op} as ${role}${state ? ` on the ${state} draft` : ''}`;
            if (got !== want)
              wrong.push(`${where}: expected ${want}, got ${res.status} ${text.slice(0, 200)}`);
            if (got !== 'ok') {
              const body = JSON.parse(text) as { statusCode?: unknown; message?: unknown };
              if (body.statusCode !== res.status || typeof body.message !== 'string')
                wrong.push(`${where}: the refusal is not an ApiError: ${text.slice(0, 200)}`);
            }
            if (before) {
              const after = await fingerprint(f.db);
              const changed = Object.keys(after).filter((k) => after[k] !== before[k]);
              if (changed.length) wrong.push(`${where}: refused, yet changed ${changed.join(', ')}`);
            }
            await row.after?.(f, state ?? 'open');
          }
        }
      }
      expect(wrong).toEqual([]);
    }, 300_000);
  });
}

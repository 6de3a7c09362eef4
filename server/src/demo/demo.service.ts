import * as fs from 'node:fs';
import * as path from 'node:path';
import { Inject, Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import type { DossierInput } from '@concordia/schema';
import { APP_CONFIG, type AppConfig } from '../config/config';
import { DossierService } from '../dossier/dossier.service';
import { UsersService } from '../users/users.service';

export const DEMO_DOSSIER_PATH = path.join(__dirname, 'session-76-c3.json');
export const DEMO_PASSWORD = 'concordia-demo';

/** The accounts the README lists. Delegates belong to delegations that appear in the demo record. */
export const DEMO_ACCOUNTS = [
  {
    email: 'secretariat@concordia.test',
    name: 'Secrétariat de la Troisième Commission',
    role: 'secretariat',
    gender: 'female',
  },
  {
    email: 'belarus@concordia.test',
    name: 'Delegate of Belarus',
    role: 'delegate',
    delegation: 'BLR',
    gender: 'male',
  },
  {
    email: 'italy@concordia.test',
    name: 'Delegate of Italy',
    role: 'delegate',
    delegation: 'ITA',
    gender: 'male',
  },
  {
    email: 'armenia@concordia.test',
    name: 'Delegate of Armenia',
    role: 'delegate',
    delegation: 'ARM',
    gender: 'female',
  },
  {
    email: 'france@concordia.test',
    name: 'Délégation de la France',
    role: 'delegate',
    delegation: 'FRA',
    gender: 'female',
  },
  {
    email: 'usa@concordia.test',
    name: 'Delegate of the United States',
    role: 'delegate',
    delegation: 'USA',
    gender: 'male',
  },
  { email: 'holysee@concordia.test', name: 'Observer of the Holy See', role: 'observer', gender: 'male' },
] as const;

/** First start with an empty database: demo accounts and the 76th-session record, so there is something to see. */
@Injectable()
export class DemoService implements OnApplicationBootstrap {
  private readonly logger = new Logger('Demo');
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly users: UsersService,
    private readonly dossiers: DossierService,
  ) {}

  async onApplicationBootstrap() {
    if (!this.config.demo || (await this.users.count()) > 0) return;
    await this.load();
  }

  async load() {
    const dossier = withWorkingDraft(JSON.parse(fs.readFileSync(DEMO_DOSSIER_PATH, 'utf8')) as DossierInput);
    const summary = await this.dossiers.import(dossier, 'demo');
    for (const a of DEMO_ACCOUNTS) await this.users.create({ ...a, password: DEMO_PASSWORD });
    this.logger.log(
      `Loaded the demo record of session ${summary.session} (${summary.created.drafts} drafts) and ${DEMO_ACCOUNTS.length} demo accounts (password "${DEMO_PASSWORD}").`,
    );
  }
}

/** Symbol of the demo's draft under negotiation: an informal working paper, not yet tabled. */
export const DEMO_WORKING_DRAFT = 'A/C.3/76/CRP.1';

/**
 * Every draft of the real record has been acted on, and an adopted text is frozen for delegations. So that
 * the demo has a text to co-edit and negotiate, it adds one informal draft under the same agenda item: the
 * penholders' working copy of L.10/Rev.1 (Belarus and Armenia write, other delegations read and propose). It
 * has no L. symbol, so the report leaves it out.
 */
export function withWorkingDraft(dossier: DossierInput): DossierInput {
  const l10 = dossier.drafts.find((d) => d.symbol === 'A/C.3/76/L.10/Rev.1');
  if (!l10) throw new Error('demo record: A/C.3/76/L.10/Rev.1 is missing');
  const working: DossierInput['drafts'][number] = {
    symbol: DEMO_WORKING_DRAFT,
    agendaItem: l10.agendaItem,
    title: {
      fr: 'Amélioration de la coordination des efforts déployés pour lutter contre la traite des personnes (texte de négociation)',
      en: 'Improving the coordination of efforts against trafficking in persons (negotiating text)',
    },
    origin: { kind: 'delegations' },
    mainSponsors: ['BLR', 'ARM'],
    text: l10.text,
  };
  return { ...dossier, drafts: [...dossier.drafts, working] };
}

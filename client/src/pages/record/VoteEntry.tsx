import { useMemo, useRef, useState, type KeyboardEvent } from 'react';
import {
  delegations,
  parseVoteLists,
  sortDelegations,
  tally,
  VOTE_CHOICES,
  type VoteChoice,
} from '@concordia/domain';
import { useI18n, useMessages } from '../../lib/i18n';

export type VoteTexts = Record<VoteChoice, string>;

/**
 * Entry of a recorded vote: the three lists pasted as printed, or typed name by name. The lists are checked
 * as they are typed, against the same registry the server uses; the tally is computed, never typed, and the
 * vote cannot be saved while a name is unknown (the server checks again and saves nothing if one is).
 */
export function VoteEntry({ texts, onChange }: { texts: VoteTexts; onChange: (t: VoteTexts) => void }) {
  const { t: tc, lang } = useI18n();
  const m = useMessages('record');
  const [target, setTarget] = useState<VoteChoice>('yes');
  const [name, setName] = useState('');
  const quick = useRef<HTMLInputElement>(null);
  const members = useMemo(
    () =>
      sortDelegations(
        delegations.all().filter((d) => d.kind === 'member-state'),
        lang,
      ),
    [lang],
  );
  const parsed = useMemo(() => parseVoteLists(texts, delegations), [texts]);
  const t = useMemo(() => tally(parsed.lists, delegations), [parsed]);

  /** A suggestion (the registry's English name) in the interface language. */
  const localName = (name: string) => {
    const r = delegations.resolve(name);
    return r.ok ? r.delegation[lang].short : name;
  };
  const add = () => {
    const value = name.trim();
    if (!value) return;
    const current = texts[target].trim();
    onChange({ ...texts, [target]: current ? `${current}, ${value}` : value });
    setName('');
  };
  const onKey = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key === 'Enter') {
      e.preventDefault();
      add();
    }
  };
  const onListKey = (e: KeyboardEvent) => {
    const index = e.altKey ? ['1', '2', '3'].indexOf(e.key) : -1;
    if (index >= 0) {
      e.preventDefault();
      setTarget(VOTE_CHOICES[index]!);
      quick.current?.focus();
    }
  };

  return (
    <fieldset className="vote-entry" onKeyDown={onListKey}>
      <p className="muted">{m('pasteHelp')}</p>
      {VOTE_CHOICES.map((c) => (
        <label key={c} className="vote-list">
          {m(c)} ({parsed.lists[c].length})
          <textarea
            rows={3}
            name={`vote-${c}`}
            data-testid={`vote-${c}`}
            value={texts[c]}
            onChange={(e) => onChange({ ...texts, [c]: e.target.value })}
          />
        </label>
      ))}
      <div className="quick-entry">
        <span>
          {m('quickEntry')}
          {tc('colon')}
        </span>
        {VOTE_CHOICES.map((c, i) => (
          <label key={c}>
            <input type="radio" name="vote-target" checked={target === c} onChange={() => setTarget(c)} />{' '}
            {m(c)} (Alt+{i + 1})
          </label>
        ))}{' '}
        <input
          ref={quick}
          list="member-states"
          value={name}
          onChange={(e) => setName(e.target.value)}
          onKeyDown={onKey}
          aria-label={m('quickEntry')}
        />
        <datalist id="member-states">
          {members.map((d) => (
            <option key={d.code} value={d[lang].short} />
          ))}
        </datalist>
      </div>
      {parsed.problems.length > 0 && (
        <div role="alert" className="error" data-testid="vote-problems">
          <strong>{m('problems')}</strong>
          <ul>
            {parsed.problems.map((p, i) => (
              <li key={i}>
                {m(p.list)}
                {tc('colon')} {m(`problem.${p.reason}`, { name: p.text })}
                {p.suggestions.length > 0 &&
                  ` ${m('didYouMean', { names: p.suggestions.map(localName).join(', ') })}`}
              </li>
            ))}
          </ul>
        </div>
      )}
      <p data-testid="vote-tally">
        <strong>{m('tally')}</strong>
        {tc('colon')} {t.yes}-{t.no}-{t.abstain} · {m('nonVoting')}
        {tc('colon')} {t.nonVoting.length} · {m(t.result)}
      </p>
    </fieldset>
  );
}

export function voteHasProblems(texts: VoteTexts): boolean {
  return parseVoteLists(texts, delegations).problems.length > 0;
}

import { checkVoteLists, parseVoteLists, type DelegationRegistry } from '@concordia/domain';
import type { ActionInput, PastedVote, SpeakerInput } from '@concordia/schema';
import type { IssueView } from '../common/zod';

/**
 * Rewrites every delegation an action names to its code, and collects every name that is not known, with its
 * path, so that the whole form can be corrected at once. Nothing is saved while one issue remains.
 *
 * Observer States that speak are moved to `observers`: the record prints them last
 * (« …, ainsi que l’observateur du Saint-Siège »), whatever the order they spoke in.
 */
export function resolveAction(
  input: ActionInput,
  registry: DelegationRegistry,
): { action: ActionInput; issues: IssueView[] } {
  const issues: IssueView[] = [];
  const ref = (value: string, path: string): string => {
    const r = registry.resolve(value);
    if (r.ok) return r.delegation.code;
    const hint = r.suggestions.length ? ` Did you mean ${r.suggestions.join(', ')}?` : '';
    issues.push({ path, message: `Unknown delegation “${value}”.${hint}` });
    return value;
  };
  const speaker = (s: SpeakerInput, path: string): SpeakerInput => ({
    ...s,
    delegation: ref(s.delegation, `${path}.delegation`),
    ...(s.alsoOnBehalfOf && {
      alsoOnBehalfOf: s.alsoOnBehalfOf.map((v, i) => ref(v, `${path}.alsoOnBehalfOf[${i}]`)),
    }),
    ...(s.onBehalfOfMemberStatesAnd && {
      onBehalfOfMemberStatesAnd: s.onBehalfOfMemberStatesAnd.map((v, i) =>
        ref(v, `${path}.onBehalfOfMemberStatesAnd[${i}]`),
      ),
    }),
  });
  const isObserver = (s: SpeakerInput) => registry.byCode(s.delegation)?.kind === 'observer-state';

  switch (input.type) {
    case 'introduction':
      return { action: { ...input, speaker: speaker(input.speaker, 'action.speaker') }, issues };
    case 'statement': {
      const all = input.speakers.map((s, i) => speaker(s, `action.speakers[${i}]`));
      const observers = [
        ...(input.observers ?? []).map((s, i) => speaker(s, `action.observers[${i}]`)),
        ...all.filter(isObserver),
      ];
      const speakers = all.filter((s) => !isObserver(s));
      if (speakers.length === 0)
        issues.push({
          path: 'action.speakers',
          message: 'A statement needs at least one speaker who is not an observer.',
        });
      return { action: { ...input, speakers, ...(observers.length > 0 && { observers }) }, issues };
    }
    case 'right-of-reply':
      return {
        action: { ...input, speakers: input.speakers.map((s, i) => speaker(s, `action.speakers[${i}]`)) },
        issues,
      };
    case 'oral-revision':
    case 'withdrawal':
      return { action: input.by ? { ...input, by: speaker(input.by, 'action.by') } : input, issues };
    case 'vote': {
      // The tally is computed from the lists: typing both would let them disagree.
      if (input.recorded && input.counts) {
        issues.push({
          path: 'action.counts',
          message: 'A recorded vote is counted from its lists: give "recorded" or "counts", not both.',
        });
      }
      const requestedBy =
        input.requestedBy === undefined ? undefined : ref(input.requestedBy, 'action.requestedBy');
      let recorded = input.recorded;
      if (recorded) {
        const checked = checkVoteLists(recorded, registry);
        for (const p of checked.problems)
          issues.push({ path: `action.recorded.${p.list}`, message: p.message });
        recorded = checked.lists;
      }
      return {
        action: {
          ...input,
          ...(requestedBy !== undefined && { requestedBy }),
          ...(recorded && { recorded }),
        },
        issues,
      };
    }
    default:
      return { action: input, issues };
  }
}

/** A vote pasted as three printed lists, made into a vote action; every unknown name is an issue. */
export function actionFromPastedVote(
  v: PastedVote,
  registry: DelegationRegistry,
): { action: ActionInput; issues: IssueView[] } {
  const parsed = parseVoteLists({ yes: v.yes, no: v.no, abstain: v.abstain }, registry);
  const issues = parsed.problems.map((p) => ({ path: `pastedVote.${p.list}`, message: p.message }));
  const action: ActionInput = {
    type: 'vote',
    meeting: v.meeting,
    on: v.on ?? 'draft',
    ...(v.target !== undefined && { target: v.target }),
    ...(v.result !== undefined && { result: v.result }),
    ...(v.note !== undefined && { note: v.note }),
    recorded: parsed.lists,
  };
  if (v.requestedBy === undefined) return { action, issues };
  const r = resolveAction({ ...action, requestedBy: v.requestedBy }, registry);
  return {
    action: r.action,
    issues: [...issues, ...r.issues.map((i) => ({ ...i, path: i.path.replace(/^action\./, 'pastedVote.') }))],
  };
}

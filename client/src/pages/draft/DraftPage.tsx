import { useEffect, useMemo, useRef, useState } from 'react';
import { Link, useParams } from 'react-router-dom';
import { EditorContent, useEditor } from '@tiptap/react';
import Collaboration from '@tiptap/extension-collaboration';
import CollaborationCaret from '@tiptap/extension-collaboration-caret';
import type { WebsocketProvider } from 'y-websocket';
import type * as Y from 'yjs';
import { DraftSummarySchema } from '@concordia/schema';
import { FRAGMENT, META, type SaveState } from '@concordia/resolution';
import { useAuth } from '../../lib/auth';
import { useI18n, useMessages } from '../../lib/i18n';
import { colourOf } from '../../lib/colour';
import { Pending } from '../../lib/page';
import { useApi } from '../../lib/query';
import { useCollab } from '../../lib/use-collab';
import { SponsorshipPanel } from '../record/SponsorshipPanel';
import { READ_ONLY_MESSAGE } from './messages';
import { numbering, RESOLUTION_NODES } from './resolution-schema';
import './draft.css';

/**
 * The save state as shown: `saving` only once it has lasted a moment, so that the indicator does not flicker at
 * every keystroke (each is saved within milliseconds).
 */
function useShownSave(save: SaveState): SaveState {
  const [shown, setShown] = useState(save);
  useEffect(() => {
    if (save !== 'saving') {
      setShown(save);
      return;
    }
    const t = setTimeout(() => setShown('saving'), 600);
    return () => clearTimeout(t);
  }, [save]);
  return shown;
}

function Editor(props: {
  doc: Y.Doc;
  provider: WebsocketProvider;
  editable: boolean;
  lang: () => 'fr' | 'en';
  user: { name: string; label: string; color: string };
  /** The editor's accessible name (the draft's symbol). */
  label: string;
  /** Where Escape sends the keyboard: Tab indents inside the text, so it cannot be the way out. */
  onEscape: () => void;
}) {
  const { doc, provider, editable, lang, user, label, onEscape } = props;
  const editor = useEditor(
    {
      extensions: [
        ...RESOLUTION_NODES,
        numbering(lang),
        Collaboration.configure({ document: doc, field: FRAGMENT }),
        CollaborationCaret.configure({
          provider,
          user,
          render: (u: Record<string, unknown>) => {
            const caret = document.createElement('span');
            caret.classList.add('collaboration-carets__caret');
            caret.style.borderColor = String(u.color);
            const label = document.createElement('div');
            label.classList.add('collaboration-carets__label');
            label.style.backgroundColor = String(u.color);
            label.textContent = String(u.label ?? u.name);
            caret.append(label);
            return caret;
          },
        }),
      ],
      editable,
      editorProps: {
        attributes: {
          class: 'resolution',
          'data-testid': 'draft-editor',
          spellcheck: 'true',
          role: 'textbox',
          'aria-multiline': 'true',
        },
        handleKeyDown: (_view, event) => {
          if (event.key !== 'Escape') return false;
          onEscape();
          return true;
        },
      },
    },
    [doc, provider],
  );
  useEffect(() => {
    editor?.view.dom.setAttribute('aria-label', label);
  }, [editor, label]);
  useEffect(() => {
    editor?.setEditable(editable);
  }, [editor, editable]);
  return <EditorContent editor={editor} />;
}

/**
 * The draft page: the text of the draft edited live by its sponsors, read by everyone else.
 *
 * Keyed by the draft id. React Router keeps the element of `/drafts/:id` mounted when only the id changes (the
 * back button's menu, or any link from one draft page to another), and `useCollab` keeps one Y.Doc per mount:
 * without the key the second draft's WebSocket and IndexedDB copy were bound to the first draft's document, so
 * the two drafts merged into one Y.Doc: the page showed the wrong text and, for a sponsor of both, the merged
 * document was synced to the server and the draft's stored text came out empty (see e2e/collab.e2e.ts). A new
 * key gives each draft its own document, provider, offline copy, editor and state (connection, permission…).
 */
export function DraftPage() {
  const { id = '' } = useParams();
  return <DraftView key={id} id={id} />;
}

function DraftView({ id }: { id: string }) {
  const { user, token } = useAuth();
  const { t, lang } = useI18n();
  const m = useMessages('draft');
  const { data: draft, error } = useApi(`/drafts/${id}?lang=${lang}`, DraftSummarySchema);
  const { doc, provider, status, canEdit, readOnly, save, refused, hasText, discarded } = useCollab(
    id,
    token,
  );
  const shownSave = useShownSave(save);
  // Labels follow the language of the text (« a) » in French, « (a) » in English), not the interface one.
  const langRef = useRef(lang);
  const textLang = doc.getMap(META).get('lang');
  langRef.current = textLang === 'fr' || textLang === 'en' ? textLang : lang;
  const [present, setPresent] = useState<string[]>([]);
  const afterEditor = useRef<HTMLElement>(null);

  const me = useMemo(
    () => ({
      name: user?.name ?? '?',
      label: user?.delegation ? `${user.name} (${user.delegation})` : (user?.name ?? '?'),
      color: colourOf(user?.id ?? 'anon'),
    }),
    [user],
  );
  useEffect(() => {
    if (!provider) return;
    const aw = provider.awareness;
    const update = () =>
      setPresent(
        [...aw.getStates().values()]
          .map((s) => (s as { user?: { label?: string } }).user?.label)
          .filter((x): x is string => !!x),
      );
    aw.on('change', update);
    update();
    return () => aw.off('change', update);
  }, [provider]);

  if (error) return <Pending error={error} />;
  const title = draft
    ? lang === 'en'
      ? (draft.title.en ?? draft.title.fr)
      : (draft.title.fr ?? draft.title.en)
    : '';
  const indicator =
    status === 'connected' ? m('online') : status === 'connecting' ? m('connecting') : m('offline');

  return (
    <article className="draft-page">
      <header className="draft-head">
        <h1>
          {draft?.symbol} {title && <small>— {title}</small>}
        </h1>
        {draft && <p className="sponsors">{draft.mainSponsors.map((s) => s.name[lang]).join(', ')}</p>}
        <nav className="links">
          <Link to={`/drafts/${id}/negotiation`}>{m('negotiation')}</Link>
          <Link to={`/drafts/${id}/versions`}>{m('versions')}</Link>
          <Link to={`/drafts/${id}/sponsors`}>{m('sponsors')}</Link>
        </nav>
        <p className="collab-bar">
          <span className={`conn conn-${status}`} data-testid="connection" data-status={status}>
            ● {indicator}
          </span>
          {canEdit !== false && shownSave !== 'none' && (
            <span className={`save save-${shownSave}`} data-testid="save" data-state={shownSave}>
              {m(shownSave)}
            </span>
          )}
          <span data-testid="mode" data-can-edit={String(canEdit)} data-read-only={readOnly ?? undefined}>
            {canEdit === null ? '' : readOnly ? m(READ_ONLY_MESSAGE[readOnly]) : m('editing')}
          </span>
          <span className="present" data-testid="present">
            {m('present')}
            {t('colon')} {present.join(', ')}
          </span>
        </p>
        {canEdit && <p className="hint">{m('hint')}</p>}
        {discarded && (
          <p className="error" data-testid="discarded">
            {m('discarded')}
          </p>
        )}
        {refused && (
          <p className="error" data-testid="refused">
            {m('refused')} ({refused})
          </p>
        )}
      </header>
      {provider && hasText ? (
        <Editor
          doc={doc}
          provider={provider}
          editable={canEdit === true}
          lang={() => langRef.current}
          user={me}
          label={m('editorLabel', { symbol: draft?.symbol ?? '' })}
          onEscape={() => afterEditor.current?.focus()}
        />
      ) : (
        <p>{m('waiting')}</p>
      )}
      <section ref={afterEditor} tabIndex={-1} aria-label={m('afterEditor')}>
        {id && <SponsorshipPanel draftId={id} />}
      </section>
    </article>
  );
}

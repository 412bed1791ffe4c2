import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { NoteSection } from '../../../../../electron/contract';
import { api, isSessionLoss } from '../../../platform';
import { DraftAutosaver, registerDraftFlush } from '../../drafts';

export type SaveState =
  | { kind: 'saved'; at: string }
  | { kind: 'saving' }
  | { kind: 'failed'; reason: string }
  | { kind: 'idle' };

/**
 * Saves the note being typed into the note itself (notes.saveDraft, in the encrypted store) about
 * once a second while typing, and at once before the screen locks or the editor closes.
 *
 * Why the note row and not a separate draft blob: the note's own content is then the one copy. After
 * a crash, a reload or a lock, opening the note reads exactly the last saved text; there is no second
 * copy that could be older or newer than the note and would have to be reconciled, and the co-signer
 * sees what the author typed. Each save names the version it was based on, so two windows on the
 * same note cannot silently overwrite each other: the second is refused and keeps its text on screen.
 */
export function useNoteAutosave(options: {
  patientId: number;
  noteId: number;
  version: number;
  initial: NoteSection[];
}) {
  const { patientId, noteId } = options;
  const versionRef = useRef(options.version);
  /** The content the store holds, as JSON, and when it was saved (empty before the first save here). */
  const storedRef = useRef({ content: JSON.stringify(options.initial), at: '' });
  const [state, setState] = useState<SaveState>({ kind: 'idle' });

  const saver = useMemo(() => {
    const autosaver = new DraftAutosaver({
      intervalMs: 1000,
      save: async (content) => {
        const sections = JSON.parse(content) as NoteSection[];
        const result = await api.notes.saveDraft({ patientId, noteId, expectedVersion: versionRef.current, sections });
        if (result.ok) {
          versionRef.current = result.value.version;
          storedRef.current = { content, at: result.value.updatedAt };
          setState({ kind: 'saved', at: result.value.updatedAt });
          return true;
        }
        // A locked session is the lock screen's business; the flush before locking already ran.
        if (!isSessionLoss(result.error.code)) setState({ kind: 'failed', reason: result.error.message });
        return false;
      },
      // A note is never thrown away by the editor: it is retired with a reason instead.
      remove: async () => undefined,
    });
    autosaver.markStored(storedRef.current.content);
    return autosaver;
  }, [patientId, noteId]);

  useEffect(() => {
    const unregister = registerDraftFlush(() => saver.flush());
    return () => {
      unregister();
      void saver.flush();
    };
  }, [saver]);

  const update = useCallback(
    (sections: NoteSection[]) => {
      const content = JSON.stringify(sections);
      const stored = storedRef.current;
      if (content === stored.content) setState(stored.at ? { kind: 'saved', at: stored.at } : { kind: 'idle' });
      else setState((current) => (current.kind === 'failed' ? current : { kind: 'saving' }));
      saver.update(content);
    },
    [saver],
  );

  /** Saves what is waiting now; resolves with the version the next write must name. */
  const flush = useCallback(async () => {
    await saver.flush();
    return versionRef.current;
  }, [saver]);

  /** After a sign or co-signature request, the note moved on to this version. */
  const adopt = useCallback(
    (version: number, sections: NoteSection[]) => {
      versionRef.current = version;
      storedRef.current = { content: JSON.stringify(sections), at: new Date().toISOString() };
      saver.markStored(storedRef.current.content);
    },
    [saver],
  );

  return { state, update, flush, adopt, version: () => versionRef.current };
}

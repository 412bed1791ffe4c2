import { notifications } from '@mantine/notifications';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { api, isSessionLoss } from '../../platform';
import { DraftAutosaver } from './draft-autosaver';
import { registerDraftFlush } from './draft-registry';

export interface AutosaveDraftOptions<T> {
  /** One form, e.g. `patient-register` or `note:patient:42:new`; drafts are kept per user and key. */
  key: string;
  /** The patient the input is about; a draft stored for another patient is never restored. */
  patientId: number | null;
  /** The form's current values (anything JSON can hold). */
  value: T;
  /** Whether the user has changed anything; untouched forms are not saved. */
  dirty: boolean;
  /** Called once, after mount, with the unsaved input found in the store. */
  onRestore: (value: T) => void;
}

export interface AutosaveDraft {
  /** True once a stored draft was found and handed to `onRestore`. */
  restored: boolean;
  /** True while a save is under way. */
  saving: boolean;
  /** Remove the draft: call it after the real save succeeded (or the user chose to throw the input away). */
  discard: () => Promise<void>;
}

const parseDraft = <T>(content: string): { ok: true; value: T } | { ok: false } => {
  try {
    return { ok: true, value: JSON.parse(content) as T };
  } catch {
    return { ok: false };
  }
};

/**
 * Keeps a form's unsaved input in the encrypted store (never localStorage) so a lock, a reload or a
 * crash loses nothing typed more than ~2 s ago, and brings it back when the form mounts again.
 */
export function useAutosaveDraft<T>({
  key,
  patientId,
  value,
  dirty,
  onRestore,
}: AutosaveDraftOptions<T>): AutosaveDraft {
  const [restored, setRestored] = useState(false);
  const [saving, setSaving] = useState(false);
  // Saving waits until the stored draft has been read, or the empty form would overwrite it.
  const [loadedKey, setLoadedKey] = useState<string | null>(null);
  const onRestoreRef = useRef(onRestore);
  const patientIdRef = useRef(patientId);
  useEffect(() => {
    onRestoreRef.current = onRestore;
    patientIdRef.current = patientId;
  });

  const saver = useMemo(() => {
    const warningId = `draft-not-kept:${key}`;
    return new DraftAutosaver({
      onSavingChange: setSaving,
      save: async (content) => {
        const result = await api.drafts.save({ key, patientId: patientIdRef.current, content });
        if (result.ok) {
          notifications.hide(warningId);
          return true;
        }
        // A locked session is handled by the lock screen; anything else the user must know about.
        if (!isSessionLoss(result.error.code)) {
          notifications.show({
            id: warningId,
            color: 'red',
            title: 'Your unsaved input is not being kept',
            message: result.error.message,
            autoClose: false,
          });
        }
        return false;
      },
      remove: async () => {
        await api.drafts.discard({ key });
      },
    });
  }, [key]);

  useEffect(() => {
    const unregister = registerDraftFlush(() => saver.flush());
    return () => {
      unregister();
      void saver.flush();
    };
  }, [saver]);

  useEffect(() => {
    let active = true;
    setRestored(false);
    setLoadedKey(null);
    void api.drafts.get({ key }).then((result) => {
      if (!active) return;
      const draft = result.ok ? result.value : null;
      if (draft && draft.patientId === patientIdRef.current) {
        const parsed = parseDraft<T>(draft.content);
        if (parsed.ok) {
          saver.markStored(draft.content);
          onRestoreRef.current(parsed.value);
          setRestored(true);
        }
      }
      setLoadedKey(key);
    });
    return () => {
      active = false;
    };
  }, [key, saver]);

  const content = dirty ? JSON.stringify(value) : null;
  useEffect(() => {
    if (loadedKey === key && content !== null) saver.update(content);
  }, [content, loadedKey, key, saver]);

  const discard = useCallback(() => saver.discard(), [saver]);
  return { restored, saving, discard };
}

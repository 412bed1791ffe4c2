import { useCallback } from 'react';
import type { SaveTemplateInput } from '../../../../electron/contract';
import { api } from '../../platform';
import { usePendingAction, useResource } from '../../ui';

/** The practice's note templates, the default first. */
export const useTemplateList = () => useResource(() => api.noteTemplates.list({}));

/** Save a new template or a new version of one. */
export const useSaveTemplate = () =>
  usePendingAction(useCallback((input: SaveTemplateInput) => api.noteTemplates.save(input), []));

/** Put a template in use or take it out of use (the default stays in use). */
export const useSetTemplateActive = () =>
  usePendingAction(
    useCallback(
      (templateId: number, expectedVersion: number, active: boolean) =>
        api.noteTemplates.setActive({ templateId, expectedVersion, active }),
      [],
    ),
  );

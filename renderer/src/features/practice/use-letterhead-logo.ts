import { useCallback } from 'react';
import type { LetterheadLogoDto } from '../../../../electron/contract';
import { api } from '../../platform';
import { usePendingAction, useResource } from '../../ui';

/** The logo printed at the top of every document, or null when the practice has none. */
export const useLetterheadLogo = () => useResource(() => api.practice.letterheadLogo({}));

/** Replaces the letterhead logo, or removes it (null). */
export const useSetLetterheadLogo = () =>
  usePendingAction(useCallback((logo: LetterheadLogoDto | null) => api.practice.setLetterheadLogo({ logo }), []));

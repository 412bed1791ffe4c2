import type { ReleaseInput } from '../../../../electron/contract';
import { api } from '../../platform';
import { usePendingAction } from '../../ui';

/**
 * Renders the chosen documents into one packet (release.prepare). Refused with CONFIRMATION_REQUIRED
 * when an unsigned note is chosen; the caller asks, then sends the same input with releasePreliminary.
 */
export function usePrepareRelease() {
  return usePendingAction((input: ReleaseInput) => api.release.prepare(input));
}

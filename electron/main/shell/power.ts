import { powerMonitor } from 'electron';
import type { ChartroomApp } from '../bootstrap';

/**
 * SECURITY.md S4: locking the computer or putting it to sleep locks every Chartroom session. Waking
 * up checks for a nightly backup missed while asleep (issue 3).
 */
export const lockOnOsLockAndSleep = (chartroom: ChartroomApp): void => {
  powerMonitor.on('lock-screen', () => chartroom.lockAll('os-lock'));
  powerMonitor.on('suspend', () => chartroom.lockAll('sleep'));
  powerMonitor.on('resume', () => chartroom.resume());
};

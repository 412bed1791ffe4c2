import type { BackupRunDto } from '../../../../electron/contract';

/**
 * Backup facts in the words an office manager uses: "3 hours ago", "12.4 MB", "1 min 5 s",
 * "Nightly schedule". Pure functions, so they read the same everywhere and are tested alone.
 */

type RunStatus = BackupRunDto['status'];
type CopyStatus = BackupRunDto['copies'][number]['status'];
export type Tone = 'ok' | 'problem' | 'neutral' | 'busy';

const plural = (count: number, unit: string) => `${count} ${unit}${count === 1 ? '' : 's'}`;

/** How long ago something happened, from a number of hours: "just now", "25 minutes ago", "3 hours ago", "2 days ago". */
export const describeAge = (hours: number): string => {
  if (!Number.isFinite(hours) || hours < 0) return 'just now';
  const minutes = Math.floor(hours * 60);
  if (minutes < 1) return 'just now';
  if (minutes < 60) return `${plural(minutes, 'minute')} ago`;
  if (hours < 48) return `${plural(Math.floor(hours), 'hour')} ago`;
  return `${plural(Math.floor(hours / 24), 'day')} ago`;
};

/** Hours between an ISO time and now; null when the time cannot be read. */
export const hoursSince = (iso: string, now: Date = new Date()): number | null => {
  const at = new Date(iso).getTime();
  return Number.isNaN(at) ? null : (now.getTime() - at) / 3_600_000;
};

/** A file size as a file manager shows it: "0 bytes", "812 bytes", "12.4 KB", "1.5 GB". */
export const formatBytes = (bytes: number): string => {
  if (!Number.isFinite(bytes) || bytes <= 0) return '0 bytes';
  if (bytes < 1024) return plural(Math.round(bytes), 'byte');
  const units = ['KB', 'MB', 'GB', 'TB'] as const;
  let value = bytes / 1024;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit++;
  }
  const shown = value >= 100 ? Math.round(value).toString() : value.toFixed(1).replace(/\.0$/, '');
  return `${shown} ${units[unit]}`;
};

/** A run's duration: "0.4 s", "12 s", "2 min 5 s", "1 h 3 min". */
export const formatDuration = (ms: number): string => {
  if (!Number.isFinite(ms) || ms < 0) return '—';
  if (ms < 10_000) return `${(ms / 1000).toFixed(1).replace(/\.0$/, '')} s`;
  const seconds = Math.round(ms / 1000);
  if (seconds < 60) return `${seconds} s`;
  const minutes = Math.floor(seconds / 60);
  if (minutes < 60) return seconds % 60 === 0 ? `${minutes} min` : `${minutes} min ${seconds % 60} s`;
  const hours = Math.floor(minutes / 60);
  return minutes % 60 === 0 ? `${hours} h` : `${hours} h ${minutes % 60} min`;
};

const triggerLabels: Record<string, string> = {
  scheduled: 'Nightly schedule',
  manual: 'Back up now',
  cli: 'Command line',
  'pre-migration': 'Before an upgrade',
  'pre-restore': 'Before a restore',
};

/** What started a run, in words; an unknown trigger is shown as it is rather than hidden. */
export const triggerLabel = (trigger: string): string => triggerLabels[trigger] ?? trigger;

export const runStatusText: Record<RunStatus, { label: string; tone: Tone }> = {
  running: { label: 'Running', tone: 'busy' },
  succeeded: { label: 'Succeeded', tone: 'ok' },
  partial: { label: 'Partly failed', tone: 'problem' },
  failed: { label: 'Failed', tone: 'problem' },
};

export const copyStatusText: Record<CopyStatus, { label: string; tone: Tone }> = {
  verified: { label: 'Verified', tone: 'ok' },
  failed: { label: 'Failed', tone: 'problem' },
  damaged: { label: 'Damaged', tone: 'problem' },
  missing: { label: 'Missing', tone: 'problem' },
  pruned: { label: 'Removed (older than the retention rules keep)', tone: 'neutral' },
};

export const toneColor: Record<Tone, string> = { ok: 'green', problem: 'red', neutral: 'gray', busy: 'blue' };

/** A path's folder and file name, split on either kind of slash, for showing long backup paths readably. */
export const splitPath = (path: string): { folder: string; name: string } => {
  const cut = Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\'));
  return cut < 0 ? { folder: '', name: path } : { folder: path.slice(0, cut), name: path.slice(cut + 1) };
};

/** The extension every backup file has; the manifest sits beside it with ".json" added. */
export const backupFileExtension = '.chartroom-backup';

/** A gentle check before asking the server: the path names a backup file, not its folder or its manifest. */
export const backupPathProblem = (path: string): string | null => {
  const trimmed = path.trim();
  if (!trimmed) return 'Type or paste the path of the backup file.';
  if (trimmed.endsWith(`${backupFileExtension}.json`))
    return `That is the manifest beside the backup. Use the file that ends in ${backupFileExtension}, without .json.`;
  if (!trimmed.endsWith(backupFileExtension))
    return `A backup file's name ends in ${backupFileExtension}, for example chartroom-20261122-020000-r12${backupFileExtension}. Type the whole path to the file, not only its folder.`;
  return null;
};

/** One sentence for a finished run: what happened at each destination. */
export const runOutcomeSummary = (run: BackupRunDto): string => {
  const verified = run.copies.filter((copy) => copy.status === 'verified').length;
  const total = run.copies.length;
  if (run.status === 'succeeded')
    return total === 1
      ? 'The backup was made and verified at its destination.'
      : `The backup was made and verified at all ${total} destinations.`;
  if (run.status === 'partial') return `The backup was verified at ${verified} of ${total} destinations.`;
  if (run.status === 'running') return 'The backup is still running.';
  return 'The backup failed: no verified copy was made.';
};

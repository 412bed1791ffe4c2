import { repositories } from '../../../../db';
import type { BackupStatusDto } from '../../../contract/backup';
import { nextSlot } from './schedule';

const overdueHours = 26;

/** The office manager's view at a glance (issue 3, "Status at a glance"). */
export const backupStatus = (
  db: Parameters<typeof repositories.backups.getSettings>[0],
  now: Date,
  running: boolean,
): BackupStatusDto => {
  const settings = repositories.backups.getSettings(db);
  const destinations = repositories.backups.listDestinations(db).filter((d) => d.active);
  const alerts: string[] = [];
  const warnings: string[] = [];
  const perDestination = destinations.map((destination) => {
    const copies = repositories.backups.copiesAt(db, destination.id);
    const lastVerified = copies.find((c) => c.status === 'verified');
    const ageHours = lastVerified ? (now.getTime() - new Date(lastVerified.createdAt).getTime()) / 3_600_000 : null;
    const overdue = ageHours === null || ageHours > overdueHours;
    const latest = copies[0];
    const lastError = latest && latest.status !== 'verified' && latest.status !== 'pruned' ? latest.error : '';
    if (overdue) {
      alerts.push(
        lastVerified
          ? `No verified backup at "${destination.label}" for ${Math.floor(ageHours ?? 0)} hours.`
          : copies.some((c) => c.status === 'damaged' || c.status === 'missing')
            ? `There is no good backup at "${destination.label}": the ones there were found damaged or missing. Run "Back up now".`
            : `There is no verified backup at "${destination.label}" yet.`,
      );
    }
    const damaged = copies.filter((c) => c.status === 'damaged' || c.status === 'missing');
    if (damaged.length > 0)
      alerts.push(
        `${damaged.length} backup file(s) at "${destination.label}" are damaged or missing. Run "Verify now" and keep the good copies.`,
      );
    return {
      destination: {
        id: destination.id,
        label: destination.label,
        path: destination.path,
        offsite: destination.offsite,
        active: destination.active,
      },
      lastVerifiedAt: lastVerified?.createdAt ?? null,
      ageHours: ageHours === null ? null : Math.round(ageHours * 10) / 10,
      overdue,
      lastError,
    };
  });
  const lastRun = repositories.backups.listRuns(db, 1)[0];
  if (lastRun && (lastRun.status === 'failed' || lastRun.status === 'partial')) {
    alerts.unshift(
      `The last backup (${new Date(lastRun.startedAt).toLocaleString('en-US')}) ${lastRun.status === 'failed' ? 'failed' : 'did not reach every destination'}: ${lastRun.error}`,
    );
  }
  if (destinations.length === 0) {
    warnings.push(
      'No backup destination is set, so nothing is being backed up. Add a folder on another disk, a USB drive or a network share.',
    );
  } else if (destinations.length < 2 || !destinations.some((d) => d.offsite)) {
    warnings.push(
      'Follow the 3-2-1 rule: keep 3 copies of your charts, on 2 different kinds of storage, with 1 kept away from the office (a USB drive taken home, or a network share elsewhere). Add a second destination and mark one as removable or off-site.',
    );
  }
  const drill = repositories.backups.lastCheck(db, 'drill');
  if (drill && !drill.ok) alerts.push(`The last restore drill failed: ${drill.detail}`);
  return {
    running,
    nextScheduledAt: nextSlot(now, settings.scheduleTime).toISOString(),
    destinations: perDestination,
    alerts,
    warnings,
    lastDrill: drill ? { at: drill.at, ok: drill.ok, detail: drill.detail } : null,
  };
};

import { describe, expect, it } from 'vitest';
import type { BackupRunDto } from '../../../electron/contract';
import {
  backupPathProblem,
  describeAge,
  formatBytes,
  formatDuration,
  hoursSince,
  runOutcomeSummary,
  splitPath,
  triggerLabel,
} from '../../../renderer/src/features/backup/backup-format';

describe('describeAge', () => {
  it('says how long ago in the largest sensible unit', () => {
    expect(describeAge(0)).toBe('just now');
    expect(describeAge(0.5 / 60)).toBe('just now');
    expect(describeAge(1 / 60)).toBe('1 minute ago');
    expect(describeAge(0.75)).toBe('45 minutes ago');
    expect(describeAge(1)).toBe('1 hour ago');
    expect(describeAge(3.9)).toBe('3 hours ago');
    expect(describeAge(26.5)).toBe('26 hours ago');
    expect(describeAge(47.9)).toBe('47 hours ago');
    expect(describeAge(48)).toBe('2 days ago');
    expect(describeAge(24 * 9 + 5)).toBe('9 days ago');
  });

  it('treats a clock that runs behind the server as "just now", never "-3 minutes ago"', () => {
    expect(describeAge(-0.2)).toBe('just now');
    expect(describeAge(Number.NaN)).toBe('just now');
  });
});

describe('hoursSince', () => {
  it('counts hours from an ISO time, and refuses what is not a time', () => {
    const now = new Date('2026-11-22T12:00:00Z');
    expect(hoursSince('2026-11-22T09:00:00Z', now)).toBe(3);
    expect(hoursSince('not a time', now)).toBeNull();
  });
});

describe('formatBytes', () => {
  it('writes sizes the way a file manager does', () => {
    expect(formatBytes(0)).toBe('0 bytes');
    expect(formatBytes(1)).toBe('1 byte');
    expect(formatBytes(812)).toBe('812 bytes');
    expect(formatBytes(1024)).toBe('1 KB');
    expect(formatBytes(221_184)).toBe('216 KB');
    expect(formatBytes(1.5 * 1024 * 1024)).toBe('1.5 MB');
    expect(formatBytes(12.44 * 1024 ** 3)).toBe('12.4 GB');
  });
});

describe('formatDuration', () => {
  it('keeps short runs precise and long runs readable', () => {
    expect(formatDuration(400)).toBe('0.4 s');
    expect(formatDuration(2_600)).toBe('2.6 s');
    expect(formatDuration(12_000)).toBe('12 s');
    expect(formatDuration(125_000)).toBe('2 min 5 s');
    expect(formatDuration(180_000)).toBe('3 min');
    expect(formatDuration(3_780_000)).toBe('1 h 3 min');
    expect(formatDuration(-1)).toBe('—');
  });
});

describe('triggerLabel', () => {
  it('names what started a run, and shows an unknown trigger rather than hiding it', () => {
    expect(triggerLabel('scheduled')).toBe('Nightly schedule');
    expect(triggerLabel('manual')).toBe('Back up now');
    expect(triggerLabel('pre-restore')).toBe('Before a restore');
    expect(triggerLabel('something-new')).toBe('something-new');
  });
});

describe('splitPath', () => {
  it('splits on either kind of slash', () => {
    expect(splitPath('/media/usb/b/chartroom-1.chartroom-backup')).toEqual({
      folder: '/media/usb/b',
      name: 'chartroom-1.chartroom-backup',
    });
    expect(splitPath('E:\\Backups\\chartroom-1.chartroom-backup')).toEqual({
      folder: 'E:\\Backups',
      name: 'chartroom-1.chartroom-backup',
    });
    expect(splitPath('chartroom-1.chartroom-backup')).toEqual({ folder: '', name: 'chartroom-1.chartroom-backup' });
  });
});

describe('backupPathProblem', () => {
  it('accepts a backup file and explains a folder, a manifest or nothing', () => {
    expect(backupPathProblem(' /media/usb/chartroom-20261122-020000-r12.chartroom-backup ')).toBeNull();
    expect(backupPathProblem('')).toMatch(/Type or paste/);
    expect(backupPathProblem('/media/usb/chartroom-backups')).toMatch(/not only its folder/);
    expect(backupPathProblem('/media/usb/chartroom-1.chartroom-backup.json')).toMatch(/manifest/);
  });
});

describe('runOutcomeSummary', () => {
  const copy = (status: BackupRunDto['copies'][number]['status']) => ({
    id: 1,
    destinationLabel: 'USB drive',
    path: '/x',
    status,
    sizeBytes: 1,
    error: '',
  });
  const run = (status: BackupRunDto['status'], copies: BackupRunDto['copies']): BackupRunDto => ({
    id: 1,
    trigger: 'manual',
    startedAt: '2026-11-22T02:00:00Z',
    finishedAt: '2026-11-22T02:00:03Z',
    status,
    sizeBytes: 1,
    durationMs: 3000,
    error: '',
    copies,
  });

  it('says how many destinations got a verified copy', () => {
    expect(runOutcomeSummary(run('succeeded', [copy('verified')]))).toBe(
      'The backup was made and verified at its destination.',
    );
    expect(runOutcomeSummary(run('succeeded', [copy('verified'), copy('verified')]))).toBe(
      'The backup was made and verified at all 2 destinations.',
    );
    expect(runOutcomeSummary(run('partial', [copy('verified'), copy('failed')]))).toBe(
      'The backup was verified at 1 of 2 destinations.',
    );
    expect(runOutcomeSummary(run('failed', []))).toMatch(/failed/);
  });
});

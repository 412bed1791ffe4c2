import { Alert } from '@mantine/core';
import { useState } from 'react';
import type { JobDto, Result } from '../../../../electron/contract';
import { useJob } from './hooks/useJob';
import { type ImportFile, readImportFile } from './import-file';

/**
 * What an import card goes through: a file is picked and read, then examined (a dry run or a preview,
 * nothing written) into `examined`, then imported as one job that is followed until it ends. Any step
 * that fails leaves its words in `problem`.
 */
export function useImportFlow<Examined>() {
  const [reading, setReading] = useState(false);
  const [examined, setExamined] = useState<Examined | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [started, setStarted] = useState<JobDto | null>(null);
  const watched = useJob(started);
  const running = watched.job?.state === 'running' && watched.error === null;
  const imported = watched.job?.state === 'done';

  /** Forgets the last file and its job, reads the picked one and hands it to `examine`. */
  const pick = async (picked: File, examine: (file: ImportFile) => Promise<void>) => {
    setProblem(null);
    setExamined(null);
    setStarted(null);
    setReading(true);
    const read = await readImportFile(picked);
    setReading(false);
    if ('problem' in read) setProblem(read.problem);
    else await examine(read.file);
  };

  /** Starts the import and follows its job. */
  const startImport = async (run: () => Promise<Result<JobDto>>) => {
    setProblem(null);
    const result = await run();
    if (result.ok) setStarted(result.value);
    else setProblem(result.error.message);
  };

  return { reading, examined, setExamined, problem, setProblem, watched, running, imported, pick, startImport };
}

/** Why the last step failed; nothing is imported before the job runs, and the job saves all or nothing. */
export function NothingImportedAlert({ problem, onClose }: { problem: string | null; onClose: () => void }) {
  if (!problem) return null;
  return (
    <Alert color="red" variant="light" title="Nothing was imported" withCloseButton onClose={onClose}>
      {problem}
    </Alert>
  );
}

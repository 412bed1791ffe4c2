import { Alert, Button, Group, Loader, Progress, Stack, Text } from '@mantine/core';
import { useEffect, useState } from 'react';
import type { JobDto } from '../../../../../electron/contract';
import { useCancelJob } from '../hooks/useCancelJob';
import type { WatchedJob } from '../hooks/useJob';
import { formatElapsed, jobCountText, jobElapsedMs, jobOutcome, jobPercent } from './job-format';

interface JobProgressPanelProps {
  watched: WatchedJob;
  /** What the job does, for the bar's accessible name: "Practice export", "FHIR import". */
  label: string;
  /** The long practice export offers Cancel; an import is one short transaction that saves all or nothing. */
  cancellable: boolean;
}

/** Renews the clock each second while a job runs, so its elapsed time counts up; a finished job needs no clock. */
function useTicking(running: boolean): Date {
  const [now, setNow] = useState(() => new Date());
  useEffect(() => {
    if (!running) return;
    const timer = setInterval(() => setNow(new Date()), 1000);
    return () => clearInterval(timer);
  }, [running]);
  return now;
}

function CancelButton({ job }: { job: JobDto }) {
  const cancel = useCancelJob();
  const [asked, setAsked] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const ask = async () => {
    setError(null);
    const result = await cancel.run(job.jobId);
    if (result.ok) setAsked(true);
    else setError(result.error.message);
  };
  return (
    <Stack gap={4} align="flex-end">
      <Button variant="default" size="xs" loading={cancel.pending} disabled={asked} onClick={() => void ask()}>
        {asked ? 'Cancelling…' : 'Cancel'}
      </Button>
      {error ? (
        <Text size="sm" c="red" role="alert">
          {error}
        </Text>
      ) : null}
    </Stack>
  );
}

/**
 * A job from start to end: the phase in words, a bar, "N of M" and the elapsed time while it runs (with
 * Cancel when offered); then the bar where it stopped and how it ended, in the server's words.
 */
export function JobProgressPanel({ watched, label, cancellable }: JobProgressPanelProps) {
  const { job, error } = watched;
  const running = job?.state === 'running' && error === null;
  const now = useTicking(running);
  if (!job) return null;
  if (error)
    return (
      <Alert color="red" variant="light" title="Lost track of the job">
        {error}
      </Alert>
    );
  const outcome = jobOutcome(job);
  const count = jobCountText(job);
  return (
    <Stack gap="xs" component="section" aria-label={`${label} progress`}>
      <Group justify="space-between" wrap="nowrap" gap="sm">
        <Group gap="xs" wrap="nowrap">
          {running ? <Loader size={14} aria-hidden /> : null}
          <Text size="sm" fw={600}>
            {outcome ? outcome.title : `${job.phase}…`}
          </Text>
        </Group>
        {/* Hidden from screen readers: it changes every second inside a live region; the bar's name carries the count. */}
        <Text size="sm" c="dimmed" ff="monospace" aria-hidden>
          {count ? `${count} · ` : ''}
          {running
            ? `${formatElapsed(jobElapsedMs(job, now))} elapsed`
            : `took ${formatElapsed(jobElapsedMs(job, now))}`}
        </Text>
      </Group>
      <Progress
        value={jobPercent(job)}
        size="lg"
        color={outcome?.color}
        animated={running && job.total === 0}
        // A finished job's bar shows where it ended at once, not a slide toward it.
        transitionDuration={running ? 200 : 0}
        aria-label={`${label}: ${outcome ? outcome.title : job.phase}${count ? `, ${count}` : ''}`}
      />
      {running && cancellable ? (
        <Group justify="flex-end">
          <CancelButton key={job.jobId} job={job} />
        </Group>
      ) : null}
      {outcome ? (
        <Alert color={outcome.color} variant="light" role="status" aria-label={outcome.title}>
          {outcome.message}
        </Alert>
      ) : null}
    </Stack>
  );
}

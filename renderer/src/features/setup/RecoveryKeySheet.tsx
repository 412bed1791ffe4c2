import { PrintSheet } from '../../ui';
import { RecoveryKeyGroups } from './RecoveryKeyGroups';

interface RecoveryKeySheetProps {
  practiceName: string;
  createdOn: string;
  groups: readonly string[];
}

/** What window.print() puts on paper during setup: the key and what to do with it, nothing else. */
export function RecoveryKeySheet({ practiceName, createdOn, groups }: RecoveryKeySheetProps) {
  return (
    <PrintSheet>
      <div style={{ fontFamily: 'system-ui, sans-serif', padding: '24pt', fontSize: '12pt' }}>
        <h1 style={{ fontSize: '20pt', margin: '0 0 4pt' }}>Chartroom recovery key</h1>
        <p style={{ margin: '0 0 16pt' }}>
          {practiceName} · created {createdOn}
        </p>
        <RecoveryKeyGroups groups={groups} />
        <h2 style={{ fontSize: '14pt', margin: '20pt 0 4pt' }}>Keep this sheet in the practice safe</h2>
        <p style={{ margin: '0 0 8pt' }}>
          This key opens the practice&apos;s encrypted charts when no staff password can: a forgotten office manager
          password, or restoring a backup onto a new computer.
        </p>
        <p style={{ margin: '0 0 8pt' }}>
          <strong>Without it, a lost password and a dead workstation mean the charts are lost for good.</strong> Nobody
          can recover them without this key.
        </p>
        <p style={{ margin: 0 }}>
          Anyone holding this key and a backup can read the charts: do not photograph it, email it or leave it near the
          computer.
        </p>
      </div>
    </PrintSheet>
  );
}

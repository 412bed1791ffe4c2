import type { RecallListDto } from '../../../../electron/contract';
import { formatCalendarDate, PrintSheet } from '../../ui';
import { dueWords, phoneLines } from './recall-words';

const cell = { border: '1px solid #000', padding: '4px 6px', verticalAlign: 'top', textAlign: 'left' } as const;

/**
 * The call list on paper: who to call, at which numbers, for what, with a column to write the outcome
 * in. Only printed (window.print()); never shown on screen.
 */
export function CallListSheet({ list, heading }: { list: RecallListDto; heading: string }) {
  return (
    <PrintSheet>
      <div style={{ fontFamily: 'sans-serif', fontSize: '10pt' }}>
        <h1 style={{ fontSize: '14pt', margin: '0 0 4pt' }}>Recall call list</h1>
        <p style={{ margin: '0 0 8pt' }}>
          {heading}, as of {formatCalendarDate(list.asOf)}. {list.recalls.length}{' '}
          {list.recalls.length === 1 ? 'patient' : 'patients'}.
        </p>
        <table style={{ borderCollapse: 'collapse', width: '100%' }}>
          <thead>
            <tr>
              {['Patient', 'Phones', 'Due', 'Reason', 'Provider', 'Outcome'].map((title) => (
                <th key={title} style={cell}>
                  {title}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {list.recalls.map((recall) => (
              <tr key={recall.id}>
                <td style={cell}>
                  {recall.patientName}
                  <br />
                  MRN {recall.patientMrn}, born {formatCalendarDate(recall.patientBirthDate)}
                </td>
                <td style={cell}>
                  {phoneLines(recall).map((line) => (
                    <div key={line}>{line}</div>
                  ))}
                </td>
                <td style={cell}>
                  {formatCalendarDate(recall.dueDate)}
                  <br />
                  {dueWords(recall)}
                </td>
                <td style={cell}>{recall.reason}</td>
                <td style={cell}>{recall.providerName || 'Any'}</td>
                <td style={{ ...cell, width: '22%' }} />
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </PrintSheet>
  );
}

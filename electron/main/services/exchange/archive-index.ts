import { plural, usDate } from '../print/formats';
import { html } from '../print/html';

/** One archived chart, as the index lists it. */
export interface ArchivedPatient {
  mrn: string;
  familyName: string;
  givenNames: string;
  birthDate: string;
  /** The chart's page, relative to the index ("100234.html"). */
  fileName: string;
}

const byName = (a: ArchivedPatient, b: ArchivedPatient): number =>
  a.familyName.localeCompare(b.familyName, 'en', { sensitivity: 'base' }) ||
  a.givenNames.localeCompare(b.givenNames, 'en', { sensitivity: 'base' }) ||
  a.mrn.localeCompare(b.mrn);

const css = `
body { font-family: Georgia, "Times New Roman", serif; color: #000; background: #fff; margin: 2rem auto; max-width: 60rem; padding: 0 1rem; font-size: 12pt; }
h1 { font-size: 1.5rem; margin: 0 0 .25rem; }
table { border-collapse: collapse; width: 100%; margin-top: 1rem; }
th, td { text-align: left; padding: .3rem .5rem; border-bottom: 1px solid #000; }
th { border-bottom-width: 2px; }
a { color: #000; }
`;

/**
 * The archive's front page (issue 6): every exported patient by name, date of birth and MRN, each
 * linking to their chart's page beside it. Plain, self-contained HTML (inline CSS, no scripts), so it
 * opens in any browser from a USB stick or a share with nothing installed.
 */
export const archiveIndexHtml = (
  practiceName: string,
  createdAt: string,
  patients: readonly ArchivedPatient[],
): string => {
  const sorted = [...patients].sort(byName);
  return html`<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${practiceName}: patient record archive</title>
<style>${css}</style>
</head>
<body>
<h1>${practiceName}: patient record archive</h1>
<p>Exported ${createdAt}. ${plural(sorted.length, 'patient')}, by family name. CONFIDENTIAL: contains protected health information.</p>
<table>
<thead><tr><th scope="col">Name</th><th scope="col">Date of birth</th><th scope="col">MRN</th></tr></thead>
<tbody>${sorted.map(
    (patient) =>
      html`<tr><td><a href="${patient.fileName}">${patient.familyName}, ${patient.givenNames}</a></td><td>${usDate(patient.birthDate)}</td><td>${patient.mrn}</td></tr>`,
  )}</tbody>
</table>
</body>
</html>`.toString();
};

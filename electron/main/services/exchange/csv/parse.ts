/**
 * An RFC 4180 reader: quoted fields, doubled quotes inside them, CRLF or LF line ends, line breaks
 * inside quotes, and a trailing line end (or blank lines) at the end of the file. Rows are numbered as a
 * spreadsheet shows them (the header is row 1), counting the row's first line when a quoted field spans
 * several.
 */
export interface CsvRow {
  /** The spreadsheet row number of the row's first line. */
  line: number;
  cells: string[];
}

export type CsvParse =
  | { ok: true; delimiter: string; header: string[]; rows: CsvRow[] }
  | { ok: false; message: string };

/**
 * Comma unless the header line clearly says otherwise: more semicolons (or tabs) than commas, and at
 * least one. European spreadsheet exports use semicolons; some systems write tab-separated text.
 */
export const detectDelimiter = (text: string): string => {
  const firstLine = text.slice(0, text.search(/\r?\n|$/));
  const count = (character: string) => firstLine.split(character).length - 1;
  const commas = count(',');
  const candidates = [';', '\t'].map((d) => ({ d, n: count(d) })).sort((a, b) => b.n - a.n);
  const best = candidates[0]!;
  return best.n > 0 && best.n > commas ? best.d : ',';
};

export const parseCsv = (text: string): CsvParse => {
  const delimiter = detectDelimiter(text);
  const records: CsvRow[] = [];
  let cells: string[] = [];
  let cell = '';
  let line = 1;
  let recordLine = 1;
  let inQuotes = false;
  let quoteOpenedOn = 0;
  let fieldStarted = false;
  const endCell = () => {
    cells.push(cell);
    cell = '';
    fieldStarted = false;
  };
  const endRecord = () => {
    endCell();
    records.push({ line: recordLine, cells });
    cells = [];
  };
  for (let i = 0; i < text.length; i++) {
    const character = text[i]!;
    if (inQuotes) {
      if (character === '"') {
        if (text[i + 1] === '"') {
          cell += '"';
          i++;
        } else inQuotes = false;
      } else if (character === '\r' && text[i + 1] === '\n') {
        // A line break inside quotes is kept as one "\n", whichever system wrote it.
        continue;
      } else {
        if (character === '\n') line++;
        cell += character;
      }
      continue;
    }
    if (character === '"' && !fieldStarted) {
      inQuotes = true;
      fieldStarted = true;
      quoteOpenedOn = recordLine;
    } else if (character === delimiter) endCell();
    else if (character === '\r' && text[i + 1] === '\n') continue;
    else if (character === '\n' || character === '\r') {
      endRecord();
      line++;
      recordLine = line;
    } else {
      // A quote inside an unquoted field ("5'10"") is kept as typed, as spreadsheets do.
      cell += character;
      fieldStarted = true;
    }
  }
  if (inQuotes) {
    return {
      ok: false,
      message: `Row ${quoteOpenedOn}: a quoted field is never closed (a " is missing). Fix the quotes in that row and export the file again.`,
    };
  }
  if (cell !== '' || cells.length > 0) endRecord();
  // Blank lines (a trailing line end, spacer rows) carry no data.
  const nonBlank = records.filter((r) => !(r.cells.length === 1 && r.cells[0]!.trim() === ''));
  const [header, ...rows] = nonBlank;
  if (!header) return { ok: false, message: 'The file is empty. Export the patient list again with a header row.' };
  return { ok: true, delimiter, header: header.cells.map((h) => h.trim()), rows };
};

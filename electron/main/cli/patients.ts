import { parseArgs } from 'node:util';
import { CommandError, closeCli, openCli, required, signIn, UsageError } from './shared';

/** `patients add` and `patients search`, signed in as a staff user. */
export const patients = async (args: string[]) => {
  const [action, ...rest] = args;
  const { values } = parseArgs({
    args: rest,
    options: {
      'data-dir': { type: 'string' },
      user: { type: 'string' },
      'password-file': { type: 'string' },
      given: { type: 'string' },
      family: { type: 'string' },
      'birth-date': { type: 'string' },
      sex: { type: 'string' },
      phone: { type: 'string' },
      query: { type: 'string' },
      json: { type: 'boolean' },
    },
  });
  if (action !== 'add' && action !== 'search') throw new UsageError('Use "patients add" or "patients search".');
  const session = openCli(required(values, 'data-dir'));
  try {
    await signIn(session, values);
    if (action === 'add') {
      const result = await session.call<{ status: string; patient?: { mrn: string }; candidates?: { mrn: string }[] }>(
        'patients.register',
        {
          patient: {
            legalGivenName: required(values, 'given'),
            legalFamilyName: required(values, 'family'),
            birthDate: required(values, 'birth-date'),
            sex: values.sex ?? 'unknown',
            mobilePhone: values.phone ?? '',
            address: {},
            emergencyContact: {},
            insurance: null,
          },
        },
      );
      if (result.status !== 'registered') {
        throw new CommandError(
          `Possible duplicate of MRN ${result.candidates?.map((c) => c.mrn).join(', ')}: not registered. Check the existing patient in the app.`,
        );
      }
      console.log(result.patient?.mrn);
      return;
    }
    const found = await session.call<{
      results: { mrn: string; legalFamilyName: string; legalGivenName: string; birthDate: string; phone: string }[];
    }>('patients.search', { query: required(values, 'query'), limit: 100 });
    if (values.json) console.log(JSON.stringify(found.results, null, 2));
    else
      for (const p of found.results)
        console.log(`${p.mrn}\t${p.legalFamilyName}, ${p.legalGivenName}\t${p.birthDate}\t${p.phone}`);
  } finally {
    closeCli(session.app, session.connection);
  }
};

import { useEffect, useState } from 'react';
import { duplicateCheckInputSchema, type PatientSummary } from '../../../../../electron/contract';
import { api } from '../../../platform';

interface DuplicateCheckInput {
  legalGivenName?: string | undefined;
  legalFamilyName?: string | undefined;
  birthDate?: string | undefined;
}

const debounceMs = 300;

/**
 * Looks for patients already registered with this name and date of birth as soon as all three are
 * filled in, so the front desk hears about a likely duplicate before typing the rest of the form.
 * A failed check shows nothing: registering runs the same check on the server and cannot skip it.
 */
export const useCheckDuplicates = ({ legalGivenName, legalFamilyName, birthDate }: DuplicateCheckInput) => {
  const [answer, setAnswer] = useState<{ key: string; candidates: PatientSummary[] }>({ key: '', candidates: [] });
  const parsed = duplicateCheckInputSchema.safeParse({ legalGivenName, legalFamilyName, birthDate });
  const input = parsed.success ? parsed.data : null;
  // One string standing for the checked values, so the effect reruns only when they change.
  const key = input ? JSON.stringify(input) : '';

  useEffect(() => {
    if (!key) return;
    let superseded = false;
    const timer = setTimeout(async () => {
      const result = await api.patients.checkDuplicates(JSON.parse(key));
      if (superseded) return;
      setAnswer({ key, candidates: result.ok ? result.value.candidates : [] });
    }, debounceMs);
    return () => {
      superseded = true;
      clearTimeout(timer);
    };
  }, [key]);

  return {
    candidates: key && answer.key === key ? answer.candidates : [],
    checking: key !== '' && answer.key !== key,
  };
};

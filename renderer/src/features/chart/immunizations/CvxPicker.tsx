import type { Ref } from 'react';
import type { OutputOf } from '../../../../../electron/contract';
import { api } from '../../../platform';
import { CodePicker } from '../codes/CodePicker';
import { vaccineLabel } from './immunization-text';

type VaccineEntry = OutputOf<'codes.searchCvx'>[number];

interface CvxPickerProps {
  /** What the box shows at first: the recorded vaccine when editing, else ''. */
  initialText: string;
  error?: string;
  inputRef?: Ref<HTMLInputElement>;
  onBlur?: () => void;
  /** A vaccine was picked from the list. */
  onPick: (entry: VaccineEntry) => void;
  /** The text no longer names a picked vaccine (the user typed again): the code is cleared. */
  onUnpick: () => void;
}

const searchCvx = (query: string) => api.codes.searchCvx({ query, limit: 40 });

/**
 * A searchable CVX picker over the complete CDC list: by short name ("tdap"), words ("hepatitis b")
 * or code ("115"). Vaccines no longer available in the US are listed last and marked, since they can
 * only be historical doses. Only a picked entry sets the code.
 */
export function CvxPicker({ initialText, onUnpick, ...field }: CvxPickerProps) {
  return (
    <CodePicker
      {...field}
      label="Vaccine (CVX)"
      description='Type a name, words or a code, e.g. "tdap", "influenza" or "03", then pick from the list.'
      placeholder="Search vaccines"
      required
      maxDropdownHeight={300}
      search={searchCvx}
      optionLabel={vaccineLabel}
      optionDetail={(entry) => `${entry.description}${entry.current ? '' : ' — no longer available in the US'}`}
      initialText={initialText}
      initialPick={initialText}
      onType={onUnpick}
    />
  );
}

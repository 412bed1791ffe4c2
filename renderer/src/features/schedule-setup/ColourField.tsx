import { CheckIcon, ColorSwatch, Group, Input, UnstyledButton } from '@mantine/core';
import { type CalendarColour, calendarColours } from '../../../../electron/contract';

interface ColourFieldProps {
  label: string;
  value: CalendarColour;
  onChange: (colour: CalendarColour) => void;
  error?: string | undefined;
}

/** The calendar's colours as swatches: a radio group, so the keyboard and screen readers can pick one. */
export function ColourField({ label, value, onChange, error }: ColourFieldProps) {
  return (
    <Input.Wrapper label={label} error={error}>
      <Group gap={6} mt={4} role="radiogroup" aria-label={label}>
        {calendarColours.map((colour) => (
          <UnstyledButton
            key={colour}
            role="radio"
            aria-checked={colour === value}
            aria-label={colour}
            title={colour}
            onClick={() => onChange(colour)}
          >
            <ColorSwatch color={`var(--mantine-color-${colour}-6)`} size={26} style={{ color: 'white' }}>
              {colour === value ? <CheckIcon width={12} /> : null}
            </ColorSwatch>
          </UnstyledButton>
        ))}
      </Group>
    </Input.Wrapper>
  );
}

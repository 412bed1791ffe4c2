import { Box, Button, Tooltip } from '@mantine/core';
import { type Icon, IconChevronDown } from '@tabler/icons-react';
import { forwardRef } from 'react';

interface NavButtonProps {
  label: string;
  icon: Icon;
  /** The page shown is this one (or, for a menu, one of its pages). */
  current: boolean;
  onClick?: () => void;
  /** Opens a menu (Administration): a chevron, and no aria-current. */
  menu?: boolean;
}

/**
 * A main-navigation entry. On narrower screens (a 1366-pixel clinic laptop) only the icon shows, with
 * the words in a tooltip and as the accessible name, so every role's entries fit beside the patient
 * finder without pushing the practice name out.
 */
export const NavButton = forwardRef<HTMLButtonElement, NavButtonProps>(
  ({ label, icon: NavIcon, current, onClick, menu = false, ...menuTargetProps }, ref) => (
    <Tooltip label={label} hiddenFrom="xl" openDelay={300}>
      <Button
        ref={ref}
        {...menuTargetProps}
        size="compact-sm"
        variant={current ? 'light' : 'subtle'}
        aria-label={label}
        aria-current={!menu && current ? 'page' : undefined}
        leftSection={<NavIcon size={16} aria-hidden />}
        rightSection={menu ? <IconChevronDown size={14} aria-hidden /> : undefined}
        onClick={onClick}
      >
        <Box component="span" visibleFrom="xl">
          {label}
        </Box>
      </Button>
    </Tooltip>
  ),
);

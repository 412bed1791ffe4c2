import { notifications } from '@mantine/notifications';
import { useEffect } from 'react';
import { LockScreen } from '../features/auth';
import { useDocumentTitle } from './useDocumentTitle';

export function LockedView() {
  useDocumentTitle('Locked');
  // Notifications live outside the app tree and may name a patient ("Registered Jane Doe"): clear them too.
  useEffect(() => {
    notifications.clean();
  }, []);
  return <LockScreen />;
}

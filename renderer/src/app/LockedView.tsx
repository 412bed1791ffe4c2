import { notifications } from '@mantine/notifications';
import { useEffect } from 'react';
import { LockScreen } from '../features/auth';
import { useDocumentTitle } from './useDocumentTitle';

export function LockedView() {
  useDocumentTitle('Locked');
  // Notifications may name a patient: the container is gone while locked (App); drop the queue so none return.
  useEffect(() => {
    notifications.clean();
  }, []);
  return <LockScreen />;
}

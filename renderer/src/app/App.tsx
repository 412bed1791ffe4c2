import { Notifications } from '@mantine/notifications';
import type { ReactNode } from 'react';
import { LoginPage, useSession } from '../features/auth';
import { SetupWizard } from '../features/setup';
import { LoadingScreen } from '../ui';
import { LockedView } from './LockedView';
import { ProblemScreen } from './ProblemScreen';
import { SignedInApp } from './SignedInApp';
import { useDocumentTitle } from './useDocumentTitle';
import { useServerLockEvents } from './useServerLockEvents';
import { useStartup } from './useStartup';

/** Decides the one screen to show: starting, a problem, first-run setup, sign-in, the lock screen or the app. */
export function App() {
  const { state, recheck } = useStartup();
  const session = useSession();
  useServerLockEvents();

  const screen = ((): ReactNode => {
    switch (state.kind) {
      case 'checking':
        return <LoadingScreen label="Opening Chartroom…" />;
      case 'unavailable':
        return <ProblemScreen code={state.code} message={state.message} onRetry={() => void recheck()} />;
      case 'needs-setup':
        return <SetupScreen onFinished={() => void recheck()} />;
      case 'ready':
        if (!session) return <SignInScreen practiceName={state.practiceName} />;
        if (session.locked) return <LockedView />;
        return <SignedInApp session={session} />;
    }
  })();
  const locked = state.kind === 'ready' && session?.locked === true;

  return (
    <>
      {/*
        Notifications may name a patient ("Registered Jane Doe"). Unmounting the container on lock removes
        them from the page at once; clearing the queue (LockedView) keeps them from coming back.
      */}
      {locked ? null : <Notifications position="bottom-right" limit={4} />}
      {screen}
    </>
  );
}

function SetupScreen({ onFinished }: { onFinished: () => void }) {
  useDocumentTitle('Set up');
  return <SetupWizard onFinished={onFinished} />;
}

function SignInScreen({ practiceName }: { practiceName: string }) {
  useDocumentTitle('Sign in');
  return <LoginPage practiceName={practiceName} />;
}

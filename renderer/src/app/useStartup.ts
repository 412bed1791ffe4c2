import { useCallback, useEffect, useState } from 'react';
import { setSession } from '../features/auth';
import { api } from '../platform';

export type StartupState =
  | { kind: 'checking' }
  | { kind: 'unavailable'; code: string; message: string }
  | { kind: 'needs-setup' }
  | { kind: 'ready'; practiceName: string };

/**
 * What the app can do at launch: open the chart store (and resume a session, perhaps locked),
 * run first-time setup, or explain why the store cannot be opened.
 */
export function useStartup() {
  const [state, setState] = useState<StartupState>({ kind: 'checking' });

  const check = useCallback(async () => {
    setState({ kind: 'checking' });
    const status = await api.setup.status({});
    if (!status.ok) {
      setState({ kind: 'unavailable', code: status.error.code, message: status.error.message });
      return;
    }
    const { state: storeState, practiceName, problem } = status.value;
    if (storeState === 'needs-setup') {
      setState({ kind: 'needs-setup' });
      return;
    }
    if (storeState === 'unavailable') {
      setState({
        kind: 'unavailable',
        code: problem?.code ?? 'UNAVAILABLE',
        message: problem?.message ?? 'Chartroom could not open the chart store.',
      });
      return;
    }
    const session = await api.auth.session({});
    if (!session.ok) {
      setState({ kind: 'unavailable', code: session.error.code, message: session.error.message });
      return;
    }
    setSession(session.value);
    setState({ kind: 'ready', practiceName });
  }, []);

  useEffect(() => {
    void check();
  }, [check]);

  return { state, recheck: check };
}

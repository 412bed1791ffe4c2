import type { ChartroomApp, Connection } from '../../electron/main/bootstrap';
import { routerCaller } from '../../electron/main/services/synthetic/router-caller';

/** Signs a staff member in on a connection (a new one unless given) and returns it. */
export const signIn = async (
  app: ChartroomApp,
  staff: { username: string; password: string },
  connection: Connection = app.openConnection('cli', 'bench'),
): Promise<Connection> => {
  await routerCaller(
    app,
    connection,
    'bench sign-in',
  )('auth.login', {
    username: staff.username,
    password: staff.password,
  });
  return connection;
};

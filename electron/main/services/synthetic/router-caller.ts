import type { OutputOf, ProcedureName } from '../../../contract/procedures';
import type { ChartroomApp, Connection } from '../../bootstrap';

/**
 * Calls procedures through the router as one connection, as a scripted caller (the demo practice's
 * setup, the benches) does: a refusal there is a bug in the script, so it throws, named by `label`.
 */
export const routerCaller =
  (app: ChartroomApp, connection: Connection, label: string) =>
  async <N extends ProcedureName>(name: N, input: unknown): Promise<OutputOf<N>> => {
    const result = await app.call(connection, name, input);
    if (!result.ok) throw new Error(`${label}: ${name}: ${result.error.code} ${result.error.message}`);
    return result.value as OutputOf<N>;
  };

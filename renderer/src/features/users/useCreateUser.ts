import type { InputOf } from '../../../../electron/contract';
import { api } from '../../platform';
import { usePendingAction } from '../../ui';
import { guardSession } from '../auth';

export function useCreateUser() {
  return usePendingAction((input: InputOf<'users.create'>) => guardSession(api.users.create(input)));
}

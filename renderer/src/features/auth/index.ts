export { ChangePasswordPage } from './ChangePasswordPage';
export { ForcedPasswordChange } from './ForcedPasswordChange';
export { LockScreen } from './LockScreen';
export { LoginPage } from './LoginPage';
export { newPasswordPairDefaults, newPasswordPairSchema } from './password-confirmation';
export { guardSession, isSessionLoss } from './session-guard';
export { markSessionLocked, setSession, updateSessionPractice, useSession } from './session-store';

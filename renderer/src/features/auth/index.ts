export { ChangePasswordPage } from './ChangePasswordPage';
export { ForcedPasswordChange } from './ForcedPasswordChange';
export { LockScreen } from './LockScreen';
export { LoginPage } from './LoginPage';
export { installSessionGuard } from './session-guard';
export { markSessionLocked, setSession, updateSessionPractice, useSession } from './session-store';

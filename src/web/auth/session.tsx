import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { api, ApiError } from '../api/client.js';
import type { Session, SessionUser } from '../api/types.js';

export type SessionStatus = 'checking' | 'signed-in' | 'signed-out' | 'unreachable';

export interface SessionState {
  status: SessionStatus;
  user: SessionUser | null;
  /** Why the session could not be checked (server unreachable); null otherwise. */
  error: unknown;
  logIn(username: string, password: string): Promise<void>;
  logOut(): Promise<void>;
  recheck(): void;
}

const SessionContext = createContext<SessionState | null>(null);

export function SessionProvider({ children }: { children: ReactNode }) {
  const [user, setUser] = useState<SessionUser | null>(null);
  const [status, setStatus] = useState<SessionStatus>('checking');
  const [error, setError] = useState<unknown>(null);
  const [check, setCheck] = useState(0);

  const accept = useCallback((session: Session) => {
    api.setCsrfToken(session.csrfToken);
    setUser(session.user);
    setStatus('signed-in');
    setError(null);
  }, []);

  const forget = useCallback(() => {
    api.setCsrfToken(null);
    setUser(null);
    setStatus('signed-out');
  }, []);

  useEffect(() => api.onUnauthenticated(forget), [forget]);

  useEffect(() => {
    let current = true;
    api.get<Session>('/api/auth/me').then(
      (session) => current && accept(session),
      (err: unknown) => {
        if (!current) return;
        if (err instanceof ApiError && err.status === 401) forget();
        else {
          setError(err);
          setStatus('unreachable');
        }
      },
    );
    return () => {
      current = false;
    };
  }, [check, accept, forget]);

  const logIn = useCallback(
    async (username: string, password: string) => accept(await api.post<Session>('/api/auth/login', { username, password })),
    [accept],
  );

  const logOut = useCallback(async () => {
    try {
      await api.post('/api/auth/logout');
    } finally {
      forget();
    }
  }, [forget]);

  const recheck = useCallback(() => {
    setStatus('checking');
    setCheck((n) => n + 1);
  }, []);

  const value = useMemo<SessionState>(
    () => ({ status, user, error, logIn, logOut, recheck }),
    [status, user, error, logIn, logOut, recheck],
  );
  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}

export function useSession(): SessionState {
  const session = useContext(SessionContext);
  if (!session) throw new Error('useSession needs a SessionProvider above it');
  return session;
}

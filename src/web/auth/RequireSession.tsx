import type { ReactNode } from 'react';
import { Navigate, useLocation } from 'react-router-dom';
import { LoadError } from '../components/LoadError.js';
import { PageLoading } from '../components/PageLoading.js';
import { useSession } from './session.js';

/** Pages behind the login: a visitor without a session is sent to the login page and brought back after. */
export function RequireSession({ children }: { children: ReactNode }) {
  const { status, error, recheck } = useSession();
  const location = useLocation();
  if (status === 'checking') return <PageLoading />;
  if (status === 'unreachable') return <LoadError error={error} onRetry={recheck} />;
  if (status === 'signed-out') return <Navigate to="/login" replace state={{ from: `${location.pathname}${location.search}` }} />;
  return children;
}

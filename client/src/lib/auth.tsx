import { createContext, useCallback, useContext, useEffect, useState, type ReactNode } from 'react';
import { LoginResponseSchema, UserSchema, type User } from '@concordia/schema';
import { z } from 'zod';
import { apiFetch } from './api';

interface Auth {
  user: User | null | undefined; // undefined while loading
  /** The bearer token of this browser session, for the WebSocket (cookies also work for HTTP). */
  token: string | null;
  login: (email: string, password: string) => Promise<void>;
  logout: () => Promise<void>;
}

const Ctx = createContext<Auth | null>(null);
const TOKEN_KEY = 'concordia.token';

export function AuthProvider({ children }: { children: ReactNode }) {
  const [user, setUser] = useState<User | null | undefined>(undefined);
  const [token, setToken] = useState<string | null>(() => sessionStorage.getItem(TOKEN_KEY));

  useEffect(() => {
    apiFetch('/auth/me', UserSchema).then(setUser, () => setUser(null));
  }, []);

  const login = useCallback(async (email: string, password: string) => {
    const res = await apiFetch('/auth/login', LoginResponseSchema, {
      method: 'POST',
      body: JSON.stringify({ email, password }),
    });
    sessionStorage.setItem(TOKEN_KEY, res.accessToken);
    setToken(res.accessToken);
    setUser(res.user);
  }, []);

  const logout = useCallback(async () => {
    await apiFetch('/auth/logout', z.undefined(), { method: 'POST' });
    sessionStorage.removeItem(TOKEN_KEY);
    setToken(null);
    setUser(null);
  }, []);

  return <Ctx.Provider value={{ user, token, login, logout }}>{children}</Ctx.Provider>;
}

export function useAuth(): Auth {
  const v = useContext(Ctx);
  if (!v) throw new Error('useAuth outside AuthProvider');
  return v;
}

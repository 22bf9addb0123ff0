import { describe, expect, it } from 'vitest';
import { hashPassword, passwordProblem, verifyPassword } from './password.js';

describe('password hashing', () => {
  it('verifies the right password and refuses a wrong one', async () => {
    const stored = await hashPassword('西城区2025!');
    expect(stored).toMatch(/^scrypt\$16384\$8\$1\$/);
    expect(stored).not.toContain('西城区2025!');
    expect(await verifyPassword('西城区2025!', stored)).toBe(true);
    expect(await verifyPassword('西城区2024!', stored)).toBe(false);
  });

  it('salts every hash', async () => {
    expect(await hashPassword('same-password')).not.toBe(await hashPassword('same-password'));
  });

  it('refuses short passwords with a bilingual reason', () => {
    expect(passwordProblem('1234567')).toEqual({ zh: '密码至少 8 个字符', en: 'The password needs at least 8 characters' });
    expect(passwordProblem('12345678')).toBeNull();
  });
});

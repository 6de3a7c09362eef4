import { passwordProblem } from './password-policy';

const who = { email: 'maria.garcia@un.test', name: 'María García' };

describe('password policy', () => {
  it('accepts a long, uncommon password', () => {
    expect(passwordProblem('correct horse battery staple', who)).toBeNull();
    expect(passwordProblem('Tr0mpette-du-matin!', who)).toBeNull();
  });

  it('refuses short passwords', () => {
    expect(passwordProblem('Xy7#kq2!Lm', who)).toMatch(/at least 12/);
  });

  it('refuses common passwords, also with digits around them or doubled', () => {
    for (const p of [
      '123456789012',
      'qwertyuiopasdfgh',
      'password2024!',
      '!!iloveyou1234',
      'passwordpassword',
      '111111111111',
    ])
      expect(passwordProblem(p, who)).toMatch(/common|different characters/);
  });

  it('refuses a password built on the account itself', () => {
    expect(passwordProblem('maria.garcia-2026', who)).toMatch(/e-mail or name/);
  });
});

import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { i18next } from '../i18n';
import { fakeApi, renderAt } from '../test-utils';
import { LoginPage } from './LoginPage';

describe('the sign-in form', () => {
  beforeEach(() => i18next.changeLanguage('fr'));

  it('checks the address with the shared schema before sending anything', async () => {
    const calls = fakeApi({ 'GET /auth/me': { status: 401, body: {} } });
    renderAt(<LoginPage />, '/');
    await userEvent.type(screen.getByLabelText('Adresse électronique'), 'not-an-address');
    await userEvent.type(screen.getByLabelText('Mot de passe'), 'x');
    await userEvent.click(screen.getByRole('button', { name: 'Se connecter' }));
    expect(await screen.findByText('Certains champs sont incorrects.')).toBeTruthy();
    expect(calls.filter((c) => c.url === '/auth/login')).toHaveLength(0);
  });

  it('says a refused sign-in in French, not with the server’s English message', async () => {
    fakeApi({
      'GET /auth/me': { status: 401, body: {} },
      'POST /auth/login': {
        status: 401,
        body: { statusCode: 401, error: 'Unauthorized', message: 'Wrong e-mail or password.' },
      },
    });
    renderAt(<LoginPage />, '/');
    await userEvent.type(screen.getByLabelText('Adresse électronique'), 'france@concordia.test');
    await userEvent.type(screen.getByLabelText('Mot de passe'), 'wrong');
    await userEvent.click(screen.getByRole('button', { name: 'Se connecter' }));
    expect((await screen.findByRole('alert')).textContent).toBe(
      'Adresse électronique ou mot de passe incorrect.',
    );
  });
});

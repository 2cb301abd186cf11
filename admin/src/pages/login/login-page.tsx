// Sign-in with the admin token: the API sets the session cookie; a 401 says the token is wrong.
import { useNavigate } from '@solidjs/router';
import { createSignal, Show } from 'solid-js';
import { session } from '../../api/admin-api.ts';
import { ApiError } from '../../api/http-client.ts';
import { LanguageSwitch } from '../../components/language-switch.tsx';
import { t } from '../../i18n/i18n.ts';

export function LoginPage() {
  const navigate = useNavigate();
  const [token, setToken] = createSignal('');
  const [error, setError] = createSignal<string>();
  const [busy, setBusy] = createSignal(false);

  const submit = async (event: SubmitEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(undefined);
    try {
      await session.login(token().trim());
      navigate('/', { replace: true });
    } catch (failure) {
      if (failure instanceof ApiError && failure.status === 401) setError(t('login.invalid'));
      else setError(failure instanceof Error ? failure.message : String(failure));
    } finally {
      setBusy(false);
    }
  };

  return (
    <div class="login">
      <form class="login__card" onSubmit={submit} data-testid="login-form">
        <div class="login__top">
          <h1>{t('app.title')}</h1>
          <LanguageSwitch />
        </div>
        <label class="field">
          <span class="field__label">{t('login.token')}</span>
          <input name="token" type="password" autocomplete="current-password" value={token()} onInput={(e) => setToken(e.currentTarget.value)} required />
          <span class="field__hint">{t('login.hint')}</span>
        </label>
        <Show when={error()}>
          <p class="notice notice--error" role="alert" data-testid="login-error">{error()}</p>
        </Show>
        <button type="submit" class="button" disabled={busy() || token().trim() === ''}>{t('login.submit')}</button>
      </form>
    </div>
  );
}

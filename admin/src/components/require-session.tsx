// Lets signed-in admins through to the app shell; anyone else (or an expired session) goes to login.
import { useNavigate } from '@solidjs/router';
import { createResource, onMount, Show, type JSX } from 'solid-js';
import { session } from '../api/admin-api.ts';
import { setUnauthorizedHandler } from '../api/http-client.ts';
import { t } from '../i18n/i18n.ts';
import { AppShell } from './app-shell.tsx';

export function RequireSession(props: { children?: JSX.Element }) {
  const navigate = useNavigate();
  setUnauthorizedHandler(() => navigate('/login', { replace: true }));
  const [me] = createResource(() => session.me().catch(() => undefined));
  return (
    <Show when={!me.loading} fallback={<p class="muted page">{t('common.loading')}</p>}>
      <Show when={me()} fallback={<Redirect to="/login" />}>
        <AppShell>{props.children}</AppShell>
      </Show>
    </Show>
  );
}

function Redirect(props: { to: string }) {
  const navigate = useNavigate();
  onMount(() => navigate(props.to, { replace: true }));
  return null;
}

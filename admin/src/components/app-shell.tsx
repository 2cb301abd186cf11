// The frame around every signed-in page: navigation, language switch and logout.
import { A, useNavigate } from '@solidjs/router';
import type { JSX } from 'solid-js';
import { session } from '../api/admin-api.ts';
import { t, type MessageKey } from '../i18n/i18n.ts';
import { LanguageSwitch } from './language-switch.tsx';

const links: Array<[string, MessageKey]> = [
  ['/', 'nav.dashboard'],
  ['/providers', 'nav.providers'],
  ['/users', 'nav.users'],
  ['/logs', 'nav.logs'],
  ['/leaderboard', 'nav.leaderboard'],
  ['/sessions', 'nav.sessions'],
  ['/rate-limits', 'nav.rateLimits'],
  ['/prices', 'nav.prices'],
  ['/sensitive-words', 'nav.sensitiveWords'],
  ['/notifications', 'nav.notifications'],
  ['/settings', 'nav.settings'],
];

export function AppShell(props: { children?: JSX.Element }) {
  const navigate = useNavigate();
  const logout = async () => {
    await session.logout().catch(() => undefined);
    navigate('/login', { replace: true });
  };
  return (
    <div class="shell">
      <header class="shell__header">
        <span class="shell__brand">{t('app.title')}</span>
        <nav class="shell__nav">
          {links.map(([href, label]) => (
            <A href={href} end={href === '/'} activeClass="is-active">
              {t(label)}
            </A>
          ))}
        </nav>
        <LanguageSwitch />
        <button type="button" class="button button--ghost" data-testid="logout" onClick={logout}>
          {t('nav.logout')}
        </button>
      </header>
      <main class="shell__main">{props.children}</main>
    </div>
  );
}

// Routes of the admin SPA, served under /admin/ (the router's base).
import { Route, Router } from '@solidjs/router';
import { RequireSession } from './components/require-session.tsx';
import { DashboardPage } from './pages/dashboard/dashboard-page.tsx';
import { LeaderboardPage } from './pages/leaderboard/leaderboard-page.tsx';
import { LogDetailPage } from './pages/logs/log-detail-page.tsx';
import { LogsPage } from './pages/logs/logs-page.tsx';
import { LoginPage } from './pages/login/login-page.tsx';
import { PricesPage } from './pages/prices/prices-page.tsx';
import { ProvidersPage } from './pages/providers/providers-page.tsx';
import { RateLimitsPage } from './pages/rate-limits/rate-limits-page.tsx';
import { SessionsPage } from './pages/sessions/sessions-page.tsx';
import { NotificationsPage } from './pages/notifications/notifications-page.tsx';
import { SensitiveWordsPage } from './pages/sensitive-words/sensitive-words-page.tsx';
import { SettingsPage } from './pages/settings/settings-page.tsx';
import { UserKeysPage } from './pages/users/user-keys-page.tsx';
import { UsersPage } from './pages/users/users-page.tsx';

export function App() {
  return (
    <Router base="/admin">
      <Route path="/login" component={LoginPage} />
      <Route path="/" component={RequireSession}>
        <Route path="/" component={DashboardPage} />
        <Route path="/providers" component={ProvidersPage} />
        <Route path="/users" component={UsersPage} />
        <Route path="/users/:id" component={UserKeysPage} />
        <Route path="/logs" component={LogsPage} />
        <Route path="/logs/:id" component={LogDetailPage} />
        <Route path="/leaderboard" component={LeaderboardPage} />
        <Route path="/sessions" component={SessionsPage} />
        <Route path="/rate-limits" component={RateLimitsPage} />
        <Route path="/notifications" component={NotificationsPage} />
        <Route path="/prices" component={PricesPage} />
        <Route path="/sensitive-words" component={SensitiveWordsPage} />
        <Route path="/settings" component={SettingsPage} />
      </Route>
    </Router>
  );
}

// The admin API under /api/admin (SPEC §7.2). Everything answers 503 while ADMIN_TOKEN is unfit;
// login and logout are open; every other route, including admin routers mounted later under
// /api/admin, sits behind requireAdmin (Hono runs the `*` middleware for them too).
import { Hono } from 'hono';
import type { AppEnv } from '../../app-env.ts';
import { refuseUnfitAdminToken, requireAdmin } from '../../admin-auth/require-admin.ts';
import { keyRoutes } from './keys.ts';
import { limitsResetRoutes } from './limits-reset.ts';
import { logRoutes } from './logs.ts';
import { priceRoutes } from './prices.ts';
import { principalUsageRoutes } from './principal-usage.ts';
import { providerHealthRoutes } from './provider-health.ts';
import { providerRoutes } from './providers.ts';
import { sensitiveWordRoutes } from './sensitive-words.ts';
import { sessionRoutes } from './session.ts';
import { settingsRoutes } from './settings.ts';
import { statsRoutes } from './stats.ts';
import { userRoutes } from './users.ts';

export const admin = new Hono<AppEnv>();
admin.use('*', refuseUnfitAdminToken);
admin.route('/', sessionRoutes);
admin.use('*', requireAdmin);
admin.route('/', userRoutes);
admin.route('/', keyRoutes);
admin.route('/', providerRoutes);
admin.route('/', logRoutes);
admin.route('/', statsRoutes);
admin.route('/', priceRoutes);
admin.route('/', providerHealthRoutes);
admin.route('/', limitsResetRoutes);
admin.route('/', sensitiveWordRoutes);
admin.route('/', settingsRoutes);
admin.route('/', principalUsageRoutes);

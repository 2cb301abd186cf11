// GET /api/admin/openapi.json, behind admin auth like every other admin route.
import { Hono } from 'hono';
import type { AppEnv } from '../../../app-env.ts';
import { adminOpenApi } from './admin-openapi.ts';

export const openapiRoutes = new Hono<AppEnv>().get('/openapi.json', (c) => c.json(adminOpenApi()));

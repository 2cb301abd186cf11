// The whole database schema, for drizzle-kit and for queries.
export * from './users.ts';
export * from './keys.ts';
export * from './providers.ts';
export * from './request-log.ts';
export * from './usage-daily.ts';
export * from './model-prices.ts';
export * from './sensitive-words.ts';
export * from './system-settings.ts';
export * from './notifications.ts';
export * from './audit-log.ts';

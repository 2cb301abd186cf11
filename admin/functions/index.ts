// Pages Function for `/`: the SPA lives under /admin/ on Pages as on the worker (router base, asset
// URLs), so the bare site address leads there.
export const onRequest = (context: { request: Request }): Response => Response.redirect(new URL('/admin/', context.request.url).href, 302);

// Pages Function for every /api/* path (Pages' file-routing convention): forwards to the gateway
// worker, see ../forward-api.ts.
import { forwardApi, type ForwardEnv } from '../forward-api.ts';

export const onRequest = (context: { request: Request; env: ForwardEnv }): Promise<Response> => forwardApi(context.request, context.env);

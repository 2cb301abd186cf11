// The floor the gateway is compared with: a worker that forwards the request to the upstream and
// returns its response as it comes, with nothing else in between.
export const bareWorkerScript = `
export default {
  fetch(request, env) {
    const url = new URL(request.url);
    return fetch(new Request(env.UPSTREAM + url.pathname + url.search, request));
  },
};
`;

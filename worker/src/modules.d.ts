// Text modules bundled by wrangler's rules (wrangler.toml).
declare module '*.sql' {
  const text: string;
  export default text;
}

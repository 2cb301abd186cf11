// The app version reported by /health, from package.json.
import pkg from '../../package.json' with { type: 'json' };

export const version: string = pkg.version;

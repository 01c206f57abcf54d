// Files that ship with the package, resolved from this module (not the cwd), so the CLI works
// from any folder.
import { fileURLToPath } from 'node:url';

const fromRoot = (relative: string) => fileURLToPath(new URL(`../../${relative}`, import.meta.url));

export const packageRoot = fromRoot('');
export const defaultBaselineDir = fromRoot('baseline');
export const defaultProfileFile = fromRoot('profiles/russia-vietnam.json');
export const samplesDir = fromRoot('samples');

import { configDefaults, defineConfig } from 'vitest/config';

// Scratch work (git-ignored) never runs as part of the suite.
export default defineConfig({ test: { exclude: [...configDefaults.exclude, 'scratch/**'] } });

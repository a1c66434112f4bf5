/**
 * Builds the explorer into dist/explorer, where the server reads it (src/explorer.ts). The typed client is
 * bundled from its sources, as the server's own checks read it, so the build needs no build of it first.
 */
import path from 'node:path';
import { defineConfig } from 'vite';

const here = import.meta.dirname;

export default defineConfig({
  root: here,
  base: '/explore/',
  publicDir: false,
  resolve: {
    alias: { 'chipgraph-client': path.resolve(here, '../../packages/client/src/index.ts') },
  },
  oxc: { jsx: { runtime: 'automatic', importSource: 'preact' } },
  build: {
    outDir: path.resolve(here, '../../dist/explorer'),
    emptyOutDir: true,
    target: 'es2022',
    // One small entry; cytoscape comes as its own file when a page first draws a graph.
    modulePreload: { polyfill: false },
    chunkSizeWarningLimit: 600,
  },
});

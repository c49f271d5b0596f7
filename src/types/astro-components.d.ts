/**
 * Lets plain `tsc --noEmit -p .` check TypeScript files that re-export .astro components
 * (src/mdx/index.ts); `astro check` resolves .astro files itself and ignores this fallback.
 */
declare module '*.astro' {
  const Component: (props: Record<string, unknown>) => unknown;
  export default Component;
}

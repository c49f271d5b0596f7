/// <reference types="astro/client" />

// For plain `tsc`: `astro check` resolves .astro files itself, tsc needs to be told they exist.
declare module '*.astro' {
  const Component: (props: Record<string, unknown>) => unknown;
  export default Component;
}

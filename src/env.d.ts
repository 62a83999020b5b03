/// <reference types="astro/client" />

// Plain `tsc` (npm run typecheck) does not read .astro files; `astro check` (npm run astro-check) does.
// This lets .ts modules import components (src/components/mdx.ts) and still type-check under tsc.
declare module '*.astro' {
  const Component: (props: Record<string, unknown>) => unknown;
  export default Component;
}

/// <reference types="astro/client" />

// Plain `tsc` (npm run typecheck) does not read .astro files; Astro's own compiler checks them when it
// builds. This lets .ts modules import components (src/components/mdx.ts) and still type-check.
declare module '*.astro' {
  const Component: (props: Record<string, unknown>) => unknown;
  export default Component;
}

// Minimal types for the one topojson-client function the geomap uses
// (the package ships none and @types/topojson-client is not installed).
declare module 'topojson-client' {
  export function feature(topology: object, object: object): unknown;
}

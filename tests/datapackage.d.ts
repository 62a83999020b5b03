// datapackage (Frictionless) ships no types; the tests use only Package.load and its validation result.
declare module 'datapackage';

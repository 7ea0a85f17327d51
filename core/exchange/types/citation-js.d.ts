// citation-js ships no type declarations; these cover the part of its API we use.
declare module '@citation-js/core' {
  interface Register<T> {
    add(name: string, value: T): void;
    has(name: string): boolean;
  }
  export const plugins: {
    config: {
      get(name: '@csl'): { styles: Register<string> };
    };
  };
}
declare module '@citation-js/plugin-csl';

declare module 'virtual:message-catalogues' {
  /** Each language's compiled catalogue, by URL (scripts/message-catalogues.ts). */
  const catalogues: Record<import('./languages').Language, string>;
  export default catalogues;
}

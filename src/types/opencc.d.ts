declare module 'opencc-js/dict/TSCharacters' {
  /** `"萬 万|與 与|…"`: Traditional and Simplified pairs. */
  const dict: string;
  export default dict;
}

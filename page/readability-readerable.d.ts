// The package types only its index, which also brings in the whole parser: the content script imports
// the small reader-able check from its own file, typed as the index types it.
declare module '@mozilla/readability/Readability-readerable' {
  const isProbablyReaderable: typeof import('@mozilla/readability').isProbablyReaderable;
  export default isProbablyReaderable;
}


// The package types only its index, which also brings in the whole parser: the content script imports
// the small reader-able check from its own file, typed as the index types it.
declare module '@mozilla/readability/Readability-readerable' {
  const isProbablyReaderable: typeof import('@mozilla/readability').isProbablyReaderable;
  export default isProbablyReaderable;
}

// Readability's own pure-JavaScript HTML parser (no DOM needed), for well-formed markup; the background
// reads the page's serialized copy with it. Its documents are a subset of the DOM's, typed loosely here.
declare module '@mozilla/readability/JSDOMParser' {
  export default class JSDOMParser {
    parse(html: string, url?: string): unknown;
  }
}

/** An error or warning the extension caused, in the page's content script or in its background. */
export interface ExtensionError {
  where: 'content' | 'background';
  kind: 'exception' | 'console-error' | 'console-warning';
  text: string;
  /** First frames of the stack, `url:line:column`. */
  stack: string[];
}

/** How many frames of a stack are kept: enough to place an error, short enough to print. */
export const STACK_FRAMES = 5;

/** A stack frame as the DevTools protocol and WebDriver BiDi both give it (line and column from 0). */
export interface StackFrame {
  url: string;
  lineNumber: number;
  columnNumber: number;
}

/** The first frames as `url:line:column`, counted from 1 as editors do. */
export function stackText(frames: StackFrame[] | undefined): string[] {
  return (frames ?? []).slice(0, STACK_FRAMES).map((f) => `${f.url}:${f.lineNumber + 1}:${f.columnNumber + 1}`);
}

/** A problem with one input, told to the user as is; the other inputs still run. */
export class InputError extends Error {
  override readonly name = 'InputError';
}

/**
 * `fn` remembering its last call: called again with the same arguments (each the same value or object),
 * it returns the same result. For derived values whose identity matters to React's memoised components,
 * computed in a pure model function that React's hooks cannot reach.
 */
export function memoLast<A extends readonly unknown[], R>(fn: (...args: A) => R): (...args: A) => R {
  let last: { args: A; result: R } | null = null;
  return (...args: A) => {
    if (last?.args.length === args.length && last.args.every((arg, i) => Object.is(arg, args[i]))) return last.result;
    const result = fn(...args);
    last = { args, result };
    return result;
  };
}

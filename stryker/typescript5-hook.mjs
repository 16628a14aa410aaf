// Module resolve hook registered by typescript5.mjs.
export async function resolve(specifier, context, nextResolve) {
  if (specifier === 'typescript' && context.parentURL?.includes('/node_modules/@stryker-mutator/')) {
    return nextResolve('typescript5', context);
  }
  return nextResolve(specifier, context);
}
